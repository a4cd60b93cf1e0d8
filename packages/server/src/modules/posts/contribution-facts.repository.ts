import type { DbOrTx } from '../../db/database.js';

/** What a member has contributed, as badge rules ask it (live threads and replies only). */
export interface ContributionFacts {
  published: number;
  acceptedAnswers: number;
  reactionsReceived: number;
}

/** Reads through the author indexes of threads and replies. */
export async function contributionFactsOf(db: DbOrTx, memberId: string): Promise<ContributionFacts> {
  const [threads, replies, accepted] = await Promise.all([
    db
      .selectFrom('post')
      .select((eb) => [
        eb.fn.countAll<string | number>().as('n'),
        eb.fn.coalesce(eb.fn.sum<number>('reactionCount'), eb.lit(0)).as('reactions'),
      ])
      .where('authorId', '=', memberId)
      .where('status', '=', 'published')
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('comment')
      .select((eb) => [
        eb.fn.countAll<string | number>().as('n'),
        eb.fn.coalesce(eb.fn.sum<number>('reactionCount'), eb.lit(0)).as('reactions'),
      ])
      .where('authorId', '=', memberId)
      .where('status', '=', 'published')
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('comment')
      .innerJoin('post', 'post.acceptedCommentId', 'comment.id')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('comment.authorId', '=', memberId)
      .where('comment.status', '=', 'published')
      .where('post.status', '=', 'published')
      .executeTakeFirstOrThrow(),
  ]);
  return {
    published: Number(threads.n) + Number(replies.n),
    acceptedAnswers: Number(accepted.n),
    reactionsReceived: Number(threads.reactions) + Number(replies.reactions),
  };
}
