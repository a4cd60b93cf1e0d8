import type { DbOrTx } from '../../db/database.js';

/** Member counts per tier id (tiers nobody is in are absent). */
export async function countMembersByTier(db: DbOrTx): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('member')
    .select(['tierId', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('tierId')
    .execute();
  return new Map(rows.map((r) => [r.tierId, Number(r.n)]));
}

export async function countMembersInTier(db: DbOrTx, tierId: string): Promise<number> {
  const row = await db
    .selectFrom('member')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('tierId', '=', tierId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function highestTierRank(db: DbOrTx): Promise<number | null> {
  const row = await db
    .selectFrom('tier')
    .select((eb) => eb.fn.max<number | null>('rank').as('top'))
    .executeTakeFirst();
  return row?.top ?? null;
}

/** Makes `id` the one default tier (where new members start). */
export async function setDefaultTier(db: DbOrTx, id: string): Promise<void> {
  await db.updateTable('tier').set({ isDefault: 0 }).where('id', '!=', id).execute();
  await db.updateTable('tier').set({ isDefault: 1 }).where('id', '=', id).execute();
}
