import type { DbOrTx } from '../../db/database.js';
import { olderThan, type Keyset } from '../../platform/pagination.js';
import { selectMembersWithTier, type MemberWithTier } from './members.repository.js';

/** A member row with what only admins see joined in: the code of the invite they joined by. */
export type AdminMemberRow = MemberWithTier & { inviteCode: string | null };

export function selectAdminMembers(db: DbOrTx) {
  return selectMembersWithTier(db).leftJoin('invite', 'invite.id', 'member.inviteId').select('invite.code as inviteCode');
}

export async function findAdminMember(db: DbOrTx, id: string): Promise<AdminMemberRow | undefined> {
  return selectAdminMembers(db).where('member.id', '=', id).executeTakeFirst();
}

export async function countOwners(db: DbOrTx): Promise<number> {
  const row = await db
    .selectFrom('member')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'owner')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** One page of a member's role, tier and status changes, newest first, with the actor's name. */
export async function listMemberChanges(db: DbOrTx, memberId: string, cursor: Keyset | null, limit: number) {
  let select = db
    .selectFrom('memberChange')
    .leftJoin('member as actor', 'actor.id', 'memberChange.actorId')
    .selectAll('memberChange')
    .select('actor.displayName as actorName')
    .where('memberChange.memberId', '=', memberId);
  if (cursor) {
    select = select.where(olderThan(cursor, 'memberChange.createdAt', 'memberChange.id'));
  }
  return select
    .orderBy('memberChange.createdAt', 'desc')
    .orderBy('memberChange.id', 'desc')
    .limit(limit + 1)
    .execute();
}
