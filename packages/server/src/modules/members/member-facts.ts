/** What other modules' background rules ask of members (badge rechecks), read through this module. */
import type { DbOrTx } from '../../db/database.js';
import { isProfileComplete } from './members.events.js';

/** Active members' ids after `afterId` in id order, `limit` at a time (a recheck pages through all). */
export async function activeMemberIdsAfter(db: DbOrTx, afterId: string | null, limit: number): Promise<string[]> {
  let query = db.selectFrom('member').select('id').where('status', '=', 'active');
  if (afterId) query = query.where('id', '>', afterId);
  const rows = await query.orderBy('id').limit(limit).execute();
  return rows.map((r) => r.id);
}

/** Whether the member's profile is complete (an avatar and a bio), as ProfileUpdated reports it. */
export async function hasCompleteProfile(db: DbOrTx, memberId: string): Promise<boolean> {
  const row = await db.selectFrom('member').select(['bio', 'avatarKey']).where('id', '=', memberId).executeTakeFirst();
  return row ? isProfileComplete(row) : false;
}
