import type { Selectable } from 'kysely';
import type { DbOrTx } from '../../db/database.js';
import { preparedQuery } from '../../db/prepared-query.js';
import type { MemberTable, TierTable } from '../../db/schema.js';
import { nameGrams } from '../../platform/text/fold.js';

export type MemberRow = Selectable<MemberTable>;
export type TierRow = Selectable<TierTable>;
export type MemberWithTier = MemberRow & { tierName: string; tierRank: number };
/** The columns a directory card needs; hot list paths read only these. */
export type MemberSummaryRow = Pick<MemberRow, 'id' | 'displayName' | 'avatarKey' | 'role' | 'tierId' | 'bio' | 'createdAt'> & {
  tierName: string;
  tierRank: number;
};
export const SUMMARY_COLUMNS = [
  'member.id',
  'member.displayName',
  'member.avatarKey',
  'member.role',
  'member.tierId',
  'member.bio',
  'member.createdAt',
] as const;

/** Queries on the members module's own tables: member, member_name_gram, member_change, tier. */
export function selectMembersWithTier(db: DbOrTx) {
  return db
    .selectFrom('member')
    .innerJoin('tier', 'tier.id', 'member.tierId')
    .selectAll('member')
    .select(['tier.name as tierName', 'tier.rank as tierRank']);
}

export async function findMemberById(db: DbOrTx, id: string): Promise<MemberWithTier | undefined> {
  return selectMembersWithTier(db).where('member.id', '=', id).executeTakeFirst();
}

/** What a request needs to know about its caller: read on every authenticated request. */
export const findActorFacts = preparedQuery<{ id: string }>()((db, p) =>
  db
    .selectFrom('member')
    .innerJoin('tier', 'tier.id', 'member.tierId')
    .select(['member.id', 'member.role', 'member.status', 'member.tierId', 'member.locale', 'tier.rank as tierRank'])
    .where('member.id', '=', p.id),
);

export async function findMemberByEmail(db: DbOrTx, email: string): Promise<MemberWithTier | undefined> {
  return selectMembersWithTier(db).where('member.email', '=', email.toLowerCase()).executeTakeFirst();
}

/** Statuses whose members appear in the directory and name search. */
export const LISTED_STATUSES = ['active', 'muted'];
export const isListed = (status: string): number => (LISTED_STATUSES.includes(status) ? 1 : 0);

export async function insertMember(db: DbOrTx, row: Omit<MemberRow, 'listed'>): Promise<void> {
  await db
    .insertInto('member')
    .values({ ...row, listed: isListed(row.status) })
    .execute();
  await replaceNameGrams(db, row.id, row.nameFolded, row.createdAt);
}

/** Keeps the name-gram index in step with the folded name and join time. */
export async function replaceNameGrams(db: DbOrTx, memberId: string, folded: string, createdAt: number): Promise<void> {
  await db.deleteFrom('memberNameGram').where('memberId', '=', memberId).execute();
  const grams = nameGrams(folded);
  if (grams.length > 0)
    await db
      .insertInto('memberNameGram')
      .values(grams.map((gram) => ({ gram, createdAt, memberId })))
      .execute();
}

/**
 * Updates a member. Keeps `listed` in step with `status`, and the name grams in step with
 * the name and join time, so callers never touch the search index themselves.
 */
export async function updateMemberRow(db: DbOrTx, id: string, patch: Partial<Omit<MemberRow, 'listed'>>): Promise<void> {
  const values: Partial<MemberRow> = { ...patch, ...(patch.status !== undefined ? { listed: isListed(patch.status) } : {}) };
  await db.updateTable('member').set(values).where('id', '=', id).execute();
  if (patch.nameFolded !== undefined || patch.createdAt !== undefined) {
    const row = await db.selectFrom('member').select(['nameFolded', 'createdAt']).where('id', '=', id).executeTakeFirst();
    if (row) await replaceNameGrams(db, id, row.nameFolded, row.createdAt);
  }
}

export async function insertMemberChange(
  db: DbOrTx,
  row: {
    id: string;
    memberId: string;
    field: 'role' | 'tier' | 'status' | 'points';
    fromValue: string | null;
    toValue: string;
    actorId: string | null;
    reason: string | null;
    createdAt: number;
  },
): Promise<void> {
  await db.insertInto('memberChange').values(row).execute();
}

export async function listTiers(db: DbOrTx): Promise<TierRow[]> {
  return db.selectFrom('tier').selectAll().orderBy('rank').execute();
}

export async function findTier(db: DbOrTx, id: string): Promise<TierRow | undefined> {
  return db.selectFrom('tier').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findDefaultTier(db: DbOrTx): Promise<TierRow> {
  const tier = await db.selectFrom('tier').selectAll().where('isDefault', '=', 1).executeTakeFirst();
  if (tier) return tier;
  return db.selectFrom('tier').selectAll().orderBy('rank').executeTakeFirstOrThrow();
}

export async function countMembers(db: DbOrTx, status?: string): Promise<number> {
  let query = db.selectFrom('member').select((eb) => eb.fn.countAll<number>().as('n'));
  if (status) query = query.where('status', '=', status);
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.n);
}
