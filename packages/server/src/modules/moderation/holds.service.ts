import type {
  AuthorRef,
  BulkDecideBody,
  BulkDecideResult,
  HeldItem,
  HeldItemPage,
  HeldMatch,
  HeldSubjectKind,
  Locale,
  PageQuery,
} from '@hearth/contracts';
import { HeldMatch as HeldMatchSchema, SpamSignal as SpamSignalSchema, type SpamSignal } from '@hearth/contracts';
import { z } from 'zod';
import type { Platform } from '../../app/platform.js';
import { withTransaction, type Tx } from '../../db/database.js';
import { toIso } from '../../platform/clock.js';
import { AppError, notFound } from '../../platform/errors/app-error.js';
import { translateError } from '../../platform/errors/messages.js';
import type { Actor } from '../../platform/http/actor.js';
import { decodeCursor, toPage } from '../../platform/pagination.js';
import type { FieldReason } from './content-gate.js';
import {
  decideHold,
  findHold,
  findHoldOf,
  heldPage,
  insertHold,
  reopenRemovedHold,
  updateHeldText,
  type HoldRow,
} from './holds.repository.js';

/**
 * What the module owning held content does when a moderator decides. Each returns the write
 * to run in the decision's transaction after reading what it needs first: on SQLite a read
 * through another service inside the transaction would wait for the writer it holds.
 */
export interface HeldContentHandler {
  /** Makes the held subject visible as if just posted: listed, searchable, notified, realtime. */
  publish(subjectId: string): Promise<(tx: Tx) => Promise<void>>;
  /** Removes the held subject for good (it was never visible to others). */
  discard(subjectId: string, moderatorId: string): Promise<(tx: Tx) => Promise<void>>;
  /** Publishes a subject a moderator removed from the queue (an appeal overturned the removal). */
  restore(subjectId: string): Promise<(tx: Tx) => Promise<void>>;
}

/** Content to hold: a thread (title and body) or a reply (body), with the review words found in it as stored. */
export interface HoldInput {
  subjectKind: HeldSubjectKind;
  subjectId: string;
  postId: string;
  spaceId: string;
  authorId: string;
  title: string | null;
  body: string;
  matches: FieldReason[];
  /** The spam signals that held it (spam/), shown with their scores in the queue. */
  signals?: SpamSignal[];
}

/** Told of every decision, in its transaction (reports resolve with it, the classifier learns from it). */
export type HoldDecidedListener = (tx: Tx, hold: HoldRow, decision: 'approved' | 'removed', moderatorId: string) => Promise<void>;

/** The holds other modules write in their own transactions; passed to them from the composition root. */
export interface ContentHolds {
  /** Records (or, for content edited while held, refreshes) the hold in the caller's transaction. */
  hold(tx: Tx, input: HoldInput): Promise<void>;
  /** Takes content its author (or staff) deleted while held out of the queue, in the caller's transaction. */
  withdraw(tx: Tx, subjectKind: HeldSubjectKind, subjectId: string, actorId: string): Promise<void>;
}

const Matches = z.array(HeldMatchSchema);
const Signals = z.array(SpamSignalSchema);

/** The review queue: holds, listed for moderators, approved (published) or removed with a reason. */
export class HoldsService implements ContentHolds {
  private readonly handlers = new Map<HeldSubjectKind, HeldContentHandler>();
  private readonly decidedListeners: HoldDecidedListener[] = [];

  constructor(
    private readonly platform: Platform,
    private readonly authorRefs: (ids: readonly string[]) => Promise<Map<string, AuthorRef>>,
  ) {}

  /** Binds the module that owns a kind of held content (posts, for threads and replies). */
  handle(kind: HeldSubjectKind, handler: HeldContentHandler): void {
    this.handlers.set(kind, handler);
  }

  /** Adds a listener of decisions (see HoldDecidedListener). */
  onDecided(listener: HoldDecidedListener): void {
    this.decidedListeners.push(listener);
  }

  /** The handler of a kind of held content (reports hide content through it). */
  handlerOf(kind: HeldSubjectKind): HeldContentHandler | undefined {
    return this.handlers.get(kind);
  }

  async hold(tx: Tx, input: HoldInput): Promise<void> {
    const matches = JSON.stringify(input.matches.map((m): HeldMatch => ({ ...m, field: m.field === 'title' ? 'title' : 'body' })));
    const signals = JSON.stringify(input.signals ?? []);
    const existing = await findHoldOf(tx, input.subjectKind, input.subjectId);
    // An edit while held keeps the signals that held it unless it was scored again.
    if (existing)
      return updateHeldText(tx, existing.id, { title: input.title, body: input.body, matches, ...(input.signals ? { signals } : {}) });
    await insertHold(tx, {
      id: this.platform.ids.next(),
      subjectKind: input.subjectKind,
      subjectId: input.subjectId,
      postId: input.postId,
      spaceId: input.spaceId,
      authorId: input.authorId,
      title: input.title,
      body: input.body,
      matches,
      signals,
      status: 'held',
      reason: null,
      decidedBy: null,
      decidedAt: null,
      createdAt: this.platform.clock.now(),
    });
  }

  async withdraw(tx: Tx, subjectKind: HeldSubjectKind, subjectId: string, actorId: string): Promise<void> {
    const hold = await findHoldOf(tx, subjectKind, subjectId);
    if (hold) await decideHold(tx, hold.id, { status: 'removed', reason: null, decidedBy: actorId, decidedAt: this.platform.clock.now() });
  }

