import type { DbOrTx } from '../../../db/database.js';
import type { CheckinTable } from '../../../db/schema/earning-tables.js';

export type CheckinRow = CheckinTable;

/** True when this call made the day's row (a second check-in the same day finds it taken). */
export async function insertCheckinOnce(db: DbOrTx, row: CheckinRow): Promise<boolean> {
  const result = await db
    .insertInto('checkin')
    .values(row)
    .onConflict((oc) => oc.columns(['memberId', 'day']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function findCheckin(db: DbOrTx, memberId: string, day: number): Promise<CheckinRow | undefined> {
  return db.selectFrom('checkin').selectAll().where('memberId', '=', memberId).where('day', '=', day).executeTakeFirst();
}

export async function checkinsBetween(db: DbOrTx, memberId: string, first: number, last: number): Promise<CheckinRow[]> {
  return db
    .selectFrom('checkin')
    .selectAll()
    .where('memberId', '=', memberId)
    .where('day', '>=', first)
    .where('day', '<=', last)
    .orderBy('day')
    .execute();
}

/**
 * Renumbers the streaks from `day` on after a made-up day filled a gap: each following
 * consecutive day's streak is its predecessor's plus one.
 */
export async function restreakFrom(db: DbOrTx, memberId: string, day: number): Promise<void> {
  const before = await findCheckin(db, memberId, day - 1);
  let streak = before?.streak ?? 0;
  const rows = await db
    .selectFrom('checkin')
    .select(['day'])
    .where('memberId', '=', memberId)
    .where('day', '>=', day)
    .orderBy('day')
    .execute();
  let expected = day;
  for (const row of rows) {
    if (row.day !== expected) break;
    streak += 1;
    await db.updateTable('checkin').set({ streak }).where('memberId', '=', memberId).where('day', '=', row.day).execute();
    expected += 1;
  }
}
