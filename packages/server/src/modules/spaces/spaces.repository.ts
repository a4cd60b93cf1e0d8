import type { Selectable } from 'kysely';
import type { DbOrTx } from '../../db/database.js';
import { preparedQuery } from '../../db/prepared-query.js';
import type { SpaceMemberTable, SpaceSectionTable, SpaceTable } from '../../db/schema.js';

export type SpaceRow = Selectable<SpaceTable>;
export type SpaceSectionRow = Selectable<SpaceSectionTable>;
export type SpaceMemberRow = Selectable<SpaceMemberTable>;

/** Queries on the spaces module's own tables: space, space_section, space_member. */
export async function listLiveSpaces(db: DbOrTx): Promise<SpaceRow[]> {
  return liveSpaces.execute(db, {});
}

// The access decision (findSpace + findMembership) runs on every read of a thread, chat or
// search, so both are prepared once (see db/prepared-query.ts).
const spaceById = preparedQuery<{ id: string }>()((db, p) => db.selectFrom('space').selectAll().where('id', '=', p.id));
const membershipByKey = preparedQuery<{ spaceId: string; memberId: string }>()((db, p) =>
  db.selectFrom('spaceMember').selectAll().where('spaceId', '=', p.spaceId).where('memberId', '=', p.memberId),
);

// Every feed and search starts with the caller's readable spaces: both halves prepared too.
const liveSpaces = preparedQuery<Record<string, never>>()((db) =>
  db.selectFrom('space').selectAll().where('archivedAt', 'is', null).orderBy('position').orderBy('createdAt'),
);
const membershipsByMember = preparedQuery<{ memberId: string }>()((db, p) =>
  db.selectFrom('spaceMember').selectAll().where('memberId', '=', p.memberId),
);

export async function findSpace(db: DbOrTx, id: string): Promise<SpaceRow | undefined> {
  return spaceById.executeTakeFirst(db, { id });
}

export async function listSections(db: DbOrTx): Promise<SpaceSectionRow[]> {
  return db.selectFrom('spaceSection').selectAll().orderBy('position').orderBy('createdAt').execute();
}

export async function findSection(db: DbOrTx, id: string): Promise<SpaceSectionRow | undefined> {
  return db.selectFrom('spaceSection').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function membershipsOf(db: DbOrTx, memberId: string): Promise<SpaceMemberRow[]> {
  return membershipsByMember.execute(db, { memberId });
}

export async function findMembership(db: DbOrTx, spaceId: string, memberId: string): Promise<SpaceMemberRow | undefined> {
  return membershipByKey.executeTakeFirst(db, { spaceId, memberId });
}

/** The next position at the end of a list (of sections, or of spaces). */
export async function nextPosition(db: DbOrTx, table: 'space' | 'spaceSection'): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.max('position').as('top'))
    .executeTakeFirst();
  return row?.top === null || row?.top === undefined ? 0 : Number(row.top) + 1;
}
