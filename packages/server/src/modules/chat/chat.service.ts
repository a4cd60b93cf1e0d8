import { conversationRoom, type ChatMessage, type Conversation, type ReactionCount } from '@hearth/contracts';
import { withTransaction } from '../../db/database.js';
import { AppError, invalid } from '../../platform/errors/app-error.js';
import type { Actor } from '../../platform/http/actor.js';
import { decodeCursor, encodeCursor } from '../../platform/pagination.js';
import { memberRoom } from '../../platform/realtime/room-kind.js';
import { MessageSent } from './chat.events.js';
import { toConversation } from './chat.mappers.js';
import {
  dmsOf,
  findConversationByPair,
  findMessage,
  lastMessages,
  unreadByAuthors,
  membersOf,
  messagesOf,
  type ConversationRow,
  type MessageRow,
} from './chat.repository.js';
import { readableConversation, type ChatDeps, type ConversationAccess } from './conversation-access.js';
import { editMessage, reactToMessage, removeMessage } from './message-changes.js';
import { removeReportedMessage, reportedMessage, type ReportedMessage } from './report-targets.js';
import { messageViews, newMessageView, renderMessage } from './message-views.js';
import { markConversationRead, raiseReadSeq } from './read-state.js';
import { tippableMessage, type TippableMessage } from './tip-targets.js';

/**
 * Conversations and their messages: DMs, chat-space channels, sequenced messages. Edits,
 * deletions and reactions live in message-changes.ts, read state in read-state.ts.
 */
export class ChatService {
  constructor(private readonly deps: ChatDeps) {}

  private get db() {
    return this.deps.platform.db;
  }

  /**
   * Opens a DM with these members (the caller is added). Two people share one 1:1 DM: asking
   * again returns it. A group (three to fifty people) is always new. Everyone the caller
   * adds must accept DMs from them (blocks and DM policies, see the people module).
   * @throws invalid_input (memberIds: unknown_member), dm_not_allowed (403), trust_level_dm (403)
   */
  async startDm(actor: Actor, memberIds: string[]): Promise<Conversation> {
    await this.deps.platform.restrictions.assertMayWrite(actor.memberId);
    const others = [...new Set(memberIds)].filter((id) => id !== actor.memberId);
    if (others.length === 0) throw invalid('memberIds', 'unknown_member');
    const known = await this.deps.members.existingMemberIds(others);
    const unknown = memberIds.findIndex((id) => id !== actor.memberId && !known.has(id));
    if (unknown >= 0) throw invalid(`memberIds.${unknown}`, 'unknown_member');
    for (const other of others) {
      if (!(await this.deps.people.canDirectMessage(actor.memberId, other))) throw new AppError('dm_not_allowed', 403);
    }
    // A new member (trust level 0–1) may only start DMs with friends: no cold messages (trust_level_dm).
    await this.deps.strangerDms?.assertMayStartDm(actor.memberId, others);
    const pairKey = others.length === 1 ? [actor.memberId, others[0]!].sort().join(':') : null;
    const id = await withTransaction(this.db, async (tx) => {
      const existing = pairKey ? await findConversationByPair(tx, pairKey) : undefined;
      if (existing) return existing.id;
      const now = this.deps.platform.clock.now();
      const conversationId = this.deps.platform.ids.next();
      await tx
        .insertInto('conversation')
        .values({
          id: conversationId,
          kind: 'dm',
          spaceId: null,
          pairKey,
          lastSeq: 0,
          lastMessageAt: null,
          createdBy: actor.memberId,
          createdAt: now,
        })
        .execute();
      await tx
        .insertInto('conversationMember')
        .values(
          [actor.memberId, ...others].map((memberId) => ({
            conversationId,
            memberId,
            readSeq: 0,
            isDm: 1,
            lastMessageAt: now,
            joinedAt: now,
          })),
        )
        .execute();
      return conversationId;
    });
    return this.get(actor, id);
  }

  /** The caller's DMs, most recent first. */
  async list(
    actor: Actor,
    query: { limit: number; cursor?: string | undefined },
  ): Promise<{ items: Conversation[]; nextCursor: string | null }> {
    const cursor = decodeCursor(query.cursor);
    const rows = await dmsOf(this.db, actor.memberId, cursor, query.limit);
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    const items = await this.views(
      actor,
      page.map((row) => ({ row, readSeq: row.myReadSeq, canPost: actor.status === 'active', spaceName: null })),
    );
    return { items, nextCursor: rows.length > query.limit && last ? encodeCursor({ at: last.sortAt ?? 0, id: last.id }) : null };
  }

  /** @throws not_found */
  async get(actor: Actor, id: string): Promise<Conversation> {
    const access = await readableConversation(this.deps, actor, id);
    return (await this.views(actor, [this.viewInput(access)]))[0]!;
  }

