import type { Tx } from '../../db/database.js';
import { ERASED_INITIATOR } from './ledger.types.js';

/**
 * What member erasure does to the ledger, without deleting or changing a chained fact:
 * - the member's wallets lose their owner and are frozen; their balances stay, so every
 *   asset still sums to zero and the supply stays what was minted (a later policy may move
 *   such balances to a system account first — with transfers, never edits);
 * - transfers the member initiated lose their memo, initiator and idempotency key (the
 *   only columns outside the hash chain, which the append-only trigger lets change);
 * - a chip the member issued keeps circulating, with no issuer.
 */
export async function anonymiseLedgerOwner(tx: Tx, memberId: string): Promise<{ accounts: number; transfers: number }> {
  const accounts = await tx
    .updateTable('account')
    .set({ ownerMemberId: null, label: null, frozen: 1 })
    .where('ownerMemberId', '=', memberId)
    .executeTakeFirst();
  const transfers = await tx
    .updateTable('transfer')
    .set({ initiatorId: ERASED_INITIATOR, idempotencyKey: null, memo: null })
    .where('initiatorId', '=', memberId)
    .executeTakeFirst();
  await tx.updateTable('asset').set({ issuerMemberId: null }).where('issuerMemberId', '=', memberId).execute();
  return { accounts: Number(accounts.numUpdatedRows), transfers: Number(transfers.numUpdatedRows) };
}
