import { sql, type ExpressionBuilder } from 'kysely';
import type { DbOrTx } from '../../db/database.js';
import { preparedQuery } from '../../db/prepared-query.js';
import type { Database } from '../../db/schema.js';
import { olderThan, type Keyset } from '../../platform/pagination.js';

/** Queries on the people module's own tables: follow, block, people_settings. */

export interface FollowRow {
  memberId: string;
  createdAt: number;
}

/** Inserts a follow; false when it already existed (nothing changed). */
export async function insertFollow(db: DbOrTx, followerId: string, followeeId: string, at: number): Promise<boolean> {
  const result = await db
    .insertInto('follow')
    .values({ followerId, followeeId, createdAt: at })
    .onConflict((oc) => oc.columns(['followerId', 'followeeId']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function deleteFollow(db: DbOrTx, followerId: string, followeeId: string): Promise<void> {
  await db.deleteFrom('follow').where('followerId', '=', followerId).where('followeeId', '=', followeeId).execute();
}

/** Ends the follows between two members, in both directions. */
export async function deleteFollowsBetween(db: DbOrTx, a: string, b: string): Promise<void> {
  await db
    .deleteFrom('follow')
    .where((eb) =>
      eb.or([eb.and([eb('followerId', '=', a), eb('followeeId', '=', b)]), eb.and([eb('followerId', '=', b), eb('followeeId', '=', a)])]),
    )
    .execute();
}

/** Which way the follows between a viewer and another member go. */
export async function followsBetween(db: DbOrTx, viewerId: string, otherId: string): Promise<{ following: boolean; followedBy: boolean }> {
  const rows = await db
    .selectFrom('follow')
    .select(['followerId'])
    .where((eb) =>
      eb.or([
        eb.and([eb('followerId', '=', viewerId), eb('followeeId', '=', otherId)]),
        eb.and([eb('followerId', '=', otherId), eb('followeeId', '=', viewerId)]),
      ]),
    )
    .execute();
  return { following: rows.some((r) => r.followerId === viewerId), followedBy: rows.some((r) => r.followerId === otherId) };
}

export async function followCounts(db: DbOrTx, memberId: string): Promise<{ followers: number; following: number }> {
  const [followers, following] = await Promise.all([
    db
      .selectFrom('follow')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('followeeId', '=', memberId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('follow')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('followerId', '=', memberId)
      .executeTakeFirstOrThrow(),
  ]);
  return { followers: Number(followers.n), following: Number(following.n) };
}

/** True when a block row exists between `memberRef` (a column) and the viewer, either way. */
function blockedWithViewer(
  eb: ExpressionBuilder<Database, 'follow'>,
  viewerId: string,
  memberRef: 'follow.followerId' | 'follow.followeeId',
) {
  return eb.exists(
    eb
      .selectFrom('block')
      .select(sql.lit(1).as('one'))
      .where((inner) =>
        inner.or([
          inner.and([inner('block.blockerId', '=', viewerId), inner('block.blockedId', '=', inner.ref(memberRef))]),
          inner.and([inner('block.blockerId', '=', inner.ref(memberRef)), inner('block.blockedId', '=', viewerId)]),
        ]),
      ),
  );
}

/** Followers of a member, newest follow first, leaving out members blocked either way with the viewer. */
export async function followersPage(
  db: DbOrTx,
  memberId: string,
  viewerId: string,
  cursor: Keyset | null,
  limit: number,
): Promise<FollowRow[]> {
  let query = db
    .selectFrom('follow')
    .select(['follow.followerId as memberId', 'follow.createdAt'])
    .where('follow.followeeId', '=', memberId)
    .where((eb) => eb.not(blockedWithViewer(eb, viewerId, 'follow.followerId')));
  if (cursor) query = query.where(olderThan(cursor, 'follow.createdAt', 'follow.followerId'));
  return query
    .orderBy('follow.createdAt', 'desc')
    .orderBy('follow.followerId', 'desc')
    .limit(limit + 1)
    .execute();
}

/** Whom a member follows, newest follow first, leaving out members blocked either way with the viewer. */
export async function followingPage(
  db: DbOrTx,
  memberId: string,
  viewerId: string,
  cursor: Keyset | null,
  limit: number,
): Promise<FollowRow[]> {
  let query = db
    .selectFrom('follow')
    .select(['follow.followeeId as memberId', 'follow.createdAt'])
    .where('follow.followerId', '=', memberId)
    .where((eb) => eb.not(blockedWithViewer(eb, viewerId, 'follow.followeeId')));
  if (cursor) query = query.where(olderThan(cursor, 'follow.createdAt', 'follow.followeeId'));
  return query
    .orderBy('follow.createdAt', 'desc')
    .orderBy('follow.followeeId', 'desc')
    .limit(limit + 1)
    .execute();
}

/** A member's friends (each follows the other), most recently followed by the member first. */
export async function friendsPage(db: DbOrTx, memberId: string, cursor: Keyset | null, limit: number): Promise<FollowRow[]> {
  let query = db
    .selectFrom('follow as mine')
    .innerJoin('follow as theirs', (join) =>
      join.onRef('theirs.followerId', '=', 'mine.followeeId').onRef('theirs.followeeId', '=', 'mine.followerId'),
    )
    .select(['mine.followeeId as memberId', 'mine.createdAt'])
    .where('mine.followerId', '=', memberId);
  if (cursor) query = query.where(olderThan(cursor, 'mine.createdAt', 'mine.followeeId'));
  return query
    .orderBy('mine.createdAt', 'desc')
    .orderBy('mine.followeeId', 'desc')
    .limit(limit + 1)
    .execute();
}

/** Of these members: whom the viewer follows, and who follows the viewer. */
export async function followFlags(
  db: DbOrTx,
  viewerId: string,
  ids: readonly string[],
): Promise<{ viewerFollows: Set<string>; followViewer: Set<string> }> {
  if (ids.length === 0) return { viewerFollows: new Set(), followViewer: new Set() };
  const [out, back] = await Promise.all([
    db
      .selectFrom('follow')
      .select('followeeId')
      .where('followerId', '=', viewerId)
      .where('followeeId', 'in', [...ids])
      .execute(),
    db
      .selectFrom('follow')
      .select('followerId')
      .where('followeeId', '=', viewerId)
      .where('followerId', 'in', [...ids])
      .execute(),
  ]);
  return { viewerFollows: new Set(out.map((r) => r.followeeId)), followViewer: new Set(back.map((r) => r.followerId)) };
}

/** Inserts a block; false when it already existed. */
export async function insertBlock(db: DbOrTx, blockerId: string, blockedId: string, at: number): Promise<boolean> {
  const result = await db
    .insertInto('block')
    .values({ blockerId, blockedId, createdAt: at })
    .onConflict((oc) => oc.columns(['blockerId', 'blockedId']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function deleteBlock(db: DbOrTx, blockerId: string, blockedId: string): Promise<void> {
  await db.deleteFrom('block').where('blockerId', '=', blockerId).where('blockedId', '=', blockedId).execute();
}

/** Which way the blocks between a viewer and another member go. */
export async function blocksBetween(db: DbOrTx, viewerId: string, otherId: string): Promise<{ blocking: boolean; blockedBy: boolean }> {
  const rows = await db
    .selectFrom('block')
    .select(['blockerId'])
    .where((eb) =>
      eb.or([
        eb.and([eb('blockerId', '=', viewerId), eb('blockedId', '=', otherId)]),
        eb.and([eb('blockerId', '=', otherId), eb('blockedId', '=', viewerId)]),
      ]),
    )
    .execute();
  return { blocking: rows.some((r) => r.blockerId === viewerId), blockedBy: rows.some((r) => r.blockerId === otherId) };
}

/** Of these members, those blocked either way with `memberId`. */
export async function blockedAmong(db: DbOrTx, memberId: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const list = [...new Set(ids)];
  const [blocked, blockers] = await Promise.all([
    db.selectFrom('block').select('blockedId as id').where('blockerId', '=', memberId).where('blockedId', 'in', list).execute(),
    db.selectFrom('block').select('blockerId as id').where('blockedId', '=', memberId).where('blockerId', 'in', list).execute(),
  ]);
  return new Set([...blocked, ...blockers].map((r) => r.id));
}

/** Everyone blocked either way with `memberId`. */
/**
 * Everyone a member blocks or is blocked by. Read on hot paths (thread pages, the feed, the
 * directory), so it is one prepared statement over both indexes of `block`.
 */
export async function blockedEitherWay(db: DbOrTx, memberId: string): Promise<Set<string>> {
  const rows = await blockedEitherWayQuery.execute(db, { memberId });
  return new Set(rows.map((r) => r.id));
}

const blockedEitherWayQuery = preparedQuery<{ memberId: string }>()((db, p) =>
  db
    .selectFrom('block')
    .select('blockedId as id')
    .where('blockerId', '=', p.memberId)
    .unionAll(db.selectFrom('block').select('blockerId as id').where('blockedId', '=', p.memberId)),
);

/** Members a member blocks, most recent first. */
export async function blocksPage(db: DbOrTx, blockerId: string, cursor: Keyset | null, limit: number): Promise<FollowRow[]> {
  let query = db.selectFrom('block').select(['blockedId as memberId', 'createdAt']).where('blockerId', '=', blockerId);
  if (cursor) query = query.where(olderThan(cursor, 'createdAt', 'blockedId'));
  return query
    .orderBy('createdAt', 'desc')
    .orderBy('blockedId', 'desc')
    .limit(limit + 1)
    .execute();
}

export async function findDmPolicy(db: DbOrTx, memberId: string): Promise<string | undefined> {
  const row = await db.selectFrom('peopleSettings').select('dmPolicy').where('memberId', '=', memberId).executeTakeFirst();
  return row?.dmPolicy;
}

export async function saveDmPolicy(db: DbOrTx, memberId: string, dmPolicy: string, at: number): Promise<void> {
  await db
    .insertInto('peopleSettings')
    .values({ memberId, dmPolicy, updatedAt: at })
    .onConflict((oc) => oc.column('memberId').doUpdateSet({ dmPolicy, updatedAt: at }))
    .execute();
}

export async function followeeIdsOf(db: DbOrTx, followerId: string): Promise<string[]> {
  const rows = await db.selectFrom('follow').select('followeeId').where('followerId', '=', followerId).execute();
  return rows.map((r) => r.followeeId);
}