  /** A page of messages in seq order (see MessagesQuery). @throws not_found */
  async messages(
    actor: Actor,
    id: string,
    query: { afterSeq?: number | undefined; beforeSeq?: number | undefined; parentId?: string | undefined; limit: number },
  ): Promise<{ items: ChatMessage[]; hasMore: boolean }> {
    await readableConversation(this.deps, actor, id);
    const rows = await messagesOf(this.db, id, query);
    const hasMore = rows.length > query.limit;
    // Catching up reads forwards, so the extra row is the last; scrolling back reads backwards.
    const page = !hasMore ? rows : query.afterSeq !== undefined ? rows.slice(0, query.limit) : rows.slice(1);
    return { items: await this.messageViews(actor, page), hasMore };
  }

  /**
   * Sends a message (or a threaded reply): it takes the conversation's next seq in the same
   * transaction, then goes out to every socket in the room.
   * In a 1:1 DM the other member must still accept DMs from the caller (no block either way,
   * their DM policy). Members blocked either way with the caller get it withheld (same seq).
   * @throws not_found, cannot_post (403), dm_not_allowed (403), invalid_input (parentId: unknown_message; body: unknown_mention)
   */
  async post(actor: Actor, id: string, body: { body: string; parentId?: string | undefined }): Promise<ChatMessage> {
    const access = await readableConversation(this.deps, actor, id);
    if (!access.canPost) throw new AppError('cannot_post', 403);
    // A mute or ban in force refuses every write (member_muted, with until when and why).
    await this.deps.platform.restrictions.assertMayWrite(actor.memberId);
    const pairedWith = access.conversation.pairKey?.split(':').find((memberId) => memberId !== actor.memberId);
    if (pairedWith && !(await this.deps.people.canDirectMessage(actor.memberId, pairedWith))) throw new AppError('dm_not_allowed', 403);
    if (body.parentId) {
      const parent = await findMessage(this.db, body.parentId);
      if (!parent || parent.conversationId !== id || parent.parentId !== null || parent.status !== 'published')
        throw invalid('parentId', 'unknown_message');
      // A message withheld from the caller (blocks either way) is not there to reply to.
      if ((await this.deps.people.hiddenAuthorIds(actor.memberId)).has(parent.authorId)) throw invalid('parentId', 'unknown_message');
    }
    // A conversation's seqs have no holes, so nothing can wait invisibly in one: a review
    // word refuses the message (content_held_for_review) like a block word does.
    const { texts } = await this.deps.moderation.screen(
      { body: body.body },
      { canHold: false, markdown: ['body'], authorId: actor.memberId },
    );
    const rendered = await renderMessage(this.deps, texts.body, actor.memberId);
    const messageId = this.deps.platform.ids.next();
    const conversation = access.conversation;
    const row = await withTransaction(this.db, async (tx) => {
      const now = this.deps.platform.clock.now();
      const { lastSeq: seq } = await tx
        .updateTable('conversation')
        .set((eb) => ({ lastSeq: eb('lastSeq', '+', 1), lastMessageAt: now }))
        .where('id', '=', id)
        .returning('lastSeq')
        .executeTakeFirstOrThrow();
      const message: MessageRow = {
        id: messageId,
        conversationId: id,
        seq,
        authorId: actor.memberId,
        parentId: body.parentId ?? null,
        body: texts.body,
        html: rendered.html,
        text: rendered.text,
        status: 'published',
        replyCount: 0,
        editedAt: null,
        deletedAt: null,
        createdAt: now,
      };
      await tx.insertInto('message').values(message).execute();
      await this.deps.linkPreviews.request(tx, rendered.previews);
      if (body.parentId)
        await tx
          .updateTable('message')
          .set((eb) => ({ replyCount: eb('replyCount', '+', 1) }))
          .where('id', '=', body.parentId)
          .execute();
      if (conversation.kind === 'dm')
        await tx.updateTable('conversationMember').set({ lastMessageAt: now }).where('conversationId', '=', id).execute();
      else if (conversation.spaceId) await this.deps.spaces.recordActivity(tx, conversation.spaceId, now);
      // What you write yourself is read.
      await raiseReadSeq(this.deps, tx, id, actor.memberId, seq);
      await this.deps.search.index(tx, {
        kind: 'message',
        id: messageId,
        postId: null,
        spaceId: conversation.spaceId,
        conversationId: conversation.kind === 'dm' ? id : null,
        authorId: actor.memberId,
        title: access.spaceName ?? '',
        body: rendered.text,
        createdAt: now,
      });
      const memberIds = conversation.kind === 'dm' ? (await membersOf(tx, [id])).map((m) => m.memberId) : [];
      await this.deps.platform.events.emit(tx, MessageSent, {
        messageId,
        conversationId: id,
        kind: conversation.kind === 'dm' ? 'dm' : 'space',
        spaceId: conversation.spaceId,
        title: access.spaceName ?? '',
        authorId: actor.memberId,
        memberIds,
        mentionIds: rendered.mentions,
        excerpt: rendered.text.replace(/\s+/g, ' ').trim().slice(0, 200),
        at: now,
      });
      return message;
    });
    const message = await newMessageView(this.deps, row);
    await this.deps.realtime.publish(conversationRoom(id), { type: 'message', message }, row.seq);
    if (conversation.kind === 'dm') await this.announceActivity(id, row);
    return message;
  }

