import type { AssetOverview, ConsoleTransfer, EconomyFlows, EconomyOverview, FlowBucket, FlowDay, VerifyResult } from '@hearth/contracts';
import { performance } from 'node:perf_hooks';
import { withTransaction } from '../../db/database.js';
import { AppError, conflict } from '../../platform/errors/app-error.js';
import { DAY_MS, toIso } from '../../platform/clock.js';
import type { Actor } from '../../platform/http/actor.js';
import type { TransferDetail } from '../ledger/index.js';
import type { OversightDeps } from './oversight.deps.js';

const TOP_HOLDERS = 10;

/** Which line of the flows chart each transfer kind adds to. */
const BUCKETS: Record<string, FlowBucket> = {
  mint: 'minted',
  grant: 'minted',
  earn: 'minted',
  tip: 'tipped',
  transfer: 'transferred',
  gift: 'transferred',
  redeem: 'redeemed',
  redemption: 'redeemed',
  settle: 'redeemed',
  burn: 'burned',
  deduct: 'burned',
  expire: 'burned',
};

/**
 * The economy console's reads and its two value actions (freeze a wallet, reverse a
 * transfer), each action audited with its reason in the transaction that does it.
 */
export class OversightConsoleService {
  constructor(private readonly deps: OversightDeps) {}

  /** Every asset (points first): supply, cap, holders, where the supply sits, and the top holders with their share. */
  async overview(): Promise<EconomyOverview> {
    const { ledger, platform } = this.deps;
    const db = platform.db;
    const assets = await ledger.stats.allAssets(db);
    const ids = assets.map((a) => a.id);
    const [stats, circulation, tops] = await Promise.all([
      ledger.stats.statsOf(db, ids, platform.clock.now()),
      ledger.console.circulation(db, ids),
      Promise.all(ids.map((id) => ledger.console.topWallets(db, id, TOP_HOLDERS))),
    ]);
    const refs = await this.deps.members.refs([...new Set(tops.flat().flatMap((t) => (t.memberId ? [t.memberId] : [])))]);
    return {
      assets: assets.map((asset, i): AssetOverview => {
        const supply = stats.get(asset.id)?.supply ?? 0;
        const share = (n: number) => (supply > 0 ? n / supply : 0);
        const topHolders = tops[i]!.map((t) => ({
          member: t.memberId ? (refs.get(t.memberId) ?? { id: t.memberId, displayName: '', avatarUrl: null }) : null,
          balance: t.balance,
          share: share(t.balance),
          frozen: t.frozen,
        }));
        return {
          assetId: asset.id,
          code: asset.code,
          name: asset.name,
          kind: asset.kind,
          supply,
          supplyCap: asset.supplyCap,
          holders: stats.get(asset.id)?.holders ?? 0,
          circulation: circulation.get(asset.id)!,
          frozen: asset.frozen,
          topHolders,
          topShare: share(topHolders.reduce((s, t) => s + t.balance, 0)),
        };
      }),
    };
  }

  /** The asset's daily flows over the last `days` UTC days, today included, every day listed. @throws unknown_asset */
  async flows(assetId: string, days: number): Promise<EconomyFlows> {
    const { ledger, platform } = this.deps;
    await ledger.getAsset(platform.db, assetId);
    const today = Math.floor(platform.clock.now() / DAY_MS);
    const first = today - days + 1;
    const totals = await ledger.console.dailyTotals(platform.db, assetId, first * DAY_MS);
    const series: FlowDay[] = [];
    for (let d = first; d <= today; d++) {
      series.push({ day: toIso(d * DAY_MS).slice(0, 10), minted: 0, tipped: 0, transferred: 0, redeemed: 0, burned: 0, other: 0 });
    }
    for (const t of totals) {
      const row = series[t.day - first];
      if (row) row[BUCKETS[t.kind] ?? 'other'] += t.amount;
    }
    return { assetId, days: series };
  }

  /** The full ledger audit, run now, with how long it took. */
  async verify(actor: Actor): Promise<VerifyResult> {
    const started = performance.now();
    const audit = await this.deps.ledger.audit();
    const durationMs = Math.round(performance.now() - started);
    await this.deps.platform.audit.record(this.deps.platform.db, {
      actorId: actor.memberId,
      action: 'economy.verify',
      targetKind: 'ledger',
      targetId: null,
      after: { ok: audit.ok, mismatches: audit.mismatchCount, transfers: audit.transfers, durationMs },
    });
    return { audit, durationMs };
  }

