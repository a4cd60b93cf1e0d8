import type { DbOrTx, Tx } from '../../db/database.js';
import { AppError, conflict, refused } from '../../platform/errors/app-error.js';
import type { LedgerCore } from './ledger.core.js';
import { assertAmount, cleanMemo } from './ledger.errors.js';
import { RELEASE_EXPIRED_HOLD_JOB, ReleaseExpiredHoldPayload } from './ledger.jobs.js';
import { findHold } from './ledger.repository.js';
import type { Hold, HoldInput, Transfer, TransferMeta } from './ledger.types.js';

export interface SettleOptions extends Omit<TransferMeta, 'idempotencyKey'> {
  /** Pay only this much (≤ the hold); the rest goes back to the payer. */
  amount?: number;
}

export interface ReleaseOptions extends Omit<TransferMeta, 'idempotencyKey'> {
  /** Release only if the hold has expired (the expiry job); otherwise do nothing and return null. */
  onlyIfExpired?: boolean;
}

/**
 * Two-phase transfers. A hold moves the amount from the payer into the asset's escrow
 * account at once (so the payer cannot spend it twice) and records who is to be paid;
 * it then resolves exactly once: settled (escrow → payee, wholly or partly, the rest back)
 * or released (escrow → payer) — by the parties, or by a job at its expiry. The state
 * change is one conditional UPDATE of the hold row, so of two racing resolutions exactly
 * one wins. Lock order: the hold row, then accounts (ascending id).
 */
export class LedgerHolds {
  constructor(private readonly core: LedgerCore) {
    core.platform.jobs.define({
      name: RELEASE_EXPIRED_HOLD_JOB,
      payload: ReleaseExpiredHoldPayload,
      handle: async ({ holdId }) => void (await this.release(core.platform.db, holdId, { onlyIfExpired: true })),
    });
  }

  /**
   * Holds `amount` of the payer's balance for the payee. With `expiresAt`, a job releases it then.
   * With an idempotency key, a retry returns the original hold.
   * @throws as LedgerService.transfer, invalid_input (expiresAt: in_the_past)
   */
  async hold(db: DbOrTx, input: HoldInput): Promise<Hold> {
    assertAmount(input.amount);
    const now = this.core.platform.clock.now();
    const expiresAt = input.expiresAt ?? null;
    if (expiresAt !== null && (!Number.isSafeInteger(expiresAt) || expiresAt <= now)) {
      throw new AppError('invalid_input', 400, {}, [{ path: 'expiresAt', code: 'in_the_past' }]);
    }
    return this.core.inTx(db, async (tx) => {
      const payer = await this.core.accounts.resolve(tx, input.assetId, input.from);
      const payee = await this.core.accounts.resolve(tx, input.assetId, input.to);
      if (payer === payee) throw refused('same_account');
      await this.core.accounts.assertMovable(tx, input.assetId, [payer, payee]);
      const escrow = await this.core.accounts.systemId(tx, input.assetId, 'escrow');
      const leg = this.core.leg(
        { kind: 'hold', assetId: input.assetId, debitAccountId: payer, creditAccountId: escrow, amount: input.amount },
        input,
      );
      if (leg.idempotencyKey !== null) {
        const original = await this.replayHold(tx, leg.initiatorId, leg.idempotencyKey, {
          payer,
          payee,
          amount: input.amount,
          expiresAt,
          memo: leg.memo,
        });
        if (original) return original;
      }
      const hold: Hold = {
        id: this.core.platform.ids.next(),
        assetId: input.assetId,
        payerAccountId: payer,
        payeeAccountId: payee,
        escrowAccountId: escrow,
        amount: input.amount,
        settledAmount: null,
        status: 'held',
        expiresAt,
        createdAt: now,
        resolvedAt: null,
      };
      await tx.insertInto('hold').values(hold).execute();
      await this.core.write(tx, [{ ...leg, holdId: hold.id }]);
      if (expiresAt !== null) {
        await this.core.platform.jobs.enqueue(tx, RELEASE_EXPIRED_HOLD_JOB, { holdId: hold.id }, { runAt: expiresAt });
      }
      return hold;
    });
  }

  private async replayHold(
    tx: Tx,
    initiatorId: string,
    key: string,
    wanted: { payer: string; payee: string; amount: number; expiresAt: number | null; memo: string | null },
  ): Promise<Hold | null> {
    const stored = await tx
      .selectFrom('transfer')
      .innerJoin('hold', 'hold.id', 'transfer.holdId')
      .selectAll('hold')
      .select(['transfer.kind as transferKind', 'transfer.memo as memo'])
      .where('transfer.initiatorId', '=', initiatorId)
      .where('transfer.idempotencyKey', '=', key)
      .executeTakeFirst();
    if (!stored) {
      if (
        await tx
          .selectFrom('transfer')
          .select('id')
          .where('initiatorId', '=', initiatorId)
          .where('idempotencyKey', '=', key)
          .executeTakeFirst()
      ) {
        throw refused('idempotency_conflict');
      }
      return null;
    }
    const { transferKind, memo, ...hold } = stored;
    const same =
      transferKind === 'hold' &&
      hold.payerAccountId === wanted.payer &&
      hold.payeeAccountId === wanted.payee &&
      hold.amount === wanted.amount &&
      hold.expiresAt === wanted.expiresAt &&
      memo === wanted.memo;
    if (!same) throw refused('idempotency_conflict');
    return hold;
  }

