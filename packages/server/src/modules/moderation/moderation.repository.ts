import type { FilterAction, FilterCategory } from '@hearth/contracts';
import type { Insertable, Selectable } from 'kysely';
import type { DbOrTx } from '../../db/database.js';
import type { ModerationAllowedPhraseTable, ModerationWordTable } from '../../db/schema/moderation-tables.js';

/** Queries on the word filter's own tables: moderation_word, moderation_allowed_phrase, moderation_filter. */

export type WordRow = Selectable<ModerationWordTable>;
export type AllowedPhraseRow = Selectable<ModerationAllowedPhraseTable>;

/** Rows per INSERT: well under SQLite's bound-parameter limit at 7 columns. */
const CHUNK = 500;

export async function listWords(db: DbOrTx, filter: { action?: FilterAction; category?: FilterCategory } = {}): Promise<WordRow[]> {
  let query = db.selectFrom('moderationWord').selectAll();
  if (filter.action) query = query.where('action', '=', filter.action);
  if (filter.category) query = query.where('category', '=', filter.category);
  return query.orderBy('createdAt').orderBy('id').execute();
}

export async function countWords(db: DbOrTx): Promise<number> {
  const row = await db
    .selectFrom('moderationWord')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function wordKeys(db: DbOrTx): Promise<Set<string>> {
  const rows = await db.selectFrom('moderationWord').select('wordKey').execute();
  return new Set(rows.map((row) => row.wordKey));
}

export async function insertWords(db: DbOrTx, rows: Insertable<ModerationWordTable>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK)
    await db
      .insertInto('moderationWord')
      .values(rows.slice(i, i + CHUNK))
      .execute();
}

/** Deletes one word; false when there was none with that id. */
export async function deleteWord(db: DbOrTx, id: string): Promise<boolean> {
  const result = await db.deleteFrom('moderationWord').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function deleteAllWords(db: DbOrTx): Promise<void> {
  await db.deleteFrom('moderationWord').execute();
}

export async function listAllowedPhrases(db: DbOrTx): Promise<AllowedPhraseRow[]> {
  return db.selectFrom('moderationAllowedPhrase').selectAll().orderBy('createdAt').orderBy('id').execute();
}

export async function allowedKeys(db: DbOrTx): Promise<Set<string>> {
  const rows = await db.selectFrom('moderationAllowedPhrase').select('phraseKey').execute();
  return new Set(rows.map((row) => row.phraseKey));
}

export async function insertAllowedPhrases(db: DbOrTx, rows: Insertable<ModerationAllowedPhraseTable>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK)
    await db
      .insertInto('moderationAllowedPhrase')
      .values(rows.slice(i, i + CHUNK))
      .execute();
}

export async function deleteAllowedPhrase(db: DbOrTx, id: string): Promise<boolean> {
  const result = await db.deleteFrom('moderationAllowedPhrase').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** The lists' version (bumped by every change). */
export async function filterVersion(db: DbOrTx): Promise<number> {
  const row = await db.selectFrom('moderationFilter').select('version').where('id', '=', 1).executeTakeFirst();
  return Number(row?.version ?? 0);
}

/** Bumps the version inside the transaction of a change; returns the new one. */
export async function bumpFilterVersion(db: DbOrTx, at: number): Promise<number> {
  const row = await db
    .updateTable('moderationFilter')
    .set((eb) => ({ version: eb('version', '+', 1), updatedAt: at }))
    .where('id', '=', 1)
    .returning('version')
    .executeTakeFirstOrThrow();
  return Number(row.version);
}
