import { createHash } from 'node:crypto';
import type { LedgerAssetAudit, LedgerAudit, LedgerCheck, LedgerMismatch } from '@hearth/contracts';
import { sql } from 'kysely';
import type { Platform } from '../../app/platform.js';
import type { Db, DbOrTx, Tx } from '../../db/database.js';
import { toIso } from '../../platform/clock.js';
import { chainHash, chainPayload } from './ledger.chain.js';
import { MAX_AMOUNT } from './ledger.types.js';

const PAGE = 5000;
const LISTED_MISMATCHES = 100;

interface Replayed {
  assetId: string;
  balance: number;
  version: number;
  head: string;
  lastId: string | null;
}

/**
 * The audit, in one snapshot (PostgreSQL REPEATABLE READ; on SQLite a transaction, which
 * holds the writer while it runs): one pass over every transfer in `seq` order replays each
 * account — balance, version numbers without gaps, and the hash chain — with memory per
 * account, not per transfer, and follows each account's history list. Then the cached rows are compared with the replay, and the
 * per-asset invariants checked: zero sum, floors, supply ≤ cap, escrow = open holds, and
 * that every reversal mirrors what it reverses.
 */
export async function auditLedger(db: DbOrTx, platform: Platform): Promise<LedgerAudit> {
  if (db.isTransaction) return runAudit(db as Tx, platform);
  const transaction = (db as Db).transaction();
  return (platform.dialect === 'postgres' ? transaction.setIsolationLevel('repeatable read') : transaction).execute((tx) =>
    runAudit(tx, platform),
  );
}

async function runAudit(tx: Tx, platform: Platform): Promise<LedgerAudit> {
  const mismatches: LedgerMismatch[] = [];
  let mismatchCount = 0;
  const flag = (
    check: LedgerCheck,
    where: { assetId?: string; accountId?: string; transferId?: string },
    expected: number | string | null,
    actual: number | string | null,
  ) => {
    mismatchCount += 1;
    if (mismatches.length < LISTED_MISMATCHES) {
      mismatches.push({
        check,
        assetId: where.assetId ?? null,
        accountId: where.accountId ?? null,
        transferId: where.transferId ?? null,
        expected,
        actual,
      });
    }
  };

  const assets = await tx.selectFrom('asset').select(['id', 'code', 'kind', 'supplyCap', 'frozen']).orderBy('id').execute();
  const accounts = await tx
    .selectFrom('account')
    .select(['id', 'assetId', 'kind', 'balance', 'minBalance', 'version', 'headHash', 'lastTransferId'])
    .orderBy('id')
    .execute();
  const replayed = new Map<string, Replayed>(
    accounts.map((a) => [a.id, { assetId: a.assetId, balance: 0, version: 0, head: '', lastId: null }]),
  );

  let transfers = 0;
  let after = 0;
  for (;;) {
    const page = await tx
      .selectFrom('transfer')
      .select([
        'seq',
        'id',
        'kind',
        'assetId',
        'debitAccountId',
        'creditAccountId',
        'amount',
        'reversalOf',
        'holdId',
        'createdAt',
        'debitVersion',
        'creditVersion',
        'debitHash',
        'creditHash',
        'debitPrevId',
        'creditPrevId',
      ])
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(PAGE)
      .execute();
    for (const t of page) {
      const payload = chainPayload(t);
      const sides = [
        { accountId: t.debitAccountId, version: Number(t.debitVersion), hash: t.debitHash, prevId: t.debitPrevId, delta: -t.amount },
        { accountId: t.creditAccountId, version: Number(t.creditVersion), hash: t.creditHash, prevId: t.creditPrevId, delta: t.amount },
      ];
      for (const side of sides) {
        const state = replayed.get(side.accountId)!;
        const where = { assetId: t.assetId, accountId: side.accountId, transferId: t.id };
        if (state.assetId !== t.assetId) flag('asset', where, state.assetId, t.assetId);
        if (side.version !== state.version + 1) flag('version', where, state.version + 1, side.version);
        state.head = chainHash(state.head, payload);
        if (state.head !== side.hash) {
          flag('chain', where, state.head, side.hash);
          state.head = side.hash;
        }
        if (side.prevId !== state.lastId) flag('history', where, state.lastId, side.prevId);
        state.lastId = t.id;
        state.version = side.version;
        state.balance += side.delta;
      }
    }
    transfers += page.length;
    if (page.length < PAGE) break;
    after = Number(page[page.length - 1]!.seq);
  }

  const escrowed = await tx
    .selectFrom('hold')
    .select(['escrowAccountId', sql<number>`cast(sum(amount) as bigint)`.as('total')])
    .where('status', '=', 'held')
    .groupBy('escrowAccountId')
    .execute();
  const heldIn = new Map(escrowed.map((e) => [e.escrowAccountId, Number(e.total)]));

  const perAsset = new Map(assets.map((a) => [a.id, { sum: 0, supply: 0, escrowed: 0, holders: 0, floor: 0 }]));
  const root = createHash('sha256');
  for (const account of accounts) {
    const state = replayed.get(account.id)!;
    const where = { assetId: account.assetId, accountId: account.id };
    const totals = perAsset.get(account.assetId)!;
    root.update(`${account.id}:${account.version}:${account.headHash}\n`);
    if (account.balance !== state.balance) flag('cached_balance', where, state.balance, account.balance);
    if (Number(account.version) !== state.version) flag('version', where, state.version, Number(account.version));
    if (account.headHash !== state.head) flag('head_hash', where, state.head, account.headHash);
    if (account.lastTransferId !== state.lastId) flag('history', where, state.lastId, account.lastTransferId);
    const floor = account.kind === 'issuance' ? account.minBalance : 0;
    if (account.balance < floor || account.minBalance < floor) flag('below_floor', where, floor, account.balance);
    totals.sum += account.balance;
    if (account.kind === 'issuance') {
      totals.supply = -account.balance;
      totals.floor = account.minBalance;
    }
    if (account.kind === 'wallet' && account.balance > 0) totals.holders += 1;
    if (account.kind === 'escrow') {
      const held = heldIn.get(account.id) ?? 0;
      totals.escrowed += account.balance;
      if (held !== account.balance) flag('escrow_holds', where, held, account.balance);
    }
  }
  const kinds = new Map(accounts.map((a) => [a.id, a.kind]));
  for (const [accountId, held] of heldIn) if (kinds.get(accountId) !== 'escrow') flag('escrow_holds', { accountId }, 0, held);

  const assetReports: LedgerAssetAudit[] = assets.map((asset) => {
    const totals = perAsset.get(asset.id)!;
    const where = { assetId: asset.id };
    if (totals.sum !== 0) flag('zero_sum', where, 0, totals.sum);
    if (asset.supplyCap !== null && totals.supply > asset.supplyCap) flag('supply_cap', where, asset.supplyCap, totals.supply);
    if (totals.floor !== -(asset.supplyCap ?? MAX_AMOUNT)) flag('supply_cap', where, -(asset.supplyCap ?? MAX_AMOUNT), totals.floor);
    return {
      assetId: asset.id,
      code: asset.code,
      kind: asset.kind,
      supply: totals.supply,
      supplyCap: asset.supplyCap,
      sumOfBalances: totals.sum,
      escrowed: totals.escrowed,
      holders: totals.holders,
      frozen: asset.frozen === 1,
    };
  });

  await checkReversals(tx, flag);

  return {
    ok: mismatchCount === 0,
    checkedAt: toIso(platform.clock.now()),
    transfers,
    accounts: accounts.length,
    root: root.digest('hex'),
    assets: assetReports,
    mismatches,
    mismatchCount,
  };
}

