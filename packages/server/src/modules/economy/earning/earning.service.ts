import type { EarningRuleId } from '@hearth/contracts';
import { z } from 'zod';
import { withTransaction, type DbOrTx, type Tx } from '../../../db/database.js';
import { SYSTEM_INITIATOR } from '../../ledger/index.js';
import type { EconomyDeps } from '../economy.deps.js';
import type { LevelsService } from './levels.service.js';
import type { EarningSettingsStore } from './earning-settings.js';
import {
  claimAward,
  findAward,
  findAwardByAct,
  insertAwardOnce,
  liveAwardsForSubject,
  pendingOf,
  returnToCap,
  takeFromCap,
  type AwardRow,
} from './earning.repository.js';
import { localDayOf } from './local-day.js';

/** Settles one award when its review window ends; enqueued in the award's transaction. */
export const SETTLE_AWARD_JOB = 'economy.settle_points_award';
const SettleAwardPayload = z.object({ awardId: z.string() });

/**
 * Memos of earning transfers name the rule (`points_rule:<rule>`, and `:undone` or
 * `:removed` on an undo), so each wallet can say why in the reader's language.
 */
/** The points' system account that holds awards through their review window. */
export const PENDING_ACCOUNT = 'earning_pending';

export const ruleMemo = (rule: string, why?: 'undone' | 'removed') => `points_rule:${rule}${why ? `:${why}` : ''}`;

export interface AwardInput {
  rule: EarningRuleId;
  memberId: string;
  /** What qualified, unique within the rule: a replay of the same act finds this key taken. */
  actKey: string;
  /** The thread or comment the award is for; deleting it undoes the award. */
  subject?: { kind: 'post' | 'comment'; id: string } | null;
  /** The community-local day whose cap it counts against (a made-up check-in's own day); default today. */
  day?: number;
}

/**
 * Points earned by the owner's rules. An award is recorded once per rule and act (a unique
 * index) and takes what the rule's daily cap still allows. Its points are minted from the
 * points issuance into the `earning_pending` system account (so that account always holds
 * exactly the pending awards) and stay there through the review window; then a job moves
 * them to the member's wallet (`earn`). Undoing the act (a reaction taken back, a post
 * deleted by its author or by staff) burns a pending award back to issuance, or reverses a
 * settled one with a compensating transfer.
 */
export class EarningService {
  constructor(
    private readonly deps: EconomyDeps,
    private readonly settings: EarningSettingsStore,
    private readonly levels: LevelsService,
  ) {
    deps.platform.jobs.define({
      name: SETTLE_AWARD_JOB,
      payload: SettleAwardPayload,
      handle: async ({ awardId }) => void (await this.settle(awardId)),
    });
  }

  /**
   * Awards the rule's points for one act, exactly once: null when the rule is off, the
   * member cannot earn (not active), or the act was already seen. An award past the daily
   * cap is recorded as `capped` (0 points) so a replay does not try again.
   */
  async award(input: AwardInput, db: DbOrTx = this.deps.platform.db): Promise<AwardRow | null> {
    const { platform, ledger, members } = this.deps;
    const settings = await this.settings.get(db);
    const rule = settings.rules[input.rule];
    if (!rule.isEnabled || rule.amount <= 0) return null;
    const member = await members.findById(db, input.memberId);
    if (!member || member.status !== 'active') return null;
    const run = async (tx: Tx) => {
      const now = platform.clock.now();
      const day = input.day ?? localDayOf(now, settings.timeZone);
      const row: AwardRow = {
        id: platform.ids.next(),
        rule: input.rule,
        actKey: input.actKey,
        memberId: input.memberId,
        amount: rule.amount,
        day,
        status: 'pending',
        subjectKind: input.subject?.kind ?? null,
        subjectId: input.subject?.id ?? null,
        grantTransferId: null,
        settleTransferId: null,
        undoTransferId: null,
        undoReason: null,
        createdAt: now,
        settlesAt: now + settings.reviewWindowSeconds * 1000,
        resolvedAt: null,
      };
      if (!(await insertAwardOnce(tx, row))) return null;
      const amount = await takeFromCap(tx, { memberId: row.memberId, rule: row.rule, day }, rule.amount, rule.dailyCap);
      if (amount === 0) {
        await tx.updateTable('pointsAward').set({ status: 'capped', amount: 0, resolvedAt: now }).where('id', '=', row.id).execute();
        return { ...row, status: 'capped' as const, amount: 0, resolvedAt: now };
      }
      const points = await ledger.ensurePointsAsset(tx);
      const pendingAccount = await ledger.systemAccountOf(tx, points.id, PENDING_ACCOUNT);
      const grant = await ledger.mint(tx, {
        assetId: points.id,
        to: { accountId: pendingAccount.id },
        amount,
        kind: 'grant',
        memo: ruleMemo(row.rule),
        initiatorId: SYSTEM_INITIATOR,
      });
      await tx.updateTable('pointsAward').set({ amount, grantTransferId: grant.id }).where('id', '=', row.id).execute();
      await platform.jobs.enqueue(tx, SETTLE_AWARD_JOB, { awardId: row.id }, { runAt: row.settlesAt });
      return { ...row, amount, grantTransferId: grant.id };
    };
    return withTransaction(db, run);
  }