  /**
   * Freezes or unfreezes a member's wallet of one asset: a frozen wallet neither pays nor
   * receives (reversals and hold releases still reach it).
   * @throws unknown_member, unknown_asset (404), wallet_already_frozen, wallet_not_frozen (409)
   */
  async freezeWallet(actor: Actor, body: { memberId: string; assetId: string; frozen: boolean; reason: string }) {
    const { ledger, platform } = this.deps;
    return withTransaction(platform.db, async (tx) => {
      const wallet = await ledger.walletOf(tx, body.memberId, body.assetId);
      if (wallet.frozen === body.frozen) throw conflict(body.frozen ? 'wallet_already_frozen' : 'wallet_not_frozen');
      await ledger.freezeAccount(tx, wallet.id, body.frozen);
      await platform.audit.record(tx, {
        actorId: actor.memberId,
        action: body.frozen ? 'economy.wallet.freeze' : 'economy.wallet.unfreeze',
        targetKind: 'member',
        targetId: body.memberId,
        reason: body.reason,
        before: { frozen: wallet.frozen, assetId: body.assetId },
        after: { frozen: body.frozen, assetId: body.assetId, accountId: wallet.id },
      });
      return { memberId: body.memberId, assetId: body.assetId, accountId: wallet.id, frozen: body.frozen };
    });
  }

  /** @throws unknown_transfer (404) */
  async transfer(transferId: string): Promise<{ transfer: ConsoleTransfer }> {
    const detail = await this.deps.ledger.console.transferDetail(this.deps.platform.db, transferId);
    if (!detail) throw new AppError('unknown_transfer', 404);
    return { transfer: await this.view(detail) };
  }

  /**
   * Reverses a transfer by a compensating one (the ledger's reversal), with the reason as its
   * memo and in the audit log. Of two admins reversing at once, one wins; the other gets
   * already_reversed.
   * @throws unknown_transfer (404), already_reversed (409), not_reversible, insufficient_balance (422)
   */
  async reverse(actor: Actor, transferId: string, reason: string): Promise<{ reversal: ConsoleTransfer }> {
    const { ledger, platform } = this.deps;
    const reversalId = await withTransaction(platform.db, async (tx) => {
      const reversal = await ledger.reverse(tx, transferId, { memo: reason, initiatorId: actor.memberId });
      await platform.audit.record(tx, {
        actorId: actor.memberId,
        action: 'economy.transfer.reverse',
        targetKind: 'transfer',
        targetId: transferId,
        reason,
        after: { reversalId: reversal.id, amount: reversal.amount, assetId: reversal.assetId },
      });
      return reversal.id;
    }).catch(async (error: unknown) => {
      // Racing another reversal on PostgreSQL, the loser may fail on the balance or the unique
      // index before it sees the winner's row: once the winner is there, say so.
      if ((await ledger.console.transferDetail(platform.db, transferId))?.reversedBy) throw conflict('already_reversed');
      throw error;
    });
    const detail = (await ledger.console.transferDetail(platform.db, reversalId))!;
    return { reversal: await this.view(detail) };
  }

  private async view(t: TransferDetail): Promise<ConsoleTransfer> {
    const { ledger, platform, members } = this.deps;
    const ids = [t.from.memberId, t.to.memberId].filter((id): id is string => id !== null);
    const [refs, asset] = await Promise.all([members.refs(ids), ledger.getAsset(platform.db, t.assetId)]);
    const ref = (id: string | null) => (id ? (refs.get(id) ?? { id, displayName: '', avatarUrl: null }) : null);
    return {
      id: t.id,
      kind: t.kind,
      assetId: t.assetId,
      assetCode: asset.code,
      amount: t.amount,
      from: ref(t.from.memberId),
      to: ref(t.to.memberId),
      fromKind: t.from.kind,
      toKind: t.to.kind,
      memo: t.memo,
      createdAt: toIso(t.createdAt),
      reversalOf: t.reversalOf,
      reversedBy: t.reversedBy,
    };
  }
}
