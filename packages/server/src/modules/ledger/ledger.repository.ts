import { sql, type Selectable } from 'kysely';
import type { DbOrTx } from '../../db/database.js';
import type { AccountTable, AssetTable } from '../../db/schema/ledger-tables.js';
import { TRANSFER_COLUMNS, type Account, type Asset, type Hold, type Transfer } from './ledger.types.js';

export type AssetRow = Selectable<AssetTable>;

export function toAsset(row: AssetRow): Asset {
  const { frozen, mintDay: _day, mintedToday: _minted, ...rest } = row;
  return { ...rest, frozen: frozen === 1 };
}

export function toAccount(row: Selectable<AccountTable>): Account {
  const { prevTransferId: _scratch, ...rest } = row;
  return { ...rest, frozen: row.frozen === 1 };
}

export async function findAsset(db: DbOrTx, id: string): Promise<AssetRow | undefined> {
  return db.selectFrom('asset').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findPointsAsset(db: DbOrTx): Promise<AssetRow | undefined> {
  return db.selectFrom('asset').selectAll().where('kind', '=', 'points').executeTakeFirst();
}

export async function findAssetByCode(db: DbOrTx, code: string): Promise<AssetRow | undefined> {
  return db.selectFrom('asset').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function findChipOf(db: DbOrTx, issuerMemberId: string): Promise<AssetRow | undefined> {
  return db.selectFrom('asset').selectAll().where('issuerMemberId', '=', issuerMemberId).executeTakeFirst();
}

export async function findAccount(db: DbOrTx, id: string): Promise<Account | undefined> {
  const row = await db.selectFrom('account').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toAccount(row);
}

export async function findAccounts(db: DbOrTx, ids: readonly string[]): Promise<Account[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('account')
    .selectAll()
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return rows.map(toAccount);
}

export async function findAssets(db: DbOrTx, ids: readonly string[]): Promise<Asset[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('asset')
    .selectAll()
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return rows.map(toAsset);
}

/** A member's wallets (one per asset they ever held) with their assets. */
export async function findWalletsOf(db: DbOrTx, memberId: string): Promise<{ account: Account; asset: Asset }[]> {
  const accounts = await db.selectFrom('account').selectAll().where('ownerMemberId', '=', memberId).where('kind', '=', 'wallet').execute();
  const assets = new Map(
    (
      await findAssets(
        db,
        accounts.map((a) => a.assetId),
      )
    ).map((a) => [a.id, a]),
  );
  return accounts.map((row) => ({ account: toAccount(row), asset: assets.get(row.assetId)! }));
}

export async function findTransfer(db: DbOrTx, id: string): Promise<Transfer | undefined> {
  return db.selectFrom('transfer').select(TRANSFER_COLUMNS).where('id', '=', id).executeTakeFirst();
}

export async function findReversalOf(db: DbOrTx, transferId: string): Promise<string | undefined> {
  const row = await db.selectFrom('transfer').select('id').where('reversalOf', '=', transferId).executeTakeFirst();
  return row?.id;
}

export async function findHold(db: DbOrTx, id: string): Promise<Hold | undefined> {
  return db.selectFrom('hold').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Up to `limit` transfers of an account, newest first, from `fromId` down its history list
 * (each transfer names the account's previous one), in one recursive query on both engines.
 * Also returns the id after the page, or null at the account's first transfer.
 */
export async function historyPage(
  db: DbOrTx,
  accountId: string,
  fromId: string,
  limit: number,
): Promise<{ items: (Transfer & { debitPrevId: string | null; creditPrevId: string | null })[]; next: string | null }> {
  const { rows } = await sql<Transfer & { debitPrevId: string | null; creditPrevId: string | null; depth: number }>`
    with recursive chain (id, depth) as (
      select cast(${fromId} as text), 0
      union all
      select case when t.debit_account_id = ${accountId} then t.debit_prev_id else t.credit_prev_id end, chain.depth + 1
      from chain join transfer t on t.id = chain.id
      where chain.depth + 1 < ${limit}
        and (t.debit_account_id = ${accountId} or t.credit_account_id = ${accountId})
    )
    select t.seq, t.id, t.kind, t.asset_id, t.debit_account_id, t.credit_account_id, t.amount, t.memo, t.initiator_id,
      t.reversal_of, t.hold_id, t.created_at, t.debit_prev_id, t.credit_prev_id, chain.depth
    from chain join transfer t on t.id = chain.id
    where t.debit_account_id = ${accountId} or t.credit_account_id = ${accountId}
    order by chain.depth
  `.execute(db);
  const items = rows.slice(0, limit).map(({ depth: _depth, ...row }) => row);
  const last = items[items.length - 1];
  const next = items.length < limit || !last ? null : last.debitAccountId === accountId ? last.debitPrevId : last.creditPrevId;
  return { items, next };
}
