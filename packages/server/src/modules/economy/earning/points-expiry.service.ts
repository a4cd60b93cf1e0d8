import { z } from 'zod';
import { withTransaction } from '../../../db/database.js';
import { DAY_MS } from '../../../platform/clock.js';
import { SYSTEM_INITIATOR, type Account } from '../../ledger/index.js';
import type { EconomyDeps } from '../economy.deps.js';
import type { EarningSettingsStore } from './earning-settings.js';
import { PointsExpiring } from './earning.events.js';
import { addMonths } from './local-day.js';

/** The daily expiry run; it schedules its next run while expiry is on. */
export const POINTS_EXPIRY_SWEEP_JOB = 'economy.points_expiry_sweep';
export const EXPIRY_MEMO = 'points_expiry';

const utcMidnight = (at: number) => Math.floor(at / DAY_MS) * DAY_MS;

/**
 * Points expiry (optional; the owner sets how many months points last). Points are read
 * first in, first out: what a wallet received up to the cutoff (now − months) and has not
 * paid out since is what expires — moved by an `expire` transfer to the points' expiry
 * account, never edited away. Members are told `expiryNoticeDays` ahead, once per date.
 */
export class PointsExpiryService {
  constructor(
    private readonly deps: EconomyDeps,
    private readonly settings: EarningSettingsStore,
  ) {
    deps.platform.jobs.define({
      name: POINTS_EXPIRY_SWEEP_JOB,
      payload: z.object({}),
      handle: async () => {
        await this.sweep();
        await this.schedule(this.deps.platform.clock.now() + DAY_MS);
      },
    });
  }

  /** Makes sure one sweep is queued while expiry is on (called when the owner changes settings). */
  async schedule(runAt = this.deps.platform.clock.now()): Promise<void> {
    const { db, jobs } = this.deps.platform;
    if ((await this.settings.get()).expiryMonths === null) return;
    const queued = await db
      .selectFrom('job')
      .select('id')
      .where('name', '=', POINTS_EXPIRY_SWEEP_JOB)
      .where('doneAt', 'is', null)
      .where('runAt', '>', this.deps.platform.clock.now())
      .executeTakeFirst();
    if (!queued) await jobs.enqueue(db, POINTS_EXPIRY_SWEEP_JOB, {}, { runAt });
  }

  /** Expires what is due in every wallet and sends the notices due; returns the points expired. */
  async sweep(): Promise<number> {
    const { ledger, platform } = this.deps;
    const { expiryMonths, expiryNoticeDays } = await this.settings.get();
    if (expiryMonths === null) return 0;
    const points = await ledger.ensurePointsAsset(platform.db);
    let expired = 0;
    let afterId = '';
    for (;;) {
      const wallets = await ledger.stats.holdersOf(platform.db, points.id, { afterId });
      if (wallets.length === 0) break;
      for (const wallet of wallets) {
        expired += await this.expireWallet(wallet, points.id, expiryMonths);
        await this.notify(wallet, expiryMonths, expiryNoticeDays);
      }
      afterId = wallets[wallets.length - 1]!.id;
    }
    return expired;
  }

  private async expireWallet(wallet: Account, assetId: string, months: number): Promise<number> {
    const { ledger, platform } = this.deps;
    return withTransaction(platform.db, async (tx) => {
      const cutoff = addMonths(platform.clock.now(), -months);
      const { creditedUntil, debited } = await ledger.stats.flowsOf(tx, wallet.id, cutoff);
      const current = await ledger.getAccount(tx, wallet.id);
      const due = Math.min(creditedUntil - debited, current.balance);
      if (due <= 0 || current.frozen) return 0;
      const sink = await ledger.systemAccountOf(tx, assetId, 'expiry');
      await ledger.transfer(tx, {
        assetId,
        from: { accountId: wallet.id },
        to: { accountId: sink.id },
        amount: due,
        kind: 'expire',
        memo: EXPIRY_MEMO,
        initiatorId: SYSTEM_INITIATOR,
      });
      return due;
    });
  }

  /**
   * The next points of a wallet to expire: when the oldest unspent credit falls due, and what
   * falls due on that (UTC) day; null when nothing will.
   */
  async nextExpiry(wallet: Account, months: number): Promise<{ amount: number; on: number } | null> {
    const { ledger, platform } = this.deps;
    const { debited } = await ledger.stats.flowsOf(platform.db, wallet.id, 0);
    let spent = debited;
    let found: { amount: number; on: number } | null = null;
    let afterSeq = -1;
    for (;;) {
      const credits = await ledger.stats.creditsOf(platform.db, wallet.id, { afterSeq });
      if (credits.length === 0) break;
      for (const credit of credits) {
        const left = credit.amount - Math.min(spent, credit.amount);
        spent = Math.max(0, spent - credit.amount);
        if (left <= 0) continue;
        const on = addMonths(credit.at, months);
        if (!found) found = { amount: left, on };
        else if (utcMidnight(on) === utcMidnight(found.on)) found.amount += left;
        else return found;
      }
      afterSeq = credits[credits.length - 1]!.seq;
    }
    return found;
  }

  /** The member's next expiry (for the wallet). */
  async expiringFor(memberId: string): Promise<{ amount: number; on: number } | null> {
    const { ledger, platform } = this.deps;
    const { expiryMonths } = await this.settings.get();
    if (expiryMonths === null) return null;
    const points = await ledger.ensurePointsAsset(platform.db);
    const wallet = await ledger.walletOf(platform.db, memberId, points.id);
    if (wallet.balance <= 0) return null;
    const next = await this.nextExpiry(wallet, expiryMonths);
    return next ? { amount: Math.min(next.amount, wallet.balance), on: next.on } : null;
  }

  private async notify(wallet: Account, months: number, noticeDays: number): Promise<void> {
    const { platform } = this.deps;
    if (!wallet.ownerMemberId) return;
    const next = await this.nextExpiry(await this.deps.ledger.getAccount(platform.db, wallet.id), months);
    if (!next || next.on > platform.clock.now() + noticeDays * DAY_MS) return;
    const memberId = wallet.ownerMemberId;
    await withTransaction(platform.db, async (tx) => {
      const inserted = await tx
        .insertInto('pointsExpiryNotice')
        .values({ memberId, expiresOn: utcMidnight(next.on), amount: next.amount, createdAt: platform.clock.now() })
        .onConflict((oc) => oc.columns(['memberId', 'expiresOn']).doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return;
      await platform.events.emit(tx, PointsExpiring, { memberId, amount: next.amount, expiresOn: next.on, at: platform.clock.now() });
    });
  }
}
