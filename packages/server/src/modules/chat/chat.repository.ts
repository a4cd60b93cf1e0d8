import type { ReactionCount } from '@hearth/contracts';
import type { Selectable } from 'kysely';
import type { DbOrTx } from '../../db/database.js';
import type { ConversationMemberTable, ConversationTable, MessageTable } from '../../db/schema/chat-tables.js';

export type ConversationRow = Selectable<ConversationTable>;
export type ConversationMemberRow = Selectable<ConversationMemberTable>;
export type MessageRow = Selectable<MessageTable>;

/** Queries on the chat module's own tables: conversation, conversation_member, message, message_reaction. */
export async function findConversation(db: DbOrTx, id: string): Promise<ConversationRow | undefined> {
  return db.selectFrom('conversation').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findConversationByPair(db: DbOrTx, pairKey: string): Promise<ConversationRow | undefined> {
  return db.selectFrom('conversation').selectAll().where('pairKey', '=', pairKey).executeTakeFirst();
}

export async function findMembership(db: DbOrTx, conversationId: string, memberId: string): Promise<ConversationMemberRow | undefined> {
  return db
    .selectFrom('conversationMember')
    .selectAll()
    .where('conversationId', '=', conversationId)
    .where('memberId', '=', memberId)
    .executeTakeFirst();
}

export async function membersOf(db: DbOrTx, conversationIds: readonly string[]): Promise<ConversationMemberRow[]> {
  if (conversationIds.length === 0) return [];
  return db
    .selectFrom('conversationMember')
    .selectAll()
    .where('conversationId', 'in', [...conversationIds])
    .where('isDm', '=', 1)
    .execute();
}

/** The caller's DMs, most recent activity first (conversations never written to last, by creation). */
export async function dmsOf(db: DbOrTx, memberId: string, cursor: { at: number; id: string } | null, limit: number) {
  let query = db
    .selectFrom('conversationMember as cm')
    .innerJoin('conversation as c', 'c.id', 'cm.conversationId')
    .selectAll('c')
    .select(['cm.readSeq as myReadSeq', 'cm.lastMessageAt as sortAt'])
    .where('cm.memberId', '=', memberId)
    .where('cm.isDm', '=', 1);
  if (cursor)
    query = query.where((eb) =>
      eb.or([
        eb('cm.lastMessageAt', '<', cursor.at),
        eb.and([eb('cm.lastMessageAt', '=', cursor.at), eb('cm.conversationId', '<', cursor.id)]),
      ]),
    );
  return query
    .orderBy('cm.lastMessageAt', 'desc')
    .orderBy('cm.conversationId', 'desc')
    .limit(limit + 1)
    .execute();
}

export async function findMessage(db: DbOrTx, id: string): Promise<MessageRow | undefined> {
  return db.selectFrom('message').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The newest message of each conversation, for list excerpts. */
export async function lastMessages(
  db: DbOrTx,
  conversations: readonly { id: string; lastSeq: number }[],
): Promise<Map<string, MessageRow>> {
  const wanted = conversations.filter((c) => c.lastSeq > 0);
  if (wanted.length === 0) return new Map();
  const rows = await db
    .selectFrom('message')
    .selectAll()
    .where((eb) => eb.or(wanted.map((c) => eb.and([eb('conversationId', '=', c.id), eb('seq', '=', c.lastSeq)]))))
    .execute();
  return new Map(rows.map((row) => [row.conversationId, row]));
}

/**
 * Per conversation, how many of its messages after the reader's `readSeq` are by these
 * authors (members blocked either way with the reader, whose messages are withheld and so
 * are not unread). Only asked when there are such authors, which is rare.
 */
export async function unreadByAuthors(
  db: DbOrTx,
  conversations: readonly { id: string; readSeq: number }[],
  authorIds: readonly string[],
): Promise<Map<string, number>> {
  if (conversations.length === 0 || authorIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('message')
    .select((eb) => ['conversationId', eb.fn.countAll<number>().as('count')])
    .where('authorId', 'in', [...authorIds])
    .where((eb) => eb.or(conversations.map((c) => eb.and([eb('conversationId', '=', c.id), eb('seq', '>', c.readSeq)]))))
    .groupBy('conversationId')
    .execute();
  return new Map(rows.map((row) => [row.conversationId, Number(row.count)]));
}

/**
 * Messages of a conversation's main channel (or one message's replies) in ascending seq:
 * after `afterSeq`, the newest before `beforeSeq`, or the newest. One more than `limit` is
 * read so the caller can tell whether there are more.
 */
export async function messagesOf(
  db: DbOrTx,
  conversationId: string,
  options: { afterSeq?: number | undefined; beforeSeq?: number | undefined; parentId?: string | undefined; limit: number },
): Promise<MessageRow[]> {
  let query = db.selectFrom('message').selectAll().where('conversationId', '=', conversationId);
  query = options.parentId ? query.where('parentId', '=', options.parentId) : query.where('parentId', 'is', null);
  if (options.afterSeq !== undefined) {
    return query
      .where('seq', '>', options.afterSeq)
      .orderBy('seq', 'asc')
      .limit(options.limit + 1)
      .execute();
  }
  if (options.beforeSeq !== undefined) query = query.where('seq', '<', options.beforeSeq);
  const rows = await query
    .orderBy('seq', 'desc')
    .limit(options.limit + 1)
    .execute();
  return rows.reverse();
}

/** Every message (main channel and replies) after `afterSeq`: what a resuming socket missed. */
export async function messagesAfter(db: DbOrTx, conversationId: string, afterSeq: number, limit: number): Promise<MessageRow[]> {
  return db
    .selectFrom('message')
    .selectAll()
    .where('conversationId', '=', conversationId)
    .where('seq', '>', afterSeq)
    .orderBy('seq', 'asc')
    .limit(limit)
    .execute();
}

/** Reaction counts per message, with whether `memberId` is among them. */
export async function messageReactions(db: DbOrTx, messageIds: readonly string[], memberId: string): Promise<Map<string, ReactionCount[]>> {
  const counts = new Map<string, ReactionCount[]>();
  if (messageIds.length === 0) return counts;
  const rows = await db
    .selectFrom('messageReaction')
    .select((eb) => [
      'messageId',
      'emoji',
      eb.fn.countAll<number>().as('count'),
      eb.fn.max(eb.case().when('memberId', '=', memberId).then(1).else(0).end()).as('mine'),
      eb.fn.min('createdAt').as('first'),
    ])
    .where('messageId', 'in', [...messageIds])
    .groupBy(['messageId', 'emoji'])
    .orderBy('first')
    .execute();
  for (const row of rows) {
    const list = counts.get(row.messageId) ?? [];
    list.push({ emoji: row.emoji, count: Number(row.count), mine: Number(row.mine) === 1 });
    counts.set(row.messageId, list);
  }
  return counts;
}

/** Opens a chat space's channel (its id is the space's) unless it is open already. */
export async function ensureSpaceConversation(db: DbOrTx, spaceId: string, at: number): Promise<void> {
  await db
    .insertInto('conversation')
    .values({ id: spaceId, kind: 'space', spaceId, pairKey: null, lastSeq: 0, lastMessageAt: null, createdBy: null, createdAt: at })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}