type Flag = (
  check: LedgerCheck,
  where: { assetId?: string; accountId?: string; transferId?: string },
  expected: number | string | null,
  actual: number | string | null,
) => void;

/** Each reversal: kind `reversal`, later than its original, same asset and amount, accounts swapped (a settle goes back to the hold's payer). */
async function checkReversals(tx: Tx, flag: Flag): Promise<void> {
  const rows = await tx
    .selectFrom('transfer as r')
    .innerJoin('transfer as o', 'o.id', 'r.reversalOf')
    .leftJoin('hold as h', 'h.id', 'o.holdId')
    .select([
      'r.id as id',
      'r.seq as seq',
      'r.kind as kind',
      'r.assetId as assetId',
      'r.amount as amount',
      'r.debitAccountId as debitAccountId',
      'r.creditAccountId as creditAccountId',
      'o.seq as originalSeq',
      'o.kind as originalKind',
      'o.assetId as originalAssetId',
      'o.amount as originalAmount',
      'o.debitAccountId as originalDebit',
      'o.creditAccountId as originalCredit',
      'h.payerAccountId as payerAccountId',
    ])
    .execute();
  for (const r of rows) {
    const where = { assetId: r.assetId, transferId: r.id };
    const expectedCredit = r.originalKind === 'settle' ? r.payerAccountId : r.originalDebit;
    if (r.kind !== 'reversal' || Number(r.seq) <= Number(r.originalSeq)) flag('reversal', where, 'reversal', r.kind);
    if (r.assetId !== r.originalAssetId || r.amount !== r.originalAmount) flag('reversal', where, r.originalAmount, r.amount);
    if (r.debitAccountId !== r.originalCredit) flag('reversal', where, r.originalCredit, r.debitAccountId);
    if (r.creditAccountId !== expectedCredit) flag('reversal', where, expectedCredit, r.creditAccountId);
  }
  const orphans = await tx
    .selectFrom('transfer')
    .select(['id', 'assetId'])
    .where('kind', '=', 'reversal')
    .where('reversalOf', 'is', null)
    .execute();
  for (const o of orphans) flag('reversal', { assetId: o.assetId, transferId: o.id }, 'reversal_of', null);
}
