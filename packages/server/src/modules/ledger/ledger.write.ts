import { sql } from 'kysely';
import type SqliteDatabase from 'better-sqlite3';
import type { Tx } from '../../db/database.js';
import { AppError, refused } from '../../platform/errors/app-error.js';
import { chainPayload } from './ledger.chain.js';
import { ledgerStatement, type StatementTarget } from './ledger.statements.js';
import { MAX_AMOUNT, TRANSFER_COLUMNS, type Transfer } from './ledger.types.js';

/** One transfer about to be written, every account resolved. */
export interface Leg {
  id: string;
  kind: string;
  assetId: string;
  debitAccountId: string;
  creditAccountId: string;
  amount: number;
  memo: string | null;
  initiatorId: string;
  idempotencyKey: string | null;
  reversalOf: string | null;
  holdId: string | null;
  createdAt: number;
  /**
   * Skips the frozen checks (of the asset and both accounts): corrections and returns of a
   * payer's own funds still reach a frozen account. The floors hold regardless.
   */
  force: boolean;
}

/**
 * One side of a leg: `transferId` becomes the account's newest transfer; `ceiling` is the
 * most the balance may be before a credit (2^53 − 1 − amount; an issuance account never
 * rises above zero, so `issuanceCeiling` is −amount).
 */
type Side = { id: string; assetId: string; amount: number; payload: string; transferId: string; ceiling: number; issuanceCeiling: number };
type SideResult = { version: number; headHash: string; prevTransferId: string | null };

// The hot path: one conditional UPDATE per account — the floor or ceiling check, the version,
// the hash chain and the history list's head in one statement — and one INSERT, each
// compiled once (ledger.statements.ts). SET reads the row as it was, so `prev_transfer_id`
// takes the old head, which RETURNING then hands back for the transfer's link.
function balanceUpdate(direction: 'debit' | 'credit', checked: boolean) {
  return ledgerStatement<Side>()((db, p) => {
    let query = db
      .updateTable('account')
      .set((eb) => ({
        balance: eb('balance', direction === 'debit' ? '-' : '+', p.amount),
        version: eb('version', '+', 1),
        headHash: sql<string>`hearth_chain_hash(head_hash, ${p.payload})`,
        prevTransferId: eb.ref('lastTransferId'),
        lastTransferId: p.transferId,
      }))
      .where('id', '=', p.id)
      .where('assetId', '=', p.assetId);
    query =
      direction === 'debit'
        ? query.where((eb) => eb(eb('balance', '-', p.amount), '>=', eb.ref('minBalance')))
        : query.where((eb) =>
            eb.and([eb('balance', '<=', p.ceiling), eb.or([eb('kind', '<>', 'issuance'), eb('balance', '<=', p.issuanceCeiling)])]),
          );
    if (checked) query = query.where('frozen', '=', 0);
    if (checked && direction === 'debit') {
      query = query.where((eb) =>
        eb.not(
          eb.exists(eb.selectFrom('asset').select(sql.lit(1).as('one')).where('asset.id', '=', p.assetId).where('asset.frozen', '=', 1)),
        ),
      );
    }
    return query.returning(['version', 'headHash', 'prevTransferId']);
  });
}

const debitChecked = balanceUpdate('debit', true);
const debitForced = balanceUpdate('debit', false);
const creditChecked = balanceUpdate('credit', true);
const creditForced = balanceUpdate('credit', false);

type TransferValues = Omit<Leg, 'force'> & {
  debitVersion: number;
  creditVersion: number;
  debitHash: string;
  creditHash: string;
  debitPrevId: string | null;
  creditPrevId: string | null;
};

