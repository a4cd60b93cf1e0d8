import type { Selectable } from 'kysely';
import type { DbOrTx } from '../../db/database.js';
import type { InviteTable } from '../../db/schema.js';

export type InviteRow = Selectable<InviteTable>;

export async function findInviteByCode(db: DbOrTx, code: string): Promise<InviteRow | undefined> {
  return db.selectFrom('invite').selectAll().where('code', '=', code.trim().toLowerCase()).executeTakeFirst();
}

export function isInviteUsable(invite: InviteRow, now: number): boolean {
  if (invite.revokedAt !== null) return false;
  if (invite.expiresAt !== null && invite.expiresAt <= now) return false;
  if (invite.maxUses !== null && invite.uses >= invite.maxUses) return false;
  return true;
}

/** Counts one use, only while uses remain (a conditional update, so two racing sign-ups cannot overuse it). */
export async function incrementInviteUse(db: DbOrTx, id: string): Promise<boolean> {
  const result = await db
    .updateTable('invite')
    .set((eb) => ({ uses: eb('uses', '+', 1) }))
    .where('id', '=', id)
    .where((eb) => eb.or([eb('maxUses', 'is', null), eb('uses', '<', eb.ref('maxUses'))]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
