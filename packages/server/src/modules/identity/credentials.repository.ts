import type { DbOrTx } from '../../db/database.js';

/** Queries on the identity module's `credential` table (one password hash per member). */
export async function findPasswordHash(db: DbOrTx, memberId: string): Promise<string | null> {
  const row = await db.selectFrom('credential').select('passwordHash').where('memberId', '=', memberId).executeTakeFirst();
  return row?.passwordHash ?? null;
}

export async function savePasswordHash(db: DbOrTx, memberId: string, passwordHash: string, now: number): Promise<void> {
  await db
    .insertInto('credential')
    .values({ memberId, passwordHash, updatedAt: now })
    .onConflict((oc) => oc.column('memberId').doUpdateSet({ passwordHash, updatedAt: now }))
    .execute();
}
