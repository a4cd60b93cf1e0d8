import type { Tx } from '../../db/database.js';
import { renderMarkdown } from '../../platform/text/markdown.js';
import { ensureSpaceConversation } from './chat.repository.js';
import type { ChatDeps } from './conversation-access.js';

/** Messages written elsewhere (demo content, a migration from a WeChat group), oldest first. */
export interface ImportedMessage {
  authorId: string;
  body: string;
  createdAt: number;
}

/**
 * Stores messages in a chat space's channel inside the caller's transaction, opening the
 * channel if needed; they take the next seqs in order. The caller vouches for the authors.
 */
export async function importSpaceMessages(deps: ChatDeps, tx: Tx, spaceId: string, messages: ImportedMessage[]): Promise<void> {
  if (messages.length === 0) return;
  await ensureSpaceConversation(tx, spaceId, messages[0]!.createdAt);
  const { lastSeq } = await tx.selectFrom('conversation').select('lastSeq').where('id', '=', spaceId).executeTakeFirstOrThrow();
  for (const [index, message] of messages.entries()) {
    const rendered = renderMarkdown(message.body);
    await tx
      .insertInto('message')
      .values({
        id: deps.platform.ids.next(),
        conversationId: spaceId,
        seq: lastSeq + index + 1,
        authorId: message.authorId,
        parentId: null,
        body: message.body,
        html: rendered.html,
        text: rendered.text,
        status: 'published',
        replyCount: 0,
        editedAt: null,
        deletedAt: null,
        createdAt: message.createdAt,
      })
      .execute();
  }
  await tx
    .updateTable('conversation')
    .set({ lastSeq: lastSeq + messages.length, lastMessageAt: messages.at(-1)!.createdAt })
    .where('id', '=', spaceId)
    .execute();
  await deps.spaces.recordActivity(tx, spaceId, messages.at(-1)!.createdAt, messages.length);
}
