import type { PointsAdjustBody, PointsAdjustResult } from '@hearth/contracts';
import { withTransaction } from '../../db/database.js';
import { notFound } from '../../platform/errors/app-error.js';
import type { Actor } from '../../platform/http/actor.js';
import type { EconomyDeps } from './economy.deps.js';

/** Owners' and admins' grants and deductions of points, each with a reason in the member's admin history. */
export class PointsAdminService {
  constructor(private readonly deps: EconomyDeps) {}

  /**
   * Gives (`grant`) or takes back (`deduct`) points: one ledger transfer from or to the
   * community's issuance, and a `points` entry (balance before → after, the reason, who did
   * it) in the member's admin history, in one transaction.
   * @throws not_found (no such member), insufficient_balance (deducting more than they hold), account_frozen
   */
  async adjust(actor: Actor, direction: 'grant' | 'deduct', body: PointsAdjustBody): Promise<PointsAdjustResult> {
    const { ledger, members, platform } = this.deps;
    if (!(await members.findById(platform.db, body.memberId))) throw notFound();
    return withTransaction(platform.db, async (tx) => {
      const points = await ledger.ensurePointsAsset(tx);
      const before = (await ledger.walletOf(tx, body.memberId, points.id)).balance;
      const meta = { memo: body.reason, initiatorId: actor.memberId };
      const transfer =
        direction === 'grant'
          ? await ledger.mint(tx, { assetId: points.id, to: { memberId: body.memberId }, amount: body.amount, kind: 'grant', ...meta })
          : await ledger.burn(tx, { assetId: points.id, from: { memberId: body.memberId }, amount: body.amount, kind: 'deduct', ...meta });
      const balance = (await ledger.walletOf(tx, body.memberId, points.id)).balance;
      await members.recordChange(tx, {
        memberId: body.memberId,
        field: 'points',
        from: String(before),
        to: String(balance),
        actorId: actor.memberId,
        reason: body.reason,
      });
      await platform.audit.record(tx, {
        actorId: actor.memberId,
        action: `points.${direction}`,
        targetKind: 'member',
        targetId: body.memberId,
        reason: body.reason,
        before: { balance: before },
        after: { balance, transferId: transfer.id, amount: transfer.amount },
      });
      return { transfer: { id: transfer.id, amount: transfer.amount, kind: transfer.kind }, balance };
    });
  }
}
