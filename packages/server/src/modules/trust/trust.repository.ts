import type { Selectable } from 'kysely';
import type { DbOrTx } from '../../db/database.js';
import type { TrustLevelTable, TrustSettingsTable } from '../../db/schema/trust-tables.js';

export type TrustLevelRow = Selectable<TrustLevelTable>;
export type TrustSettingsRow = Selectable<TrustSettingsTable>;

export async function findLevel(db: DbOrTx, memberId: string): Promise<TrustLevelRow | undefined> {
  return db.selectFrom('trustLevel').selectAll().where('memberId', '=', memberId).executeTakeFirst();
}

export async function findLevels(db: DbOrTx, memberIds: readonly string[]): Promise<TrustLevelRow[]> {
  if (memberIds.length === 0) return [];
  return db
    .selectFrom('trustLevel')
    .selectAll()
    .where('memberId', 'in', [...memberIds])
    .execute();
}

/** Stores freshly computed numbers; a lock already there stays as it is. */
export async function saveComputed(
  db: DbOrTx,
  row: Omit<TrustLevelRow, 'lockedLevel' | 'lockReason' | 'lockedBy' | 'lockedAt'>,
): Promise<void> {
  const { memberId: _id, ...values } = row;
  await db
    .insertInto('trustLevel')
    .values({ ...row, lockedLevel: null, lockReason: null, lockedBy: null, lockedAt: null })
    .onConflict((oc) => oc.column('memberId').doUpdateSet(values))
    .execute();
}

/** Sets or clears an admin's lock (the row exists: the service computes before it locks). */
export async function saveLock(
  db: DbOrTx,
  memberId: string,
  lock: { lockedLevel: number | null; lockReason: string | null; lockedBy: string | null; lockedAt: number | null },
): Promise<void> {
  await db.updateTable('trustLevel').set(lock).where('memberId', '=', memberId).execute();
}

/** Makes every cached level stale (the thresholds changed): each is recomputed when next needed. */
export async function markAllStale(db: DbOrTx): Promise<void> {
  await db.updateTable('trustLevel').set({ computedAt: -1 }).execute();
}

/** Members with a cached level, by id, after `afterId` (the daily sweep's pages). */
export async function memberIdsAfter(db: DbOrTx, afterId: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('trustLevel')
    .select('memberId')
    .where('memberId', '>', afterId)
    .orderBy('memberId')
    .limit(limit)
    .execute();
  return rows.map((r) => r.memberId);
}

export async function findSettings(db: DbOrTx): Promise<TrustSettingsRow | undefined> {
  return db.selectFrom('trustSettings').selectAll().where('id', '=', 1).executeTakeFirst();
}

export async function saveSettings(db: DbOrTx, row: TrustSettingsRow): Promise<void> {
  const { id: _id, ...values } = row;
  await db
    .insertInto('trustSettings')
    .values(row)
    .onConflict((oc) => oc.column('id').doUpdateSet(values))
    .execute();
}
