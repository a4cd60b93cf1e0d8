import type { Insertable, Selectable } from 'kysely';
import type { DbOrTx } from '../../../db/database.js';
import type { ModerationAppealTable, ModerationPenaltyTable } from '../../../db/schema/penalty-audit-tables.js';
import type { Keyset } from '../../../platform/pagination.js';

/** Queries on moderation_penalty and moderation_appeal. */

export type PenaltyRow = Selectable<ModerationPenaltyTable>;
export type AppealRow = Selectable<ModerationAppealTable>;

export async function insertPenalty(db: DbOrTx, row: Insertable<ModerationPenaltyTable>): Promise<void> {
  await db.insertInto('moderationPenalty').values(row).execute();
}

export async function findPenalty(db: DbOrTx, id: string): Promise<PenaltyRow | undefined> {
  return db.selectFrom('moderationPenalty').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function penaltiesOf(db: DbOrTx, memberId: string, limit: number): Promise<PenaltyRow[]> {
  return db
    .selectFrom('moderationPenalty')
    .selectAll()
    .where('memberId', '=', memberId)
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/**
 * The mutes and bans of a member in force at `now`: not lifted or overturned, started, and
 * not yet at their end (a mute ending at t is over at t exactly). Longest first.
 */
export async function restrictionsInForce(db: DbOrTx, memberId: string, now: number): Promise<PenaltyRow[]> {
  const rows = await db
    .selectFrom('moderationPenalty')
    .selectAll()
    .where('memberId', '=', memberId)
    .where('kind', 'in', ['mute', 'ban'])
    .where('liftedAt', 'is', null)
    .where('startsAt', '<=', now)
    .where((eb) => eb.or([eb('endsAt', 'is', null), eb('endsAt', '>', now)]))
    .execute();
  return rows.sort((a, b) => (b.endsAt ?? Infinity) - (a.endsAt ?? Infinity));
}

/** How many penalties of the member since `since` still stand (not overturned): the ladder's memory. */
/** Whether the member was ever banned through a penalty (in force or not). */
export async function hasBanRecord(db: DbOrTx, memberId: string): Promise<boolean> {
  const row = await db
    .selectFrom('moderationPenalty')
    .select('id')
    .where('memberId', '=', memberId)
    .where('kind', '=', 'ban')
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export async function countUpheldSince(db: DbOrTx, memberId: string, since: number): Promise<number> {
  const row = await db
    .selectFrom('moderationPenalty')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('memberId', '=', memberId)
    .where('createdAt', '>', since)
    .where((eb) => eb.or([eb('liftKind', 'is', null), eb('liftKind', '!=', 'overturned')]))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Ends a penalty (lift or overturn); false when it had already ended that way. */
export async function endPenalty(
  db: DbOrTx,
  id: string,
  change: { liftedAt: number; liftedBy: string | null; liftKind: 'lifted' | 'overturned'; liftReason: string },
): Promise<boolean> {
  const result = await db
    .updateTable('moderationPenalty')
    .set(change)
    .where('id', '=', id)
    .where('liftedAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertAppeal(db: DbOrTx, row: Insertable<ModerationAppealTable>): Promise<void> {
  await db.insertInto('moderationAppeal').values(row).execute();
}

export async function findAppeal(db: DbOrTx, id: string): Promise<AppealRow | undefined> {
  return db.selectFrom('moderationAppeal').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function appealsOf(db: DbOrTx, penaltyIds: readonly string[]): Promise<Map<string, AppealRow>> {
  if (penaltyIds.length === 0) return new Map();
  const rows = await db.selectFrom('moderationAppeal').selectAll().where('penaltyId', 'in', penaltyIds).execute();
  return new Map(rows.map((r) => [r.penaltyId, r]));
}

/** Decides a pending appeal; false when another moderator decided it first. */
export async function decideAppealRow(
  db: DbOrTx,
  id: string,
  decision: Pick<AppealRow, 'status' | 'decidedBy' | 'decisionReason' | 'decidedAt'>,
): Promise<boolean> {
  const result = await db
    .updateTable('moderationAppeal')
    .set(decision)
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Appeals of one status, oldest first, `limit + 1` after the cursor. */
export async function appealPage(db: DbOrTx, status: AppealRow['status'], after: Keyset | null, limit: number): Promise<AppealRow[]> {
  let query = db.selectFrom('moderationAppeal').selectAll().where('status', '=', status);
  if (after)
    query = query.where((eb) => eb.or([eb('createdAt', '>', after.at), eb.and([eb('createdAt', '=', after.at), eb('id', '>', after.id)])]));
  return query
    .orderBy('createdAt')
    .orderBy('id')
    .limit(limit + 1)
    .execute();
}

export async function penaltiesByIds(db: DbOrTx, ids: readonly string[]): Promise<Map<string, PenaltyRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('moderationPenalty').selectAll().where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r]));
}