const insertTransfer = ledgerStatement<TransferValues>()((db, p) =>
  db
    .insertInto('transfer')
    .values({
      id: p.id,
      kind: p.kind,
      assetId: p.assetId,
      debitAccountId: p.debitAccountId,
      creditAccountId: p.creditAccountId,
      amount: p.amount,
      memo: p.memo,
      initiatorId: p.initiatorId,
      idempotencyKey: p.idempotencyKey,
      reversalOf: p.reversalOf,
      holdId: p.holdId,
      createdAt: p.createdAt,
      debitVersion: p.debitVersion,
      creditVersion: p.creditVersion,
      debitHash: p.debitHash,
      creditHash: p.creditHash,
      debitPrevId: p.debitPrevId,
      creditPrevId: p.creditPrevId,
    })
    .returning('seq'),
);

const byKey = ledgerStatement<{ initiatorId: string; key: string }>()((db, p) =>
  db.selectFrom('transfer').select(TRANSFER_COLUMNS).where('initiatorId', '=', p.initiatorId).where('idempotencyKey', '=', p.key),
);

/** The transfer an initiator made with an idempotency key, if any. */
export async function findByKey(target: StatementTarget, initiatorId: string, key: string): Promise<Transfer | undefined> {
  return byKey.run(target, { initiatorId, key });
}

/** Whether a stored transfer is the movement a retry asks for (TigerBeetle's `exists` vs `exists_with_different_*`). */
export function isSameMovement(stored: Transfer, leg: Leg): boolean {
  return (
    stored.kind === leg.kind &&
    stored.assetId === leg.assetId &&
    stored.debitAccountId === leg.debitAccountId &&
    stored.creditAccountId === leg.creditAccountId &&
    stored.amount === leg.amount &&
    stored.memo === leg.memo &&
    stored.reversalOf === leg.reversalOf
  );
}

/**
 * Writes legs in the caller's transaction: all or none. Every account row is taken in one
 * global order (ascending id, byte-wise), so transactions that touch the same accounts queue
 * behind each other instead of deadlocking: a single leg updates its two accounts in that
 * order; several legs on PostgreSQL lock all their accounts first with one
 * `SELECT … ORDER BY id COLLATE "C" FOR UPDATE`. SQLite has one writer, so order is moot there.
 * @throws insufficient_balance, supply_cap_reached, balance_overflow, asset_frozen,
 *   account_frozen, asset_mismatch, unknown_account, unknown_asset (the transaction must then roll back)
 */
export async function writeLegs(target: StatementTarget, legs: Leg[]): Promise<Transfer[]> {
  const written: Transfer[] = [];
  const { sqlite, tx } = target;
  if (sqlite) {
    for (const leg of legs) {
      const outcome = writeLegSync(sqlite, tx, leg);
      if (typeof outcome === 'string') throw await diagnose(tx, leg, outcome);
      written.push(outcome);
    }
    return written;
  }
  if (legs.length > 1) {
    const ids = [...new Set(legs.flatMap((l) => [l.debitAccountId, l.creditAccountId]))];
    await sql`select id from account where id in (${sql.join(ids)}) order by id collate "C" for update`.execute(tx);
  }
  for (const leg of legs) {
    const outcome = await writeLegAsync(target, leg);
    if (typeof outcome === 'string') throw await diagnose(tx, leg, outcome);
    written.push(outcome);
  }
  return written;
}

type SideName = 'debit' | 'credit';

/** The two sides in lock order (ascending account id), with their statement and parameters. */
function sidesOf(leg: Leg) {
  const payload = chainPayload(leg);
  const side = (name: SideName) => ({
    name,
    statement: name === 'debit' ? (leg.force ? debitForced : debitChecked) : leg.force ? creditForced : creditChecked,
    params: {
      id: name === 'debit' ? leg.debitAccountId : leg.creditAccountId,
      assetId: leg.assetId,
      amount: leg.amount,
      payload,
      transferId: leg.id,
      ceiling: MAX_AMOUNT - leg.amount,
      issuanceCeiling: -leg.amount,
    },
  });
  return leg.debitAccountId < leg.creditAccountId ? [side('debit'), side('credit')] : [side('credit'), side('debit')];
}

