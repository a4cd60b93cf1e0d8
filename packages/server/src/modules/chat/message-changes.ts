import { conversationRoom, type ChatMessage, type ReactionCount } from '@hearth/contracts';
import { withTransaction } from '../../db/database.js';
import { AppError, notFound } from '../../platform/errors/app-error.js';
import type { Actor } from '../../platform/http/actor.js';
import { findMessage, type MessageRow } from './chat.repository.js';
import { readableConversation, type ChatDeps, type ConversationAccess } from './conversation-access.js';
import { messageViews, renderMessage, roomMessageViews } from './message-views.js';

/*
 * Changes to a message after it was sent: edits, deletions, reactions. None takes a seq (a
 * message keeps its place); each goes to the room as an unsequenced `message_updated` event.
 */

/** Edits the caller's own message. @throws not_found, forbidden, message_deleted (409), invalid_input */
export async function editMessage(deps: ChatDeps, actor: Actor, messageId: string, text: string): Promise<ChatMessage> {
  const { message, access } = await visibleMessage(deps, actor, messageId);
  if (message.authorId !== actor.memberId) throw new AppError('forbidden', 403);
  if (message.status !== 'published') throw new AppError('message_deleted', 409);
  await deps.platform.restrictions.assertMayWrite(actor.memberId);
  const { texts } = await deps.moderation.screen({ body: text }, { canHold: false, markdown: ['body'], authorId: actor.memberId });
  const source = texts.body;
  const rendered = await renderMessage(deps, source, message.authorId);
  await withTransaction(deps.platform.db, async (tx) => {
    await tx
      .updateTable('message')
      .set({ body: source, html: rendered.html, text: rendered.text, editedAt: deps.platform.clock.now() })
      .where('id', '=', messageId)
      .execute();
    await deps.linkPreviews.request(tx, rendered.previews);
    await deps.search.index(tx, {
      kind: 'message',
      id: messageId,
      postId: null,
      spaceId: access.conversation.spaceId,
      conversationId: access.conversation.kind === 'dm' ? access.conversation.id : null,
      authorId: message.authorId,
      title: access.spaceName ?? '',
      body: rendered.text,
      createdAt: message.createdAt,
    });
  });
  return announceUpdate(deps, actor, messageId);
}

/** Deletes a message (its author, or staff in a space channel); its seq stays. @throws not_found, forbidden */
export async function removeMessage(deps: ChatDeps, actor: Actor, messageId: string): Promise<void> {
  const { message, access } = await visibleMessage(deps, actor, messageId);
  if (message.authorId !== actor.memberId && !access.canModerate) throw new AppError('forbidden', 403);
  if (message.status === 'deleted') return;
  await withTransaction(deps.platform.db, async (tx) => {
    await tx
      .updateTable('message')
      .set({ status: 'deleted', body: '', html: '', text: '', deletedAt: deps.platform.clock.now() })
      .where('id', '=', messageId)
      .execute();
    await deps.search.remove(tx, 'message', messageId);
  });
  await announceUpdate(deps, actor, messageId);
}

/**
 * Adds or takes back the caller's reaction; a message withheld from the caller (blocks
 * either way with its author) is not there for them.
 * @throws not_found, cannot_post (403), message_deleted (409)
 */
export async function reactToMessage(
  deps: ChatDeps,
  actor: Actor,
  messageId: string,
  emoji: string,
  on: boolean,
): Promise<ReactionCount[]> {
  const { message, access } = await visibleMessage(deps, actor, messageId);
  if ((await deps.people.hiddenAuthorIds(actor.memberId)).has(message.authorId)) throw notFound();
  if (on && !access.canPost) throw new AppError('cannot_post', 403);
  if (message.status !== 'published') throw new AppError('message_deleted', 409);
  const db = deps.platform.db;
  const key = { messageId, emoji, memberId: actor.memberId };
  if (on)
    await db
      .insertInto('messageReaction')
      .values({ ...key, createdAt: deps.platform.clock.now() })
      .onConflict((oc) => oc.columns(['messageId', 'emoji', 'memberId']).doNothing())
      .execute();
  else
    await db
      .deleteFrom('messageReaction')
      .where('messageId', '=', messageId)
      .where('emoji', '=', emoji)
      .where('memberId', '=', actor.memberId)
      .execute();
  const updated = await announceUpdate(deps, actor, messageId);
  return updated.reactions;
}

async function visibleMessage(
  deps: ChatDeps,
  actor: Actor,
  messageId: string,
): Promise<{ message: MessageRow; access: ConversationAccess }> {
  const message = await findMessage(deps.platform.db, messageId);
  if (!message) throw notFound();
  const access = await readableConversation(deps, actor, message.conversationId);
  return { message, access };
}

/**
 * Re-reads a changed message and sends it to the room (not sequenced: it keeps its seq);
 * sockets of members blocked either way with its author get it withheld.
 */
async function announceUpdate(deps: ChatDeps, actor: Actor, messageId: string): Promise<ChatMessage> {
  const row = (await findMessage(deps.platform.db, messageId))!;
  // Reactions are per reader (`mine`): the room gets counts with nobody's mark.
  const [[message], [forRoom]] = await Promise.all([messageViews(deps, actor, [row]), roomMessageViews(deps, [row])]);
  await deps.realtime.publish(conversationRoom(row.conversationId), { type: 'message_updated', message: forRoom! }, undefined, {
    authorId: row.authorId,
  });
  return message!;
}
