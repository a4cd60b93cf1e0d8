import { ROLE_RANK, type MemberActionBody, type MemberPenalties, type MyStanding, type Penalty, type PenaltyKind } from '@hearth/contracts';
import type { Platform } from '../../../app/platform.js';
import { withTransaction, type Tx } from '../../../db/database.js';
import { DAY_MS } from '../../../platform/clock.js';
import { AppError, conflict, invalid, notFound } from '../../../platform/errors/app-error.js';
import type { Actor } from '../../../platform/http/actor.js';
import type { HoldsService } from '../holds.service.js';
import { BAN_ENDED_JOB } from './penalty-jobs.js';
import type { PenaltyDeps } from './penalty-deps.js';
import { ModerationNotice } from './penalty-notices.js';
import { lookbackStart, nextStep, readPolicy } from './penalty-policy.js';
import * as repo from './penalties.repository.js';
import { reasonText, refIds, toPenalty, toRestriction } from './penalty-views.js';

interface Resolved {
  kind: PenaltyKind;
  days: number | null;
  ladderStep: number | null;
}

/**
 * Graded penalties: warnings, mutes (the member reads but cannot write) and bans (sessions
 * and sockets end, sign-in is refused). Whether one is in force is always decided against
 * the injected clock, so a mute ends exactly at its end without any job; a job only flips a
 * timed ban's member status back when it runs out (sign-in also does it, whichever is first).
 */
export class PenaltiesService {
  constructor(
    private readonly platform: Platform,
    private readonly deps: PenaltyDeps,
    private readonly holds: HoldsService,
  ) {}

  /**
   * Acts on a member: warn, mute for `days`, ban (timed or permanent), `next` (the ladder's
   * next step from their upheld penalties within the lookback), or `unban`. With `holdId`,
   * their held content is removed with it; with `pointsDeducted`, points are taken through
   * the ledger. Tells the member (a moderation notice they can appeal from) and audits it.
   * @throws not_found (member or hold), penalty_self / penalty_outranked (403),
   *   invalid_input (unknown_template, hold_not_members), hold_decided (409), not_banned (409),
   *   insufficient_balance (422)
   */
  async act(actor: Actor, body: MemberActionBody): Promise<Penalty> {
    const target = await this.deps.members.find(body.memberId);
    if (!target) throw notFound();
    if (target.id === actor.memberId) throw new AppError('penalty_self', 403);
    if (ROLE_RANK[target.role] >= ROLE_RANK[actor.role]) throw new AppError('penalty_outranked', 403, { role: target.role });
    if (body.action === 'unban') return this.unban(actor, body.memberId, body.reason);

    const policy = await readPolicy(this.platform.db);
    const template = body.templateId === undefined ? null : policy.templates.find((t) => t.id === body.templateId);
    if (template === undefined) throw invalid('templateId', 'unknown_template');
    const now = this.platform.clock.now();
    const resolved: Resolved =
      body.action === 'next' ? await this.nextFor(body.memberId, now) : { kind: body.action, days: body.days ?? null, ladderStep: null };

    if (body.holdId !== undefined) {
      const hold = await this.holds.find(body.holdId);
      if (!hold) throw notFound();
      if (hold.authorId !== body.memberId) throw invalid('holdId', 'hold_not_members');
      if (hold.status === 'approved') throw conflict('hold_decided');
    }
    if (body.pointsDeducted !== undefined && (await this.deps.points.balance(body.memberId)) < body.pointsDeducted)
      throw new AppError('insufficient_balance', 422);

    const reason = reasonText({ templateLabel: template?.label ?? null, reason: body.reason });
    // The held content goes first (its own decision transaction, conditional on still being held).
    if (body.holdId !== undefined && (await this.holds.find(body.holdId))?.status === 'held')
      await this.holds.remove(actor, body.holdId, reason);

    const id = this.platform.ids.next();
    const endsAt = resolved.days === null ? null : now + resolved.days * DAY_MS;
    await withTransaction(this.platform.db, async (tx) => {
      const transferId =
        body.pointsDeducted === undefined
          ? null
          : await this.deps.points.deduct(tx, body.memberId, body.pointsDeducted, reason, actor.memberId);
      await repo.insertPenalty(tx, {
        id,
        memberId: body.memberId,
        moderatorId: actor.memberId,
        kind: resolved.kind,
        startsAt: now,
        endsAt: resolved.kind === 'warn' ? null : endsAt,
        templateId: template?.id ?? null,
        templateLabel: template?.label ?? null,
        reason: body.reason,
        holdId: body.holdId ?? null,
        pointsDeducted: body.pointsDeducted ?? 0,
        pointsTransferId: transferId,
        ladderStep: resolved.ladderStep,
        liftedAt: null,
        liftedBy: null,
        liftKind: null,
        liftReason: null,
        createdAt: now,
      });
      if (resolved.kind === 'ban') await this.applyBan(tx, body.memberId, actor.memberId, reason, endsAt);
      await this.platform.audit.record(tx, {
        actorId: actor.memberId,
        action: `penalty.${resolved.kind}`,
        targetKind: 'member',
        targetId: body.memberId,
        reason,
        before: { status: target.status },
        after: {
          penaltyId: id,
          kind: resolved.kind,
          endsAt: resolved.kind === 'warn' || endsAt === null ? null : new Date(endsAt).toISOString(),
          ladderStep: resolved.ladderStep,
          holdId: body.holdId ?? null,
          pointsDeducted: body.pointsDeducted ?? 0,
        },
      });
      await this.platform.events.emit(tx, ModerationNotice, { memberId: body.memberId, penaltyId: id, what: resolved.kind, at: now });
    });
    if (resolved.kind === 'ban') await this.afterBan(body.memberId);
    return this.get(id);
  }

