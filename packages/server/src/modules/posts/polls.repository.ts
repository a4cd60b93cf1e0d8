import type { Selectable } from 'kysely';
import type { DbOrTx } from '../../db/database.js';
import type { PollOptionTable, PollTable } from '../../db/schema.js';

export type PollRow = Selectable<PollTable>;
export type PollOptionRow = Selectable<PollOptionTable>;

/** Queries on poll, poll_option and poll_vote (the posts module's own tables). */
export async function findPollOfPost(db: DbOrTx, postId: string): Promise<PollRow | undefined> {
  return db.selectFrom('poll').selectAll().where('postId', '=', postId).executeTakeFirst();
}

export async function optionsOf(db: DbOrTx, pollId: string): Promise<PollOptionRow[]> {
  return db.selectFrom('pollOption').selectAll().where('pollId', '=', pollId).orderBy('position').execute();
}

export async function insertPoll(db: DbOrTx, poll: PollRow, labels: string[], nextId: () => string): Promise<void> {
  await db.insertInto('poll').values(poll).execute();
  await db
    .insertInto('pollOption')
    .values(labels.map((label, position) => ({ id: nextId(), pollId: poll.id, position, label })))
    .execute();
}

/** Drops a poll that nobody voted in (the caller checked), options first for the foreign keys. */
export async function deletePoll(db: DbOrTx, pollId: string): Promise<void> {
  await db.deleteFrom('pollOption').where('pollId', '=', pollId).execute();
  await db.deleteFrom('poll').where('id', '=', pollId).execute();
}

/** Votes per option, counted by the database. */
export async function voteCounts(db: DbOrTx, pollId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('pollVote')
    .select((eb) => ['optionId', eb.fn.countAll<number>().as('votes')])
    .where('pollId', '=', pollId)
    .groupBy('optionId')
    .execute();
  return new Map(rows.map((row) => [row.optionId, Number(row.votes)]));
}

/** How many members voted, each once however many options they picked. */
export async function voterCount(db: DbOrTx, pollId: string): Promise<number> {
  const row = await db
    .selectFrom('pollVote')
    .select((eb) => eb.fn.count<number>('memberId').distinct().as('voters'))
    .where('pollId', '=', pollId)
    .executeTakeFirstOrThrow();
  return Number(row.voters);
}

export async function choicesOf(db: DbOrTx, pollId: string, memberId: string): Promise<string[]> {
  const rows = await db.selectFrom('pollVote').select('optionId').where('pollId', '=', pollId).where('memberId', '=', memberId).execute();
  return rows.map((row) => row.optionId);
}

/** Replaces a member's choices: their earlier rows go, one row per picked option comes. */
export async function replaceVotes(db: DbOrTx, pollId: string, memberId: string, optionIds: string[], at: number): Promise<void> {
  await db.deleteFrom('pollVote').where('pollId', '=', pollId).where('memberId', '=', memberId).execute();
  if (optionIds.length > 0)
    await db
      .insertInto('pollVote')
      .values(optionIds.map((optionId) => ({ pollId, memberId, optionId, createdAt: at })))
      .execute();
}
