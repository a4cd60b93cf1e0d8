import type { Selectable } from 'kysely';
import type { DbOrTx } from '../../../db/database.js';
import type { ModerationSpamSettingsTable } from '../../../db/schema/moderation-tables.js';
import type { Simhash } from './simhash.js';

/** Queries on spam detection's own tables: moderation_spam_settings, _trace, _model (and decided holds, to learn from). */

export type SpamSettingsRow = Selectable<ModerationSpamSettingsTable>;

export async function findSettings(db: DbOrTx): Promise<SpamSettingsRow | undefined> {
  return db.selectFrom('moderationSpamSettings').selectAll().where('id', '=', 1).executeTakeFirst();
}

export async function saveSettings(db: DbOrTx, row: SpamSettingsRow): Promise<void> {
  const { id: _id, ...values } = row;
  await db
    .insertInto('moderationSpamSettings')
    .values(row)
    .onConflict((oc) => oc.column('id').doUpdateSet(values))
    .execute();
}

export interface TraceRow extends Simhash {
  authorId: string;
  links: number;
  createdAt: number;
}

export async function insertTrace(db: DbOrTx, id: string, trace: TraceRow): Promise<void> {
  await db
    .insertInto('moderationSpamTrace')
    .values({ id, authorId: trace.authorId, hashHigh: trace.high, hashLow: trace.low, links: trace.links, createdAt: trace.createdAt })
    .execute();
}

/** Traces since `since`, newest first, at most `limit` (every author's: repeats across accounts count too). */
export async function recentTraces(db: DbOrTx, since: number, limit: number): Promise<TraceRow[]> {
  const rows = await db
    .selectFrom('moderationSpamTrace')
    .select(['authorId', 'hashHigh', 'hashLow', 'links', 'createdAt'])
    .where('createdAt', '>=', since)
    .orderBy('createdAt', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    authorId: r.authorId,
    high: Number(r.hashHigh),
    low: Number(r.hashLow),
    links: Number(r.links),
    createdAt: Number(r.createdAt),
  }));
}

export async function deleteTracesBefore(db: DbOrTx, before: number): Promise<void> {
  await db.deleteFrom('moderationSpamTrace').where('createdAt', '<', before).execute();
}

export async function findModel(db: DbOrTx) {
  return db.selectFrom('moderationSpamModel').selectAll().where('id', '=', 1).executeTakeFirst();
}

export async function findModelTrainedAt(db: DbOrTx): Promise<number | null> {
  const row = await db.selectFrom('moderationSpamModel').select('trainedAt').where('id', '=', 1).executeTakeFirst();
  return row ? Number(row.trainedAt) : null;
}

export async function saveModel(
  db: DbOrTx,
  row: { model: string; hamDecisions: number; spamDecisions: number; trainedAt: number },
): Promise<void> {
  await db
    .insertInto('moderationSpamModel')
    .values({ id: 1, ...row })
    .onConflict((oc) => oc.column('id').doUpdateSet(row))
    .execute();
}

/** The review queue's decided holds, newest first: approved = ham, removed = spam (what the classifier learns from). */
export async function decidedHolds(db: DbOrTx, limit: number): Promise<{ title: string | null; body: string; spam: boolean }[]> {
  const rows = await db
    .selectFrom('moderationHold')
    .select(['title', 'body', 'status'])
    .where('status', 'in', ['approved', 'removed'])
    .where('decidedAt', 'is not', null)
    .orderBy('decidedAt', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ title: r.title, body: r.body, spam: r.status === 'removed' }));
}