  /**
   * Ends a mute or ban early. @throws not_found, penalty_not_active (409: a warning, or over already),
   *   penalty_self / penalty_outranked (403)
   */
  async lift(actor: Actor, penaltyId: string, reason: string): Promise<Penalty> {
    const row = await repo.findPenalty(this.platform.db, penaltyId);
    if (!row) throw notFound();
    const target = await this.deps.members.find(row.memberId);
    if (!target) throw notFound();
    if (target.id === actor.memberId) throw new AppError('penalty_self', 403);
    if (ROLE_RANK[target.role] >= ROLE_RANK[actor.role]) throw new AppError('penalty_outranked', 403, { role: target.role });
    await this.end(row.id, 'lifted', actor.memberId, reason);
    return this.get(row.id);
  }

  /**
   * Ends a penalty in force (lift) or reverses any penalty (overturn, from an appeal), in its
   * own transaction plus `extra` (the appeal's decision): a ban's member status flips back,
   * and it is audited and the member told. @throws penalty_not_active (409)
   */
  async end(
    id: string,
    how: 'lifted' | 'overturned',
    actorId: string | null,
    reason: string,
    extra?: (tx: Tx) => Promise<void>,
  ): Promise<void> {
    const row = await repo.findPenalty(this.platform.db, id);
    if (!row) throw notFound();
    const now = this.platform.clock.now();
    const state = toPenalty(row, undefined, new Map(), now).state;
    if (how === 'lifted' ? state !== 'active' : state === 'overturned' || state === 'lifted') throw new AppError('penalty_not_active', 409);
    await withTransaction(this.platform.db, async (tx) => {
      if (!(await repo.endPenalty(tx, id, { liftedAt: now, liftedBy: actorId, liftKind: how, liftReason: reason })))
        throw new AppError('penalty_not_active', 409);
      if (row.kind === 'ban' && state === 'active') await this.deps.members.setBanned(tx, row.memberId, false, actorId, reason);
      if (how === 'overturned' && row.pointsTransferId && actorId) await this.deps.points.refund(tx, row.pointsTransferId, actorId);
      await extra?.(tx);
      await this.platform.audit.record(tx, {
        actorId,
        action: how === 'lifted' ? `penalty.lift` : `penalty.overturn`,
        targetKind: 'member',
        targetId: row.memberId,
        reason,
        before: { penaltyId: id, kind: row.kind, state },
        after: { penaltyId: id, kind: row.kind, state: how, pointsReturned: how === 'overturned' ? row.pointsDeducted : 0 },
      });
      if (how === 'lifted')
        await this.platform.events.emit(tx, ModerationNotice, { memberId: row.memberId, penaltyId: id, what: 'lifted', at: now });
    });
    if (row.kind === 'ban') await this.platform.actors.forgetMember(row.memberId);
  }

  /** A member's penalties (newest first) and the ladder's next step for them. */
  async forMember(memberId: string): Promise<MemberPenalties> {
    if (!(await this.deps.members.find(memberId))) throw notFound();
    const now = this.platform.clock.now();
    const rows = await repo.penaltiesOf(this.platform.db, memberId, 100);
    return {
      items: await this.views(rows, now),
      nextStep: await this.nextFor(memberId, now).then((r) => ({ kind: r.kind, days: r.days, step: r.ladderStep! })),
    };
  }

  /** One penalty: the member it is about, or staff. @throws not_found (also to other members) */
  async visible(actor: Actor, id: string): Promise<Penalty> {
    const row = await repo.findPenalty(this.platform.db, id);
    if (!row || (row.memberId !== actor.memberId && ROLE_RANK[actor.role] < ROLE_RANK.moderator)) throw notFound();
    return this.get(id);
  }

