import type { Selectable } from 'kysely';
import type { DbOrTx } from '../../db/database.js';
import type { InviteTable } from '../../db/schema.js';
import { olderThan, type Keyset } from '../../platform/pagination.js';

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

export async function findInviteById(db: DbOrTx, id: string): Promise<InviteRow | undefined> {
  return db.selectFrom('invite').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertInvite(db: DbOrTx, row: InviteRow): Promise<void> {
  await db.insertInto('invite').values(row).execute();
}

/** One page of invites, newest first. */
export async function listInvitePage(db: DbOrTx, cursor: Keyset | null, limit: number): Promise<InviteRow[]> {
  let select = db.selectFrom('invite').selectAll();
  if (cursor) select = select.where(olderThan(cursor, 'createdAt', 'id'));
  return select
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
}

/** Revokes once: a second revoke keeps the first time. */
export async function revokeInvite(db: DbOrTx, id: string, now: number): Promise<void> {
  await db.updateTable('invite').set({ revokedAt: now }).where('id', '=', id).where('revokedAt', 'is', null).execute();
}
