import type { Insertable, Selectable } from 'kysely';
import type { DbOrTx } from '../../db/database.js';
import type { ModerationHoldTable } from '../../db/schema/moderation-tables.js';
import type { Keyset } from '../../platform/pagination.js';

/** Queries on moderation_hold (the review queue). */

export type HoldRow = Selectable<ModerationHoldTable>;

export async function findHold(db: DbOrTx, id: string): Promise<HoldRow | undefined> {
  return db.selectFrom('moderationHold').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findHoldOf(db: DbOrTx, subjectKind: HoldRow['subjectKind'], subjectId: string): Promise<HoldRow | undefined> {
  return db
    .selectFrom('moderationHold')
    .selectAll()
    .where('subjectKind', '=', subjectKind)
    .where('subjectId', '=', subjectId)
    .executeTakeFirst();
}

export async function insertHold(db: DbOrTx, row: Insertable<ModerationHoldTable>): Promise<void> {
  await db.insertInto('moderationHold').values(row).execute();
}

export async function updateHeldText(
  db: DbOrTx,
  id: string,
  text: Pick<HoldRow, 'title' | 'body' | 'matches'> & { signals?: string },
): Promise<void> {
  await db.updateTable('moderationHold').set(text).where('id', '=', id).where('status', '=', 'held').execute();
}

/** Marks a hold decided; false when it was no longer held (another moderator was first). */
export async function decideHold(
  db: DbOrTx,
  id: string,
  decision: Pick<HoldRow, 'status' | 'reason' | 'decidedBy' | 'decidedAt'>,
): Promise<boolean> {
  const result = await db.updateTable('moderationHold').set(decision).where('id', '=', id).where('status', '=', 'held').executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Held items oldest first (the queue is worked from its front), `limit + 1` rows after the cursor. */
export async function heldPage(db: DbOrTx, after: Keyset | null, limit: number): Promise<HoldRow[]> {
  let query = db.selectFrom('moderationHold').selectAll().where('status', '=', 'held');
  if (after)
    query = query.where((eb) => eb.or([eb('createdAt', '>', after.at), eb.and([eb('createdAt', '=', after.at), eb('id', '>', after.id)])]));
  return query
    .orderBy('createdAt')
    .orderBy('id')
    .limit(limit + 1)
    .execute();
}

/** Marks a moderator-removed hold approved (its removal was overturned); false when it was not removed. */
export async function reopenRemovedHold(
  db: DbOrTx,
  id: string,
  decision: Pick<HoldRow, 'reason' | 'decidedBy' | 'decidedAt'>,
): Promise<boolean> {
  const result = await db
    .updateTable('moderationHold')
    .set({ ...decision, status: 'approved' })
    .where('id', '=', id)
    .where('status', '=', 'removed')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
