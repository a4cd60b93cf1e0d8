import type { Platform } from '../../app/platform.js';
import { withTransaction, type DbOrTx, type Tx } from '../../db/database.js';
import { invalid, refused } from '../../platform/errors/app-error.js';
import { LedgerAccounts } from './ledger.accounts.js';
import { cleanMemo, isRetryableRace, translateDbError } from './ledger.errors.js';
import { SYSTEM_INITIATOR, type Transfer, type TransferMeta } from './ledger.types.js';
import type { StatementTarget } from './ledger.statements.js';
import { findByKey, isSameMovement, writeLegs, type Leg } from './ledger.write.js';

/** What the ledger's operations share: transactions, accounts, legs and idempotent replay. */
export class LedgerCore {
  readonly accounts: LedgerAccounts;

  constructor(readonly platform: Platform) {
    this.accounts = new LedgerAccounts(platform.clock, platform.ids);
  }

  /**
   * Runs `work` in the caller's transaction, or in its own. In its own it runs again when
   * an identical retry committed in between (PostgreSQL: the unique index made this one
   * wait, then refused it), so the retry is replayed instead of failing. Database refusals
   * the ledger expects become AppErrors either way.
   */
  async inTx<T>(db: DbOrTx, work: (tx: Tx) => Promise<T>): Promise<T> {
    if (db.isTransaction) {
      try {
        return await work(db as Tx);
      } catch (error) {
        throw translateDbError(error);
      }
    }
    for (let attempt = 0; ; attempt++) {
      try {
        return await withTransaction(db, work);
      } catch (error) {
        if (attempt < 3 && isRetryableRace(error)) continue;
        throw translateDbError(error);
      }
    }
  }

  /** A leg with its id, time, initiator and cleaned annotations. */
  leg(
    fields: Pick<Leg, 'kind' | 'assetId' | 'debitAccountId' | 'creditAccountId' | 'amount'> &
      Partial<Pick<Leg, 'reversalOf' | 'holdId' | 'force' | 'idempotencyKey'>>,
    meta: TransferMeta,
  ): Leg {
    const idempotencyKey = fields.idempotencyKey !== undefined ? fields.idempotencyKey : (meta.idempotencyKey ?? null);
    if (idempotencyKey !== null && (typeof idempotencyKey !== 'string' || idempotencyKey.length === 0 || idempotencyKey.length > 300)) {
      throw invalid('idempotencyKey', 'invalid_format');
    }
    return {
      id: this.platform.ids.next(),
      kind: fields.kind,
      assetId: fields.assetId,
      debitAccountId: fields.debitAccountId,
      creditAccountId: fields.creditAccountId,
      amount: fields.amount,
      memo: cleanMemo(meta.memo),
      initiatorId: meta.initiatorId ?? SYSTEM_INITIATOR,
      idempotencyKey,
      reversalOf: fields.reversalOf ?? null,
      holdId: fields.holdId ?? null,
      force: fields.force ?? false,
      createdAt: this.platform.clock.now(),
    };
  }

  /**
   * The original transfer when `leg` retries a keyed one, else null.
   * @throws idempotency_conflict when the key was used for another movement
   */
  async replay(tx: Tx, leg: Leg): Promise<Transfer | null> {
    if (leg.idempotencyKey == null) return null;
    const stored = await findByKey(this.target(tx), leg.initiatorId, leg.idempotencyKey);
    if (!stored) return null;
    if (!isSameMovement(stored, leg)) throw conflictingKey();
    return stored;
  }

  write(tx: Tx, legs: Leg[]): Promise<Transfer[]> {
    return writeLegs(this.target(tx), legs);
  }

  /** The transaction and, on SQLite, the raw connection it holds (ledger.statements.ts). */
  target(tx: Tx): StatementTarget {
    return { tx, sqlite: this.platform.dbHandle.sqlite };
  }

  /** Writes one leg unless it replays; the written or original transfer. */
  async writeOne(tx: Tx, leg: Leg): Promise<Transfer> {
    const original = await this.replay(tx, leg);
    if (original) return original;
    const [written] = await this.write(tx, [leg]);
    return written!;
  }
}

/** 422: the key was used for another movement (API.md: key reuse with another body). */
export const conflictingKey = () => refused('idempotency_conflict');