  /** Edits the caller's own message. @throws not_found, forbidden, message_deleted (409), invalid_input */
  edit(actor: Actor, messageId: string, source: string): Promise<ChatMessage> {
    return editMessage(this.deps, actor, messageId, source);
  }

  /** Deletes a message (its author, or staff in a space channel); its seq stays. @throws not_found, forbidden */
  remove(actor: Actor, messageId: string): Promise<void> {
    return removeMessage(this.deps, actor, messageId);
  }

  /** Adds or takes back the caller's reaction. @throws not_found, cannot_post (403), message_deleted (409) */
  react(actor: Actor, messageId: string, emoji: string, on: boolean): Promise<ReactionCount[]> {
    return reactToMessage(this.deps, actor, messageId, emoji, on);
  }

  /**
   * Marks the conversation read up to `seq` (never backwards). DM members get a read receipt;
   * a chat space's unread count clears too.
   * @throws not_found, invalid_input (seq: beyond_last)
   */
  markRead(actor: Actor, id: string, seq: number): Promise<void> {
    return markConversationRead(this.deps, actor, id, seq);
  }

  /** Ids of the DMs a member is in (what search may show them of chat outside spaces). */
  async conversationIdsOf(memberId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('conversationMember')
      .select('conversationId')
      .where('memberId', '=', memberId)
      .where('isDm', '=', 1)
      .execute();
    return rows.map((row) => row.conversationId);
  }

  /** Everyone who shares a DM with the member (whom presence tells when they come and go). */
  async dmPartnerIds(memberId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('conversationMember as mine')
      .innerJoin('conversationMember as other', 'other.conversationId', 'mine.conversationId')
      .select('other.memberId')
      .distinct()
      .where('mine.memberId', '=', memberId)
      .where('mine.isDm', '=', 1)
      .where('other.memberId', '!=', memberId)
      .execute();
    return rows.map((row) => row.memberId);
  }

  /** A live message in a conversation the caller may read, for tips. @throws not_found */
  tipTarget(actor: Actor, messageId: string): Promise<TippableMessage> {
    return tippableMessage(this.deps, actor, messageId);
  }

  /** A message to report (member reports, modules/moderation/reports). @throws not_found */
  reportTarget(actor: Actor, messageId: string): Promise<ReportedMessage> {
    return reportedMessage(this.deps, actor, messageId);
  }

  /** Deletes a reported space-channel message as a moderator. @throws not_found, forbidden */
  removeReported(moderator: Actor, messageId: string): Promise<void> {
    return removeReportedMessage(this.deps, moderator, messageId);
  }

  /** Whether the caller may read the conversation (for the realtime room). */
  async canRead(actor: Actor, id: string): Promise<boolean> {
    try {
      await readableConversation(this.deps, actor, id);
      return true;
    } catch (error) {
      if (error instanceof AppError && error.status === 404) return false;
      throw error;
    }
  }

  /** Tells every member of a DM (on their own room) that it moved, for unread badges. */
  private async announceActivity(conversationId: string, row: MessageRow): Promise<void> {
    const members = await membersOf(this.db, [conversationId]);
    await Promise.all(
      members.map((m) =>
        this.deps.realtime.publish(memberRoom(m.memberId), {
          type: 'conversation_activity',
          conversationId,
          lastSeq: row.seq,
          authorId: row.authorId,
        }),
      ),
    );
  }

  /** Messages as `actor` sees them (authors, reaction counts with the reader's mark). */
  messageViews(actor: Actor, rows: MessageRow[]): Promise<ChatMessage[]> {
    return messageViews(this.deps, actor, rows);
  }

  private viewInput(access: ConversationAccess) {
    return { row: access.conversation, readSeq: access.membership?.readSeq ?? 0, canPost: access.canPost, spaceName: access.spaceName };
  }

  private async views(
    actor: Actor,
    inputs: { row: ConversationRow; readSeq: number; canPost: boolean; spaceName: string | null }[],
  ): Promise<Conversation[]> {
    const dmIds = inputs.filter((i) => i.row.kind === 'dm').map((i) => i.row.id);
    const [members, last, hidden] = await Promise.all([
      membersOf(this.db, dmIds),
      lastMessages(
        this.db,
        inputs.map((i) => i.row),
      ),
      this.deps.people.hiddenAuthorIds(actor.memberId),
    ]);
    const unreadRows = inputs.filter((i) => i.row.lastSeq > i.readSeq).map((i) => ({ id: i.row.id, readSeq: i.readSeq }));
    const [authors, hiddenUnread] = await Promise.all([
      this.deps.members.refs(members.map((m) => m.memberId)),
      unreadByAuthors(this.db, unreadRows, [...hidden]),
    ]);
    return inputs.map((input) =>
      toConversation({
        ...input,
        viewerId: actor.memberId,
        locale: actor.locale,
        members: members.filter((m) => m.conversationId === input.row.id),
        authors,
        last: last.get(input.row.id),
        hidden,
        hiddenUnread: hiddenUnread.get(input.row.id) ?? 0,
      }),
    );
  }
}