  /**
   * Pays a pending award whose window has ended into the member's wallet, and adds its
   * points to their XP. Idempotent: anything but a due pending award is left alone.
   */
  async settle(awardId: string): Promise<AwardRow | null> {
    const { platform, ledger } = this.deps;
    return withTransaction(platform.db, async (tx) => {
      const award = await findAward(tx, awardId);
      const now = platform.clock.now();
      if (!award || award.status !== 'pending' || award.settlesAt > now) return null;
      if (!(await claimAward(tx, award.id, 'pending', { status: 'settled', resolvedAt: now }))) return null;
      const points = await ledger.ensurePointsAsset(tx);
      const pendingAccount = await ledger.systemAccountOf(tx, points.id, PENDING_ACCOUNT);
      const earned = await ledger.transfer(tx, {
        assetId: points.id,
        from: { accountId: pendingAccount.id },
        to: { memberId: award.memberId },
        amount: award.amount,
        kind: 'earn',
        memo: ruleMemo(award.rule),
        initiatorId: SYSTEM_INITIATOR,
      });
      await tx.updateTable('pointsAward').set({ settleTransferId: earned.id }).where('id', '=', award.id).execute();
      await this.levels.addXp(tx, award.memberId, award.amount);
      return { ...award, status: 'settled' as const, settleTransferId: earned.id, resolvedAt: now };
    });
  }

  /** Undoes the award of one act (a reaction taken back). */
  async undoAct(rule: EarningRuleId, actKey: string, why: 'undone' | 'removed'): Promise<void> {
    const award = await findAwardByAct(this.deps.platform.db, rule, actKey);
    if (award) await this.undo(award.id, why);
  }

  /** Undoes every standing award for a deleted thread or comment. */
  async undoSubject(kind: 'post' | 'comment', id: string, why: 'undone' | 'removed'): Promise<void> {
    for (const award of await liveAwardsForSubject(this.deps.platform.db, kind, id)) await this.undo(award.id, why);
  }

  /**
   * Within the window: burns the pending points back to issuance (`cancelled`) and frees the cap.
   * After it: a reversing transfer from the wallet back to issuance (`reversed`), and the XP
   * goes too. If the member already spent the points, what the wallet still holds is
   * deducted (the ledger never lets it go below zero).
   */
  async undo(awardId: string, why: 'undone' | 'removed'): Promise<void> {
    const { platform, ledger } = this.deps;
    await withTransaction(platform.db, async (tx) => {
      const award = await findAward(tx, awardId);
      if (!award) return;
      const now = platform.clock.now();
      const memo = ruleMemo(award.rule, why);
      const meta = { memo, initiatorId: SYSTEM_INITIATOR };
      const points = await ledger.ensurePointsAsset(tx);
      const pendingAccount = await ledger.systemAccountOf(tx, points.id, PENDING_ACCOUNT);
      if (award.status === 'pending' && award.amount > 0) {
        if (!(await claimAward(tx, award.id, 'pending', { status: 'cancelled', undoReason: why, resolvedAt: now }))) return;
        const burn = { assetId: points.id, from: { accountId: pendingAccount.id }, amount: award.amount, ...meta };
        const cancelled = await ledger.burn(tx, burn);
        await tx.updateTable('pointsAward').set({ undoTransferId: cancelled.id }).where('id', '=', award.id).execute();
        await returnToCap(tx, { memberId: award.memberId, rule: award.rule, day: award.day }, award.amount);
        return;
      }
      if (award.status !== 'settled' || !award.settleTransferId) return;
      if (!(await claimAward(tx, award.id, 'settled', { status: 'reversed', undoReason: why, resolvedAt: now }))) return;
      const balance = (await ledger.walletOf(tx, award.memberId, points.id)).balance;
      let undoTransferId: string | null = null;
      if (balance >= award.amount) {
        // The compensating transfer (wallet → pending account, `reversal_of` the earning),
        // then the points leave circulation as a cancelled award's do.
        undoTransferId = (await ledger.reverse(tx, award.settleTransferId, meta)).id;
        await ledger.burn(tx, { assetId: points.id, from: { accountId: pendingAccount.id }, amount: award.amount, ...meta });
      } else if (balance > 0) {
        const burn = { assetId: points.id, from: { memberId: award.memberId }, amount: balance, kind: 'deduct' as const, ...meta };
        undoTransferId = (await ledger.burn(tx, burn)).id;
      }
      await tx.updateTable('pointsAward').set({ undoTransferId }).where('id', '=', award.id).execute();
      await this.levels.addXp(tx, award.memberId, -award.amount);
    });
  }

  /** The member's pending points (total and the newest awards). */
  pending(memberId: string) {
    return pendingOf(this.deps.platform.db, memberId);
  }
}
