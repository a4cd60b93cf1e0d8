import { sql } from 'kysely';
import type { DbOrTx } from '../../../db/database.js';
import type { PointsAwardTable } from '../../../db/schema/earning-tables.js';

export type AwardRow = PointsAwardTable;

/** Records an award unless one exists for the same rule and act; true when this call made it. */
export async function insertAwardOnce(db: DbOrTx, row: AwardRow): Promise<boolean> {
  const result = await db
    .insertInto('pointsAward')
    .values(row)
    .onConflict((oc) => oc.columns(['rule', 'actKey']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function findAward(db: DbOrTx, id: string): Promise<AwardRow | undefined> {
  return db.selectFrom('pointsAward').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findAwardByAct(db: DbOrTx, rule: string, actKey: string): Promise<AwardRow | undefined> {
  return db.selectFrom('pointsAward').selectAll().where('rule', '=', rule).where('actKey', '=', actKey).executeTakeFirst();
}

/** Awards still standing (pending or settled) for a thread or comment. */
export async function liveAwardsForSubject(db: DbOrTx, kind: string, id: string): Promise<AwardRow[]> {
  return db
    .selectFrom('pointsAward')
    .selectAll()
    .where('subjectKind', '=', kind)
    .where('subjectId', '=', id)
    .where('status', 'in', ['pending', 'settled'])
    .execute();
}

/**
 * Moves an award from one status to the next, only if it is still in `from`: of two racing
 * resolutions (the settle job and an undo) exactly one claims it.
 */
export async function claimAward(db: DbOrTx, id: string, from: AwardRow['status'], change: Partial<AwardRow>): Promise<boolean> {
  const result = await db.updateTable('pointsAward').set(change).where('id', '=', id).where('status', '=', from).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Takes up to `wanted` from the member's daily allowance of a rule and returns what it got
 * (0 when the cap is reached). Each step is one conditional upsert, so on PostgreSQL two
 * awards racing for the last points cannot both get them.
 */
export async function takeFromCap(
  db: DbOrTx,
  key: { memberId: string; rule: string; day: number },
  wanted: number,
  cap: number,
): Promise<number> {
  const add = async (amount: number) => {
    const result = await db
      .insertInto('earningTally')
      .values({ ...key, amount })
      .onConflict((oc) =>
        oc
          .columns(['memberId', 'rule', 'day'])
          .doUpdateSet({ amount: sql<number>`earning_tally.amount + excluded.amount` })
          .where(sql<number>`earning_tally.amount + excluded.amount`, '<=', cap),
      )
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  };
  if (wanted <= cap && (await add(wanted))) return wanted;
  const used = await tallyOf(db, key);
  const left = Math.min(wanted, cap - used);
  if (left <= 0) return 0;
  return (await add(left)) ? left : 0;
}

/** Gives back what a cancelled award took from its day's allowance. */
export async function returnToCap(db: DbOrTx, key: { memberId: string; rule: string; day: number }, amount: number): Promise<void> {
  await db
    .updateTable('earningTally')
    .set((eb) => ({ amount: eb('amount', '-', amount) }))
    .where('memberId', '=', key.memberId)
    .where('rule', '=', key.rule)
    .where('day', '=', key.day)
    .where('amount', '>=', amount)
    .execute();
}

export async function tallyOf(db: DbOrTx, key: { memberId: string; rule: string; day: number }): Promise<number> {
  const row = await db
    .selectFrom('earningTally')
    .select('amount')
    .where('memberId', '=', key.memberId)
    .where('rule', '=', key.rule)
    .where('day', '=', key.day)
    .executeTakeFirst();
  return Number(row?.amount ?? 0);
}

/** The member's pending awards, newest first, and their total. */
export async function pendingOf(db: DbOrTx, memberId: string, limit = 20): Promise<{ total: number; items: AwardRow[] }> {
  const [sum, items] = await Promise.all([
    db
      .selectFrom('pointsAward')
      .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amount'), eb.lit(0)).as('total'))
      .where('memberId', '=', memberId)
      .where('status', '=', 'pending')
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('pointsAward')
      .selectAll()
      .where('memberId', '=', memberId)
      .where('status', '=', 'pending')
      .orderBy('createdAt', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute(),
  ]);
  return { total: Number(sum.total), items };
}