  /** The caller's restriction in force and their latest penalties. */
  async standing(actor: Actor): Promise<MyStanding> {
    const now = this.platform.clock.now();
    const [active] = await repo.restrictionsInForce(this.platform.db, actor.memberId, now);
    const rows = await repo.penaltiesOf(this.platform.db, actor.memberId, 50);
    return { restriction: active ? toRestriction(active) : null, penalties: await this.views(rows, now) };
  }

  /**
   * The write paths' check: a mute or ban in force refuses the write with 403 member_muted,
   * saying until when (or that it has no end) and why. Evaluated at the clock's now.
   */
  async assertMayWrite(memberId: string): Promise<void> {
    const [active] = await repo.restrictionsInForce(this.platform.db, memberId, this.platform.clock.now());
    if (!active) return;
    const restriction = toRestriction(active);
    const until = restriction.endsAt ? restriction.endsAt.slice(0, 16).replace('T', ' ') + ' UTC' : '—';
    throw new AppError('member_muted', 403, { until, reason: restriction.reason }, undefined, { restriction });
  }

  /**
   * Sign-in's question about a banned member: the ban in force (until, why); `unrecorded` for
   * a member banned by other means (an admin's status change, the CLI), which stays; or null
   * when a penalty's ban has run out — then it is lifted now, so the member signs in at once.
   */
  async banInForce(memberId: string): Promise<{ until: string | null; reason: string } | 'unrecorded' | null> {
    const now = this.platform.clock.now();
    const ban = (await repo.restrictionsInForce(this.platform.db, memberId, now)).find((r) => r.kind === 'ban');
    if (ban) return { until: ban.endsAt === null ? null : new Date(ban.endsAt).toISOString(), reason: reasonText(ban) };
    if (!(await repo.hasBanRecord(this.platform.db, memberId))) return 'unrecorded';
    await this.releaseExpiredBan(memberId);
    return null;
  }

  /** The ban-ended job, and sign-in after a timed ban: the member's status goes back to active if no ban is in force. */
  async releaseExpiredBan(memberId: string): Promise<void> {
    const now = this.platform.clock.now();
    if ((await repo.restrictionsInForce(this.platform.db, memberId, now)).some((r) => r.kind === 'ban')) return;
    await withTransaction(this.platform.db, async (tx) => {
      if (await this.deps.members.setBanned(tx, memberId, false, null, 'ban ended'))
        await this.platform.audit.record(tx, { actorId: null, action: 'penalty.ban_ended', targetKind: 'member', targetId: memberId });
    });
    await this.platform.actors.forgetMember(memberId);
  }

  async get(id: string): Promise<Penalty> {
    const row = await repo.findPenalty(this.platform.db, id);
    if (!row) throw notFound();
    const [view] = await this.views([row], this.platform.clock.now());
    return view!;
  }

  async views(rows: repo.PenaltyRow[], now: number): Promise<Penalty[]> {
    const appeals = await repo.appealsOf(
      this.platform.db,
      rows.map((r) => r.id),
    );
    const refs = await this.deps.members.refs(refIds(rows, appeals.values()));
    return rows.map((row) => toPenalty(row, appeals.get(row.id), refs, now));
  }

  private async nextFor(memberId: string, now: number): Promise<Resolved> {
    const policy = await readPolicy(this.platform.db);
    const prior = await repo.countUpheldSince(this.platform.db, memberId, lookbackStart(policy, now));
    const step = nextStep(policy, prior);
    return { kind: step.kind, days: step.days, ladderStep: step.step };
  }

  private async unban(actor: Actor, memberId: string, reason: string): Promise<Penalty> {
    const ban = (await repo.restrictionsInForce(this.platform.db, memberId, this.platform.clock.now())).find((r) => r.kind === 'ban');
    if (!ban) throw conflict('not_banned');
    await this.end(ban.id, 'lifted', actor.memberId, reason === '' ? 'unban' : reason);
    return this.get(ban.id);
  }

  private async applyBan(tx: Tx, memberId: string, actorId: string, reason: string, endsAt: number | null): Promise<void> {
    await this.deps.members.setBanned(tx, memberId, true, actorId, reason);
    // Sockets close (4403) before the sessions end: ending them re-checks sockets, which would close them as signed out (4401).
    await this.deps.closeSockets(memberId);
    await this.deps.revokeSessions(tx, memberId);
    if (endsAt !== null) await this.platform.jobs.enqueue(tx, BAN_ENDED_JOB, { memberId }, { runAt: endsAt });
  }

  /** After the ban commits: no cached actor survives, and every live socket closes now. */
  private async afterBan(memberId: string): Promise<void> {
    await this.platform.actors.forgetMember(memberId);
    // Again after the commit: a socket opened while the ban was being written closes too.
    await this.deps.closeSockets(memberId);
  }
}
