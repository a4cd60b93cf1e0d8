import type { LeaderboardMetric } from '@hearth/contracts';
import type { DbOrTx } from '../../../db/database.js';
import type { LeaderboardWindow } from './leaderboard-windows.js';

export interface Score {
  memberId: string;
  score: number;
}

/**
 * Each member's total in the window, highest first. Read-only sums over the economy's own
 * tables (points awards standing, pending or settled; tips received, any asset, counted)
 * and the accepted answers the leaderboards keep; each is covered by an index on
 * (day or time, member), so a window reads only its rows.
 */
export async function scoresIn(db: DbOrTx, metric: LeaderboardMetric, w: LeaderboardWindow): Promise<Score[]> {
  const rows = await scoreQuery(db, metric, w).execute();
  return rows
    .map((r) => ({ memberId: r.memberId!, score: Number(r.score) }))
    .filter((r) => r.memberId && r.score > 0)
    .sort((a, b) => b.score - a.score || (a.memberId < b.memberId ? -1 : 1));
}

function scoreQuery(db: DbOrTx, metric: LeaderboardMetric, w: LeaderboardWindow) {
  switch (metric) {
    case 'points': {
      let q = db
        .selectFrom('pointsAward')
        .select((eb) => ['memberId', eb.fn.sum<number>('amount').as('score')])
        .where('status', 'in', ['pending', 'settled']);
      if (w.fromDay !== null) q = q.where('day', '>=', w.fromDay);
      return q.groupBy('memberId');
    }
    case 'tips': {
      let q = db
        .selectFrom('tip')
        .select((eb) => ['recipientId as memberId', eb.fn.countAll<number>().as('score')])
        .where('recipientId', 'is not', null);
      if (w.fromMs !== null) q = q.where('createdAt', '>=', w.fromMs);
      return q.groupBy('recipientId');
    }
    case 'answers': {
      let q = db.selectFrom('acceptedAnswer').select((eb) => ['memberId', eb.fn.countAll<number>().as('score')]);
      if (w.fromDay !== null) q = q.where('day', '>=', w.fromDay);
      return q.groupBy('memberId');
    }
  }
}

export async function optedOutIds(db: DbOrTx): Promise<Set<string>> {
  const rows = await db.selectFrom('leaderboardOptOut').select('memberId').execute();
  return new Set(rows.map((r) => r.memberId));
}

export async function isOptedOut(db: DbOrTx, memberId: string): Promise<boolean> {
  return Boolean(await db.selectFrom('leaderboardOptOut').select('memberId').where('memberId', '=', memberId).executeTakeFirst());
}

export async function setOptedOut(db: DbOrTx, memberId: string, isHidden: boolean, at: number): Promise<void> {
  if (isHidden) {
    await db
      .insertInto('leaderboardOptOut')
      .values({ memberId, createdAt: at })
      .onConflict((oc) => oc.column('memberId').doNothing())
      .execute();
  } else {
    await db.deleteFrom('leaderboardOptOut').where('memberId', '=', memberId).execute();
  }
}

/** Records a question's accepted answer, unless a later change was already heard (replays keep the newest). */
export async function recordAcceptedAnswer(
  db: DbOrTx,
  row: { postId: string; commentId: string; memberId: string; day: number; acceptedAt: number },
): Promise<void> {
  await db
    .insertInto('acceptedAnswer')
    .values(row)
    .onConflict((oc) =>
      oc
        .column('postId')
        .doUpdateSet({ commentId: row.commentId, memberId: row.memberId, day: row.day, acceptedAt: row.acceptedAt })
        .where('acceptedAnswer.acceptedAt', '<=', row.acceptedAt),
    )
    .execute();
}

export async function clearAcceptedAnswer(db: DbOrTx, by: { postId: string; before: number } | { commentId: string }): Promise<void> {
  let q = db.deleteFrom('acceptedAnswer');
  q = 'commentId' in by ? q.where('commentId', '=', by.commentId) : q.where('postId', '=', by.postId).where('acceptedAt', '<=', by.before);
  await q.execute();
}
