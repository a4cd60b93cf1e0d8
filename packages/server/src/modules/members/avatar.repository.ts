import type { DbOrTx } from '../../db/database.js';

/** The member's avatar key; undefined when there is no such member. */
export async function findAvatarKey(db: DbOrTx, memberId: string): Promise<string | null | undefined> {
  const row = await db.selectFrom('member').select('avatarKey').where('id', '=', memberId).executeTakeFirst();
  return row ? row.avatarKey : undefined;
}

/** Sets the avatar key only if it is still `expected`; true when it did. */
export async function compareAndSetAvatarKey(
  db: DbOrTx,
  memberId: string,
  expected: string | null,
  key: string | null,
  now: number,
): Promise<boolean> {
  const result = await db
    .updateTable('member')
    .set({ avatarKey: key, updatedAt: now })
    .where('id', '=', memberId)
    .where((eb) => (expected === null ? eb('avatarKey', 'is', null) : eb('avatarKey', '=', expected)))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
