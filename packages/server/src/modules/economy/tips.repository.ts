import { sql } from 'kysely';
import type { DbOrTx } from '../../db/database.js';
import type { TipTable } from '../../db/schema/economy-tables.js';

export type TipRow = TipTable;

export async function insertTip(db: DbOrTx, row: TipRow): Promise<void> {
  await db.insertInto('tip').values(row).execute();
}

export async function tipsByTransfer(db: DbOrTx, transferIds: readonly string[]): Promise<Map<string, TipRow>> {
  if (transferIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('tip')
    .selectAll()
    .where('transferId', 'in', [...new Set(transferIds)])
    .execute();
  return new Map(rows.map((r) => [r.transferId, r]));
}

/**
 * Adds `amount` to a day's tally unless that takes it beyond `cap`, in one statement: on
 * PostgreSQL a concurrent tip waits for the row and re-checks, so two cannot both slip under.
 * Returns false (nothing written) when the cap would be passed.
 */
export async function addToTally(
  db: DbOrTx,
  key: { tipperId: string; recipientKey: string; assetId: string; day: number },
  amount: number,
  cap: number,
): Promise<boolean> {
  if (amount > cap) return false;
  const result = await db
    .insertInto('tipTally')
    .values({ ...key, amount })
    .onConflict((oc) =>
      oc
        .columns(['tipperId', 'recipientKey', 'assetId', 'day'])
        .doUpdateSet({ amount: sql<number>`tip_tally.amount + excluded.amount` })
        .where(sql<number>`tip_tally.amount + excluded.amount`, '<=', cap),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** What a member tipped today, per asset (their overall tallies). */
export async function tippedToday(db: DbOrTx, tipperId: string, day: number): Promise<{ assetId: string; amount: number }[]> {
  return db
    .selectFrom('tipTally')
    .select(['assetId', 'amount'])
    .where('tipperId', '=', tipperId)
    .where('recipientKey', '=', '*')
    .where('day', '=', day)
    .execute();
}

export async function tallyOf(db: DbOrTx, key: { tipperId: string; recipientKey: string; assetId: string; day: number }): Promise<number> {
  const row = await db
    .selectFrom('tipTally')
    .select('amount')
    .where('tipperId', '=', key.tipperId)
    .where('recipientKey', '=', key.recipientKey)
    .where('assetId', '=', key.assetId)
    .where('day', '=', key.day)
    .executeTakeFirst();
  return row?.amount ?? 0;
}

/** Totals per target and asset, with how many tips. */
export async function totalsOf(db: DbOrTx, kind: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('tip')
    .select(['targetId', 'assetId', (eb) => eb.fn.sum<number>('amount').as('amount'), (eb) => eb.fn.countAll<number>().as('count')])
    .where('targetKind', '=', kind as TipRow['targetKind'])
    .where('targetId', 'in', ids)
    .groupBy(['targetId', 'assetId'])
    .execute();
}

/** Per target, what each tipper gave in all (every asset counted one for one); the caller ranks them. */
export async function supportersOf(db: DbOrTx, kind: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('tip')
    .select(['targetId', 'tipperId', (eb) => eb.fn.sum<number>('amount').as('amount')])
    .where('targetKind', '=', kind as TipRow['targetKind'])
    .where('targetId', 'in', ids)
    .where('tipperId', 'is not', null)
    .groupBy(['targetId', 'tipperId'])
    .execute();
}