function insertValues(leg: Leg, d: SideResult, c: SideResult): TransferValues {
  // Spelled out: a rest/spread copy of the leg costs as much as a statement here.
  return {
    id: leg.id,
    kind: leg.kind,
    assetId: leg.assetId,
    debitAccountId: leg.debitAccountId,
    creditAccountId: leg.creditAccountId,
    amount: leg.amount,
    memo: leg.memo,
    initiatorId: leg.initiatorId,
    idempotencyKey: leg.idempotencyKey,
    reversalOf: leg.reversalOf,
    holdId: leg.holdId,
    createdAt: leg.createdAt,
    debitVersion: Number(d.version),
    creditVersion: Number(c.version),
    debitHash: d.headHash,
    creditHash: c.headHash,
    debitPrevId: d.prevTransferId,
    creditPrevId: c.prevTransferId,
  };
}

function toTransfer(leg: Leg, seq: number): Transfer {
  return {
    id: leg.id,
    seq,
    kind: leg.kind,
    assetId: leg.assetId,
    debitAccountId: leg.debitAccountId,
    creditAccountId: leg.creditAccountId,
    amount: leg.amount,
    memo: leg.memo,
    initiatorId: leg.initiatorId,
    reversalOf: leg.reversalOf,
    holdId: leg.holdId,
    createdAt: leg.createdAt,
  };
}

/**
 * SQLite: the leg's three statements synchronously on the connection its transaction holds
 * (no promise per statement). Returns the transfer, or the side whose update matched no row.
 */
function writeLegSync(sqlite: SqliteDatabase.Database, tx: Tx, leg: Leg): Transfer | SideName {
  const results: Partial<Record<SideName, SideResult>> = {};
  for (const side of sidesOf(leg)) {
    const row = side.statement.runSync(sqlite, tx, side.params);
    if (!row) return side.name;
    results[side.name] = row;
  }
  const inserted = insertTransfer.runSync(sqlite, tx, insertValues(leg, results.debit!, results.credit!));
  return toTransfer(leg, Number(inserted?.seq));
}

/** PostgreSQL: the same statements, each a round trip on the transaction's connection. */
async function writeLegAsync(target: StatementTarget, leg: Leg): Promise<Transfer | SideName> {
  const results: Partial<Record<SideName, SideResult>> = {};
  for (const side of sidesOf(leg)) {
    const row = await side.statement.run(target, side.params);
    if (!row) return side.name;
    results[side.name] = row;
  }
  const inserted = await insertTransfer.run(target, insertValues(leg, results.debit!, results.credit!));
  return toTransfer(leg, Number(inserted?.seq));
}

/** Why a conditional update matched no row (only on the refusal path, so it may cost reads). */
async function diagnose(tx: Tx, leg: Leg, side: 'debit' | 'credit'): Promise<AppError> {
  const accountId = side === 'debit' ? leg.debitAccountId : leg.creditAccountId;
  const account = await tx.selectFrom('account').select(['assetId', 'kind', 'frozen']).where('id', '=', accountId).executeTakeFirst();
  if (!account) return new AppError('unknown_account', 404);
  const asset = await tx.selectFrom('asset').select('frozen').where('id', '=', leg.assetId).executeTakeFirst();
  if (!asset) return new AppError('unknown_asset', 404);
  if (account.assetId !== leg.assetId) return refused('asset_mismatch');
  if (!leg.force && side === 'debit' && asset.frozen) return refused('asset_frozen');
  if (!leg.force && account.frozen) return refused('account_frozen');
  // More coming back to an issuance account than is outstanding: the payer cannot hold it.
  if (side === 'credit') return refused(account.kind === 'issuance' ? 'insufficient_balance' : 'balance_overflow');
  return refused(account.kind === 'issuance' ? 'supply_cap_reached' : 'insufficient_balance');
}