  /**
   * Settles an open, unexpired hold: the payee gets `amount` (default all), the payer the rest.
   * @throws unknown_hold (404), hold_resolved, hold_expired (409), invalid_input (amount),
   *   account_frozen, asset_frozen (the hold then stays open)
   */
  async settle(db: DbOrTx, holdId: string, options: SettleOptions = {}): Promise<{ hold: Hold; transfers: Transfer[] }> {
    if (options.amount !== undefined) assertAmount(options.amount);
    cleanMemo(options.memo);
    return this.core.inTx(db, async (tx) => {
      const hold = await this.get(tx, holdId);
      const amount = options.amount ?? hold.amount;
      if (amount > hold.amount) {
        throw new AppError('invalid_input', 400, {}, [{ path: 'amount', code: 'too_big', params: { maximum: hold.amount } }]);
      }
      const now = this.core.platform.clock.now();
      const claimed = await tx
        .updateTable('hold')
        .set({ status: 'settled', settledAmount: amount, resolvedAt: now })
        .where('id', '=', holdId)
        .where('status', '=', 'held')
        .where((eb) => eb.or([eb('expiresAt', 'is', null), eb('expiresAt', '>', now)]))
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) === 0) throw await this.whyUnresolvable(tx, holdId);
      const meta = { memo: options.memo ?? null, ...(options.initiatorId ? { initiatorId: options.initiatorId } : {}) };
      const base = { assetId: hold.assetId, debitAccountId: hold.escrowAccountId, holdId, idempotencyKey: null };
      const legs = [this.core.leg({ ...base, kind: 'settle', creditAccountId: hold.payeeAccountId, amount }, meta)];
      if (amount < hold.amount) {
        legs.push(
          this.core.leg(
            { ...base, kind: 'release', creditAccountId: hold.payerAccountId, amount: hold.amount - amount, force: true },
            meta,
          ),
        );
      }
      const transfers = await this.core.write(tx, legs);
      return { hold: { ...hold, status: 'settled', settledAmount: amount, resolvedAt: now }, transfers };
    });
  }

  /**
   * Returns an open hold to the payer (decline, cancel, expiry). Frozen accounts do not stop
   * it: the payer gets back what was theirs.
   * @throws unknown_hold (404), hold_resolved (409); with onlyIfExpired, null instead of refusing
   */
  async release(db: DbOrTx, holdId: string, options: ReleaseOptions = {}): Promise<{ hold: Hold; transfer: Transfer } | null> {
    cleanMemo(options.memo);
    const run = async (tx: Tx) => {
      const now = this.core.platform.clock.now();
      let query = tx.updateTable('hold').set({ status: 'released', resolvedAt: now }).where('id', '=', holdId).where('status', '=', 'held');
      if (options.onlyIfExpired) query = query.where('expiresAt', '<=', now);
      const claimed = await query.executeTakeFirst();
      if (Number(claimed.numUpdatedRows) === 0) {
        if (options.onlyIfExpired) return null;
        throw await this.whyUnresolvable(tx, holdId);
      }
      const hold = await this.get(tx, holdId);
      const meta = { memo: options.memo ?? null, ...(options.initiatorId ? { initiatorId: options.initiatorId } : {}) };
      const leg = this.core.leg(
        {
          kind: 'release',
          assetId: hold.assetId,
          debitAccountId: hold.escrowAccountId,
          creditAccountId: hold.payerAccountId,
          amount: hold.amount,
          holdId,
          force: true,
          idempotencyKey: null,
        },
        meta,
      );
      const [transfer] = await this.core.write(tx, [leg]);
      return { hold, transfer: transfer! };
    };
    return this.core.inTx(db, run);
  }

  /** @throws unknown_hold (404) */
  async get(db: DbOrTx, holdId: string): Promise<Hold> {
    const hold = await findHold(db, holdId);
    if (!hold) throw new AppError('unknown_hold', 404);
    return hold;
  }

  private async whyUnresolvable(tx: Tx, holdId: string): Promise<AppError> {
    const hold = await this.get(tx, holdId);
    if (hold.status !== 'held') return conflict('hold_resolved', { status: hold.status });
    return conflict('hold_expired');
  }
}
