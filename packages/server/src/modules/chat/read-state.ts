import { conversationRoom } from '@hearth/contracts';
import type { DbOrTx } from '../../db/database.js';
import { invalid } from '../../platform/errors/app-error.js';
import type { Actor } from '../../platform/http/actor.js';
import { readableConversation, type ChatDeps } from './conversation-access.js';

/*
 * Read state: one `conversation_member.read_seq` per member and conversation, so unread is
 * `last_seq - read_seq` whatever the length of the history.
 */

/**
 * Marks the conversation read up to `seq` (never backwards). DM members get a read receipt;
 * a chat space's unread count clears too.
 * @throws not_found, invalid_input (seq: beyond_last)
 */
export async function markConversationRead(deps: ChatDeps, actor: Actor, id: string, seq: number): Promise<void> {
  const access = await readableConversation(deps, actor, id);
  if (seq > access.conversation.lastSeq) throw invalid('seq', 'beyond_last');
  const raised = await raiseReadSeq(deps, deps.platform.db, id, actor.memberId, seq);
  if (access.conversation.kind === 'space' && access.conversation.spaceId) await deps.spaces.markRead(actor, access.conversation.spaceId);
  if (raised && access.conversation.kind === 'dm')
    await deps.realtime.publish(conversationRoom(id), { type: 'read', memberId: actor.memberId, readSeq: seq });
}

/** Raises a member's read position; creates their row in a space channel. Returns whether it moved. */
export async function raiseReadSeq(deps: ChatDeps, db: DbOrTx, conversationId: string, memberId: string, seq: number): Promise<boolean> {
  const now = deps.platform.clock.now();
  const result = await db
    .insertInto('conversationMember')
    .values({ conversationId, memberId, readSeq: seq, isDm: 0, lastMessageAt: null, joinedAt: now })
    .onConflict((oc) =>
      oc.columns(['conversationId', 'memberId']).doUpdateSet({ readSeq: seq }).where('conversationMember.readSeq', '<', seq),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}
