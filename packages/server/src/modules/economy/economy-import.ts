import type { Tx } from '../../db/database.js';
import type { EconomyDeps } from './economy.deps.js';
import { insertTip } from './tips.repository.js';

/** Points history written elsewhere (demo content, migrations from other platforms). */
export interface ImportedActivity {
  grants: { memberId: string; amount: number; reason: string }[];
  /** Tips on threads, from one member to the thread's author. */
  tips: { tipperId: string; authorId: string; postId: string; amount: number }[];
}

/**
 * Writes grants and tips inside the caller's transaction, as the ledger's own transfers.
 * No caps and no notifications: this is history, not members acting now. A tip beyond the
 * tipper's balance fails the whole import (insufficient_balance), so grants come first.
 */
export async function importActivity(deps: EconomyDeps, tx: Tx, activity: ImportedActivity): Promise<void> {
  const { ledger, platform } = deps;
  const points = await ledger.ensurePointsAsset(tx);
  for (const g of activity.grants) {
    await ledger.mint(tx, { assetId: points.id, to: { memberId: g.memberId }, amount: g.amount, kind: 'grant', memo: g.reason });
  }
  for (const t of activity.tips) {
    const transfer = await ledger.transfer(tx, {
      assetId: points.id,
      from: { memberId: t.tipperId },
      to: { memberId: t.authorId },
      amount: t.amount,
      kind: 'tip',
      initiatorId: t.tipperId,
    });
    await insertTip(tx, {
      id: platform.ids.next(),
      transferId: transfer.id,
      targetKind: 'post',
      targetId: t.postId,
      postId: t.postId,
      conversationId: null,
      tipperId: t.tipperId,
      recipientId: t.authorId,
      assetId: points.id,
      amount: t.amount,
      createdAt: transfer.createdAt,
    });
  }
}
