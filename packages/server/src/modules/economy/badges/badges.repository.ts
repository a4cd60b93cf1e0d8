import type { DbOrTx } from '../../../db/database.js';
import type { BadgeTable, MemberBadgeTable } from '../../../db/schema/badge-tables.js';
import { olderThan, type Keyset } from '../../../platform/pagination.js';
import { BUILT_IN_BADGES } from './badge-catalogue.js';

export type BadgeRow = BadgeTable;
export type MemberBadgeRow = MemberBadgeTable;

/** Makes sure every built-in rule badge has its row (keyed by the rule); new rules appear on upgrade. */
export async function ensureBuiltInBadges(db: DbOrTx, now: number): Promise<void> {
  const rows = BUILT_IN_BADGES.map((b) => ({
    id: b.rule,
    rule: b.rule,
    name: null,
    description: null,
    icon: b.icon,
    tier: b.tier,
    isEnabled: 1,
    createdBy: null,
    createdAt: now,
    updatedAt: now,
  }));
  await db
    .insertInto('badge')
    .values(rows)
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

export async function listBadgeRows(db: DbOrTx, onlyEnabled: boolean): Promise<BadgeRow[]> {
  let q = db.selectFrom('badge').selectAll();
  if (onlyEnabled) q = q.where('isEnabled', '=', 1);
  // Rule badges first (in their built-in order, by id being the rule), then manual ones oldest first.
  return q.orderBy('createdAt').orderBy('id').execute();
}

export async function findBadgeRow(db: DbOrTx, id: string): Promise<BadgeRow | undefined> {
  return db.selectFrom('badge').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Holders (not revoked) of each badge. */
export async function holderCounts(db: DbOrTx, badgeIds: readonly string[]): Promise<Map<string, number>> {
  if (badgeIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('memberBadge')
    .select((eb) => ['badgeId', eb.fn.countAll<string | number>().as('n')])
    .where('badgeId', 'in', badgeIds)
    .where('revokedAt', 'is', null)
    .groupBy('badgeId')
    .execute();
  return new Map(rows.map((r) => [r.badgeId, Number(r.n)]));
}

/** Records the award unless the member ever held it (a revoked row counts); true when this call made it. */
export async function insertMemberBadgeOnce(db: DbOrTx, row: MemberBadgeRow): Promise<boolean> {
  const result = await db
    .insertInto('memberBadge')
    .values(row)
    .onConflict((oc) => oc.columns(['badgeId', 'memberId']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Gives a revoked badge back (a manual award after a revocation); true when it was revoked. */
export async function restoreMemberBadge(db: DbOrTx, row: MemberBadgeRow): Promise<boolean> {
  const result = await db
    .updateTable('memberBadge')
    .set({ awardedAt: row.awardedAt, awardedBy: row.awardedBy, reason: row.reason, revokedAt: null })
    .where('badgeId', '=', row.badgeId)
    .where('memberId', '=', row.memberId)
    .where('revokedAt', 'is not', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Marks a held badge revoked; true when the member held it. */
export async function revokeMemberBadge(db: DbOrTx, badgeId: string, memberId: string, at: number): Promise<boolean> {
  const result = await db
    .updateTable('memberBadge')
    .set({ revokedAt: at })
    .where('badgeId', '=', badgeId)
    .where('memberId', '=', memberId)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Every badge row the member ever had (held or revoked), for the rules to skip. */
export async function badgeIdsEverHeld(db: DbOrTx, memberId: string): Promise<Set<string>> {
  const rows = await db.selectFrom('memberBadge').select('badgeId').where('memberId', '=', memberId).execute();
  return new Set(rows.map((r) => r.badgeId));
}

/** The member's held badges of enabled kinds, newest first. */
export async function heldBadgesOf(db: DbOrTx, memberId: string) {
  return db
    .selectFrom('memberBadge')
    .innerJoin('badge', 'badge.id', 'memberBadge.badgeId')
    .selectAll('badge')
    .select(['memberBadge.awardedAt', 'memberBadge.awardedBy'])
    .where('memberBadge.memberId', '=', memberId)
    .where('memberBadge.revokedAt', 'is', null)
    .where('badge.isEnabled', '=', 1)
    .orderBy('memberBadge.awardedAt', 'desc')
    .orderBy('badge.id')
    .execute();
}

/** A page of a badge's holders, newest first (keyset on awarded_at, member_id). */
export async function holdersPage(db: DbOrTx, badgeId: string, cursor: Keyset | null, limit: number) {
  let q = db.selectFrom('memberBadge').select(['memberId', 'awardedAt']).where('badgeId', '=', badgeId).where('revokedAt', 'is', null);
  if (cursor) q = q.where(olderThan(cursor, 'memberBadge.awardedAt', 'memberBadge.memberId'));
  return q
    .orderBy('awardedAt', 'desc')
    .orderBy('memberId', 'desc')
    .limit(limit + 1)
    .execute();
}
