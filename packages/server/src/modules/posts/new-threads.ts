import type { DbOrTx } from '../../db/database.js';

export interface NewThread {
  id: string;
  title: string;
  commentCount: number;
}

/**
 * The liveliest threads started since `since` in the given spaces (for digests): most
 * replies and reactions first. The caller passes the spaces its reader may see.
 */
export async function newThreadsSince(db: DbOrTx, spaceIds: readonly string[], since: number, limit: number): Promise<NewThread[]> {
  if (spaceIds.length === 0) return [];
  const rows = await db
    .selectFrom('post')
    .select(['id', 'title', 'commentCount'])
    .where('spaceId', 'in', [...spaceIds])
    .where('status', '=', 'published')
    .where('createdAt', '>', since)
    .orderBy((eb) => eb('commentCount', '+', eb.ref('reactionCount')), 'desc')
    .orderBy('createdAt', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ id: r.id, title: r.title, commentCount: Number(r.commentCount) }));
}
