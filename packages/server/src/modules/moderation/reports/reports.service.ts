import type {
  CreateReportBody,
  PageQuery,
  Report,
  ReportGroup,
  ReportGroupPage,
  ReportOutcome,
  ReportReason,
  ReportTargetKind,
  ResolveReportsBody,
  ResolveReportsResult,
} from '@hearth/contracts';
import type { Platform } from '../../../app/platform.js';
import { withTransaction, type Tx } from '../../../db/database.js';
import { toIso } from '../../../platform/clock.js';
import { AppError, notFound, refused } from '../../../platform/errors/app-error.js';
import type { Actor } from '../../../platform/http/actor.js';
import { decodeCursor, toPage } from '../../../platform/pagination.js';
import { findHoldOf, type HoldRow } from '../holds.repository.js';
import type { HoldsService } from '../holds.service.js';
import type { ReportTargets } from './report-targets.js';
import * as repo from './reports.repository.js';
import { ReportsHandled } from './reports.events.js';

/** A member may report this many things an hour (beyond the per-IP limit of the route). */
export const REPORTS_PER_HOUR = 30;
/** Open reports the queue groups at most (a backlog beyond this is worked in order). */
const MAX_OPEN = 5_000;
const HOUR = 3_600_000;

export interface ReportsDeps {
  targets: () => ReportTargets;
  /** Whether a member is established (spam detection's trust threshold): only their reports hide content. */
  isEstablished: (memberId: string) => Promise<boolean>;
  /** Reports from established members that hide a thread or reply (spam settings). */
  reportsToHide: () => Promise<number>;
  authorRefs: (ids: readonly string[]) => Promise<Map<string, { id: string; displayName: string; avatarUrl: string | null }>>;
}

/**
 * Member reports: one per member per target, grouped per target in the review queue, handled
 * by a moderator (dismissed, upheld, or the content removed) with every reporter told. Threads
 * and replies that enough established members reported are hidden into the review queue.
 */
export class ReportsService {
  constructor(
    private readonly platform: Platform,
    private readonly holds: HoldsService,
    private readonly deps: ReportsDeps,
  ) {
    // A decision on a held thread or reply is also the answer to its reports.
    holds.onDecided(async (tx, hold, decision, moderatorId) => {
      await this.handle(tx, { kind: hold.subjectKind, id: hold.subjectId }, decision === 'approved' ? 'dismissed' : 'removed', moderatorId);
    });
  }

  /**
   * Reports a target the caller can see. Not their own, once each.
   * @throws not_found (unknown or not visible), cannot_report_own (422), already_reported (409), report_rate_limited (429)
   */
  async create(actor: Actor, body: CreateReportBody): Promise<Report> {
    const db = this.platform.db;
    const now = this.platform.clock.now();
    const described = await this.deps.targets().describe(actor, body.targetKind, body.targetId);
    const target = { kind: described.kind ?? body.targetKind, id: body.targetId };
    if (described.authorId === actor.memberId) throw refused('cannot_report_own');
    if (await repo.findReportBy(db, target, actor.memberId)) throw new AppError('already_reported', 409);
    if ((await repo.countReportsSince(db, actor.memberId, now - HOUR)) >= REPORTS_PER_HOUR)
      throw new AppError('report_rate_limited', 429, { maximum: REPORTS_PER_HOUR });
    const trusted = await this.deps.isEstablished(actor.memberId);
    const row: repo.ReportRow = {
      id: this.platform.ids.next(),
      targetKind: target.kind,
      targetId: target.id,
      targetAuthorId: described.authorId,
      reporterId: actor.memberId,
      reason: body.reason,
      note: (body.note ?? '').trim(),
      excerpt: described.excerpt,
      url: described.url,
      trusted: trusted ? 1 : 0,
      status: 'open',
      handledBy: null,
      handledAt: null,
      createdAt: now,
    };
    try {
      await repo.insertReport(db, row);
    } catch (error) {
      // Two reports by the same member at once: the unique index keeps one.
      if (await repo.findReportBy(db, target, actor.memberId)) throw new AppError('already_reported', 409);
      throw error;
    }
    if (trusted) await this.hideIfReportedEnough(target, await this.deps.reportsToHide());
    return { id: row.id, targetKind: row.targetKind, targetId: row.targetId, reason: row.reason, note: row.note, createdAt: toIso(now) };
  }

  /** Once `needed` established members reported a thread or reply, it waits in the review queue. */
  private async hideIfReportedEnough(target: { kind: ReportTargetKind; id: string }, needed: number): Promise<void> {
    if (target.kind !== 'post' && target.kind !== 'comment') return;
    const open = await repo.openReportsOn(this.platform.db, target);
    const trusted = open.filter((r) => Number(r.trusted) === 1);
    if (trusted.length < needed) return;
    const reasons = [...new Set(trusted.map((r) => r.reason))].join(' ');
    await this.deps.targets().hide(target.kind, target.id, [{ kind: 'reports', score: trusted.length, detail: reasons }]);
  }

