import { sql } from 'kysely';
import { withTransaction, type Db, type DbOrTx, type Dialect } from '../../db/database.js';
import type { SearchDocTable } from '../../db/schema.js';
import { indexTerms } from '../../platform/text/search-tokens.js';
import type { SearchDocument } from './search.jobs.js';

/** Queries on the search module's own tables: search_doc and (SQLite) search_fts. */
export async function upsertDoc(db: Db, dialect: Dialect, doc: SearchDocument): Promise<void> {
  const id = `${doc.kind}:${doc.id}`;
  const terms = indexTerms(`${doc.title} ${doc.body}`);
  const row = {
    id,
    kind: doc.kind,
    refId: doc.id,
    postId: doc.postId,
    spaceId: doc.spaceId,
    conversationId: doc.conversationId,
    authorId: doc.authorId,
    title: doc.title,
    body: doc.body,
    createdAt: doc.createdAt,
  };
  await withTransaction(db, async (tx) => {
    if (dialect === 'postgres') {
      await removeIn(tx, dialect, id);
      await tx
        .insertInto('searchDoc')
        .values({ ...row, ftsRowid: null, terms: sql<string[]>`${terms}::text[]` as unknown as string[] })
        .execute();
      return;
    }
    // Reuse the document's FTS row number, or take the next one.
    const existing = await tx.selectFrom('searchDoc').select('ftsRowid').where('id', '=', id).executeTakeFirst();
    const rowid =
      existing?.ftsRowid ??
      Number(
        (
          await tx
            .selectFrom('searchDoc')
            .select((eb) => eb.fn.max('ftsRowid').as('top'))
            .executeTakeFirst()
        )?.top ?? 0,
      ) + 1;
    await removeIn(tx, dialect, id);
    await tx
      .insertInto('searchDoc')
      .values({ ...row, ftsRowid: rowid })
      .execute();
    await tx
      .insertInto('searchFts')
      .values({ rowid, terms: terms.join(' ') })
      .execute();
  });
}

export async function removeDoc(db: Db, dialect: Dialect, id: string): Promise<void> {
  await withTransaction(db, (tx) => removeIn(tx, dialect, id));
}

async function removeIn(tx: DbOrTx, dialect: Dialect, id: string): Promise<void> {
  if (dialect === 'sqlite') {
    const doc = await tx.selectFrom('searchDoc').select('ftsRowid').where('id', '=', id).executeTakeFirst();
    if (doc?.ftsRowid != null) await tx.deleteFrom('searchFts').where('rowid', '=', doc.ftsRowid).execute();
  }
  await tx.deleteFrom('searchDoc').where('id', '=', id).execute();
}

export async function reparentPost(db: Db, postId: string, spaceId: string): Promise<void> {
  await db
    .updateTable('searchDoc')
    .set({ spaceId })
    .where((eb) => eb.or([eb.and([eb('kind', '=', 'post'), eb('refId', '=', postId)]), eb('postId', '=', postId)]))
    .execute();
}

export interface DocFilter {
  kinds: readonly string[];
  spaceIds: readonly string[];
  conversationIds: readonly string[];
  spaceId?: string | undefined;
  authorId?: string | undefined;
  from?: number | undefined;
  to?: number | undefined;
}

export type DocRow = Omit<SearchDocTable, 'terms' | 'ftsRowid'>;

const FTS_QUOTE = (term: string) => `"${term.replaceAll('"', '""')}"`;

/**
 * Documents matching all `words` or all `bigrams`, within what the filter allows: on SQLite
 * ranked by BM25 (word matches weigh more, being rarer), on PostgreSQL word matches first;
 * then newest first.
 */
export async function findDocs(
  db: DbOrTx,
  dialect: Dialect,
  terms: { words: string[]; bigrams: string[] },
  filter: DocFilter,
  offset: number,
  limit: number,
): Promise<DocRow[]> {
  if (filter.spaceIds.length === 0 && filter.conversationIds.length === 0) return [];
  const groups = [terms.words, terms.bigrams].filter((group) => group.length > 0);
  if (groups.length === 0) return [];
  let query = db
    .selectFrom('searchDoc as d')
    .select(['d.id', 'd.kind', 'd.refId', 'd.postId', 'd.spaceId', 'd.conversationId', 'd.authorId', 'd.title', 'd.body', 'd.createdAt'])
    .where('d.kind', 'in', [...filter.kinds])
    .where((eb) => {
      const places = [];
      if (filter.spaceIds.length > 0) places.push(eb('d.spaceId', 'in', [...filter.spaceIds]));
      if (filter.conversationIds.length > 0) places.push(eb('d.conversationId', 'in', [...filter.conversationIds]));
      return eb.or(places);
    });
  if (filter.spaceId) query = query.where('d.spaceId', '=', filter.spaceId);
  if (filter.authorId) query = query.where('d.authorId', '=', filter.authorId);
  if (filter.from !== undefined) query = query.where('d.createdAt', '>=', filter.from);
  if (filter.to !== undefined) query = query.where('d.createdAt', '<', filter.to);
  if (dialect === 'sqlite') {
    const match = groups.map((group) => `(${group.map(FTS_QUOTE).join(' ')})`).join(' OR ');
    return query
      .innerJoin('searchFts', 'searchFts.rowid', 'd.ftsRowid')
      .where(sql<boolean>`search_fts match ${match}`)
      .orderBy(sql`bm25(search_fts)`)
      .orderBy('d.createdAt', 'desc')
      .limit(limit)
      .offset(offset)
      .execute();
  }
  const contains = (group: string[]) => sql<boolean>`d.terms @> ${group}::text[]`;
  return query
    .where((eb) => eb.or(groups.map((group) => eb(contains(group), '=', true))))
    .orderBy(terms.words.length > 0 ? sql`(d.terms @> ${terms.words}::text[]) desc` : sql`1`)
    .orderBy('d.createdAt', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
}