  /** Held items, oldest first. Moderators and above (checked by the route). */
  async queue(query: PageQuery): Promise<HeldItemPage> {
    const rows = await heldPage(this.platform.db, decodeCursor(query.cursor), query.limit);
    const authors = await this.authorRefs(rows.map((r) => r.authorId));
    return toPage(
      rows,
      query.limit,
      (r) => ({ at: r.createdAt, id: r.id }),
      (r) => toHeldItem(r, authors),
    );
  }

  /**
   * Publishes held content: it appears for everyone, enters search, and its mentions and
   * reply notifications go out now.
   * @throws not_found, hold_decided (409, approved or removed already)
   */
  async approve(actor: Actor, id: string): Promise<HeldItem> {
    return this.decide(id, (handler, row) => handler.publish(row.subjectId), {
      status: 'approved',
      reason: null,
      decidedBy: actor.memberId,
    });
  }

  /** Removes held content with the moderator's reason. @throws not_found, hold_decided (409) */
  async remove(actor: Actor, id: string, reason: string): Promise<HeldItem> {
    return this.decide(id, (handler, row) => handler.discard(row.subjectId, actor.memberId), {
      status: 'removed',
      reason,
      decidedBy: actor.memberId,
    });
  }

  /**
   * Decides each item on its own, in order, exactly as one-at-a-time would (its own
   * transaction, audit entry and notifications), so one item that cannot be decided never
   * holds up or undoes the others; those are returned with their translated reason.
   */
  async decideMany(actor: Actor, body: BulkDecideBody, locale: Locale): Promise<BulkDecideResult> {
    const result: BulkDecideResult = { decided: [], failed: [] };
    for (const id of new Set(body.ids)) {
      try {
        result.decided.push(body.action === 'approve' ? await this.approve(actor, id) : await this.remove(actor, id, body.reason));
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        result.failed.push({ id, code: error.code, title: translateError(error.code, locale, error.params) });
      }
    }
    return result;
  }

  /** One hold, whatever its status (penalties link to the hold they removed). */
  async find(id: string): Promise<HoldRow | undefined> {
    return findHold(this.platform.db, id);
  }

  /**
   * Brings back content a moderator removed from the queue (an appeal overturned it): it is
   * published as if approved, and the hold is marked approved. Content its author withdrew
   * stays gone. @throws not_found, hold_decided (409, not removed by a moderator)
   */
  async restore(actor: Actor, id: string, reason: string): Promise<void> {
    const hold = await findHold(this.platform.db, id);
    if (!hold) throw notFound();
    if (hold.status !== 'removed' || hold.decidedBy === hold.authorId || hold.reason === null) throw new AppError('hold_decided', 409);
    const handler = this.handlers.get(hold.subjectKind);
    if (!handler) throw new Error(`no handler for held ${hold.subjectKind}`);
    const write = await handler.restore(hold.subjectId);
    await withTransaction(this.platform.db, async (tx) => {
      const decidedAt = this.platform.clock.now();
      if (!(await reopenRemovedHold(tx, id, { reason, decidedBy: actor.memberId, decidedAt }))) throw new AppError('hold_decided', 409);
      await write(tx);
      await this.platform.audit.record(tx, {
        actorId: actor.memberId,
        action: 'hold.restore',
        targetKind: hold.subjectKind,
        targetId: hold.subjectId,
        reason,
        before: { holdId: id, status: 'removed' },
        after: { holdId: id, status: 'approved' },
      });
    });
  }

  private async decide(
    id: string,
    act: (handler: HeldContentHandler, row: HoldRow) => Promise<(tx: Tx) => Promise<void>>,
    decision: Pick<HoldRow, 'status' | 'reason' | 'decidedBy'>,
  ): Promise<HeldItem> {
    const hold = await findHold(this.platform.db, id);
    if (!hold) throw notFound();
    if (hold.status !== 'held') throw new AppError('hold_decided', 409);
    // A held author who moderates must not wave their own content through (or bury it).
    if (hold.authorId === decision.decidedBy) throw new AppError('hold_own_content', 403);
    const handler = this.handlers.get(hold.subjectKind);
    if (!handler) throw new Error(`no handler for held ${hold.subjectKind}`);
    const write = await act(handler, hold);
    const row = await withTransaction(this.platform.db, async (tx) => {
      const decidedAt = this.platform.clock.now();
      // Decided first, conditionally: of two moderators deciding at once, the second changes nothing.
      if (!(await decideHold(tx, id, { ...decision, decidedAt }))) throw new AppError('hold_decided', 409);
      await write(tx);
      for (const listener of this.decidedListeners)
        await listener(tx, hold, decision.status as 'approved' | 'removed', decision.decidedBy!);
      await this.platform.audit.record(tx, {
        actorId: decision.decidedBy,
        action: decision.status === 'approved' ? 'hold.approve' : 'hold.remove',
        targetKind: hold.subjectKind,
        targetId: hold.subjectId,
        reason: decision.reason,
        before: { holdId: id, status: 'held', authorId: hold.authorId },
        after: { holdId: id, status: decision.status },
      });
      return { ...hold, ...decision, decidedAt };
    });
    return toHeldItem(row, await this.authorRefs([row.authorId]));
  }
}

function toHeldItem(row: HoldRow, authors: Map<string, AuthorRef>): HeldItem {
  return {
    id: row.id,
    subjectKind: row.subjectKind,
    subjectId: row.subjectId,
    postId: row.postId,
    spaceId: row.spaceId,
    author: authors.get(row.authorId) ?? { id: row.authorId, displayName: '', avatarUrl: null },
    title: row.title,
    body: row.body,
    matches: Matches.parse(JSON.parse(row.matches)),
    signals: Signals.parse(JSON.parse(row.signals)),
    status: row.status,
    createdAt: toIso(row.createdAt),
  };
}