  /** Open reports grouped per target, the longest-waiting first. Moderators (checked by the route). */
  async groups(query: PageQuery): Promise<ReportGroupPage> {
    const db = this.platform.db;
    const byTarget = new Map<string, repo.ReportRow[]>();
    for (const row of await repo.openReports(db, MAX_OPEN)) {
      const key = `${row.targetKind}:${row.targetId}`;
      byTarget.set(key, [...(byTarget.get(key) ?? []), row]);
    }
    const after = decodeCursor(query.cursor);
    const groups = [...byTarget.entries()]
      .map(([key, rows]) => ({ key, rows, at: Number(rows[0]!.createdAt) }))
      .filter((g) => !after || g.at > after.at || (g.at === after.at && g.key > after.id))
      .sort((a, b) => a.at - b.at || (a.key < b.key ? -1 : 1))
      .slice(0, query.limit + 1);
    const authors = await this.deps.authorRefs(groups.map((g) => g.rows[0]!.targetAuthorId));
    const holds = new Map<string, HoldRow | undefined>();
    for (const g of groups) {
      const first = g.rows[0]!;
      if (first.targetKind === 'post' || first.targetKind === 'comment')
        holds.set(g.key, await findHoldOf(db, first.targetKind, first.targetId));
    }
    return toPage(
      groups,
      query.limit,
      (g) => ({ at: g.at, id: g.key }),
      (g) => toGroup(g.rows, authors, holds.get(g.key)),
    );
  }

  /**
   * Handles the open reports on a target. `removed` deletes the content (or removes its hold);
   * `dismissed` of a hidden thread or reply publishes it again. Every reporter is told.
   * @throws not_found (no open reports), forbidden (own content), report_target_not_removable (422)
   */
  async resolve(actor: Actor, kind: ReportTargetKind, id: string, body: ResolveReportsBody): Promise<ResolveReportsResult> {
    const target = { kind, id };
    const open = await repo.openReportsOn(this.platform.db, target);
    if (open.length === 0) throw notFound();
    if (open[0]!.targetAuthorId === actor.memberId) throw new AppError('forbidden', 403);
    const hold = kind === 'post' || kind === 'comment' ? await findHoldOf(this.platform.db, kind, id) : undefined;
    const held = hold?.status === 'held' ? hold : undefined;
    if (body.outcome === 'removed') {
      if (held) {
        await this.holds.remove(actor, held.id, body.reason!.trim());
        return { resolved: open.length, outcome: 'removed' };
      }
      if (kind === 'dm' || kind === 'profile') throw refused('report_target_not_removable');
      await this.deps.targets().remove(actor, kind, id);
    } else if (held && body.outcome === 'dismissed') {
      await this.holds.approve(actor, held.id);
      return { resolved: open.length, outcome: 'dismissed' };
    }
    // Decisions on a hold are audited by the holds; this one is the report's own (audit log, platform/audit).
    const resolved = await withTransaction(this.platform.db, async (tx) => {
      const count = await this.handle(tx, target, body.outcome, actor.memberId);
      await this.platform.audit.record(tx, {
        actorId: actor.memberId,
        action: `report.${body.outcome}`,
        targetKind: kind,
        targetId: id,
        reason: body.reason?.trim() || null,
        before: { status: 'open', reports: open.length, authorId: open[0]!.targetAuthorId },
        after: { status: body.outcome, reports: count },
      });
      return count;
    });
    return { resolved, outcome: body.outcome };
  }

  /** Marks a target's open reports handled and tells their reporters, in `tx`. Returns how many. */
  private async handle(
    tx: Tx,
    target: { kind: ReportTargetKind; id: string },
    outcome: ReportOutcome,
    moderatorId: string,
  ): Promise<number> {
    const open = await repo.openReportsOn(tx, target);
    if (open.length === 0) return 0;
    const at = this.platform.clock.now();
    const reporterIds = await repo.handleReports(tx, target, { status: outcome, handledBy: moderatorId, handledAt: at });
    await this.platform.events.emit(tx, ReportsHandled, {
      targetKind: target.kind,
      targetId: target.id,
      reporterIds,
      targetAuthorId: open[0]!.targetAuthorId,
      outcome,
      url: open[0]!.url,
      at,
    });
    return reporterIds.length;
  }
}

function toGroup(
  rows: repo.ReportRow[],
  authors: Map<string, { id: string; displayName: string; avatarUrl: string | null }>,
  hold: HoldRow | undefined,
): ReportGroup {
  const first = rows[0]!;
  const reasons: Record<ReportReason, number> = { spam: 0, abuse: 0, off_topic: 0, other: 0 };
  for (const r of rows) reasons[r.reason]++;
  return {
    targetKind: first.targetKind,
    targetId: first.targetId,
    author: authors.get(first.targetAuthorId) ?? { id: first.targetAuthorId, displayName: '', avatarUrl: null },
    excerpt: first.excerpt,
    url: first.url,
    count: rows.length,
    reasons,
    notes: rows
      .map((r) => r.note)
      .filter((n) => n !== '')
      .reverse()
      .slice(0, 10),
    holdId: hold?.status === 'held' ? hold.id : null,
    removable: first.targetKind !== 'dm' && first.targetKind !== 'profile',
    firstReportedAt: toIso(Number(first.createdAt)),
    lastReportedAt: toIso(Number(rows[rows.length - 1]!.createdAt)),
  };
}
