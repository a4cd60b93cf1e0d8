import { PostgresAdapter, sql, type RawBuilder } from 'kysely';
import { backgroundReaderOf, sqliteReaderOf, withTransaction, type Db, type DbOrTx, type Dialect } from '../../db/database.js';
import { preparedQuery } from '../../db/prepared-query.js';
import type { SearchDocTable } from '../../db/schema/search-tables.js';
import { foldText } from '../../platform/text/fold.js';
import { foldAligned, indexTermsOfFolded } from '../../platform/text/search-tokens.js';
import type { SearchDocument } from './search.jobs.js';
import { facetsOf, KEY_SLOTS, keyOfTime, spaceFacet } from './search.terms.js';

/** How much of a body's start is kept folded, for the exact-phrase feature and for highlighting. */
export const LEAD = 1000;

/** What a document is stored as: its search_doc row (without its key), text terms and facets. */
export interface IndexedDoc {
  row: Omit<SearchDocTable, 'timeKey' | 'terms'>;
  terms: string[];
  facets: string[];
}

/** The stored form of a document: folded once, segmented once. */
export function indexedDocOf(doc: SearchDocument): IndexedDoc {
  const foldedTitle = foldText(doc.title);
  // Folded character for character where it can be, so the stored start of the body lines up
  // with the body and highlighting needs no folding (the terms do not mind the whitespace).
  const aligned = foldAligned(doc.body);
  const foldedBody = aligned ?? foldText(doc.body);
  const lead = doc.body.slice(0, LEAD);
  const foldedLead =
    aligned !== null && aligned.length === doc.body.length ? aligned.slice(0, LEAD) : (foldAligned(lead) ?? foldText(lead));
  return {
    row: {
      id: `${doc.kind}:${doc.id}`,
      kind: doc.kind,
      refId: doc.id,
      postId: doc.postId,
      spaceId: doc.spaceId,
      conversationId: doc.conversationId,
      authorId: doc.authorId,
      title: doc.title,
      body: doc.body,
      createdAt: doc.createdAt,
      foldedTitle,
      foldedLead,
    },
    terms: indexTermsOfFolded(`${foldedTitle} ${foldedBody}`),
    facets: facetsOf(doc),
  };
}

/**
 * Writes of the search module's own tables: search_doc and (SQLite) search_fts. A document
 * keeps its time key while its creation time stays; the FTS row is rewritten with it.
 *
 * Index jobs may run in any order (several workers; PostgreSQL claims a batch unordered), so
 * a thread's or comment's job may carry the space it had before a move that is already
 * indexed. A moved thread's current space is kept in search_thread_space, and it wins over
 * the job's: otherwise a reply to a thread moved into a private space could stay findable
 * in the public one.
 */
export async function upsertDoc(db: Db, dialect: Dialect, payload: SearchDocument): Promise<void> {
  await withTransaction(db, async (tx) => {
    await commitLazily(tx, dialect);
    await upsertIn(tx, dialect, payload);
  });
}

/** upsertDoc inside the caller's transaction (a batch of index jobs shares one). */
export async function upsertIn(tx: DbOrTx, dialect: Dialect, payload: SearchDocument): Promise<void> {
  const thread = payload.kind === 'post' ? payload.id : payload.kind === 'comment' ? payload.postId : null;
  const moved = thread ? await threadSpace.executeTakeFirst(tx, { postId: thread }) : undefined;
  const doc = moved ? { ...payload, spaceId: moved.spaceId } : payload;
  const { row, terms, facets } = indexedDocOf(doc);
  const allTerms = dialect === 'postgres' ? [...terms, ...facets] : [];
  const existing = await docKey.executeTakeFirst(tx, { id: row.id });
  let key: number;
  if (existing && Number(existing.createdAt) === doc.createdAt) {
    key = Number(existing.timeKey);
    await tx
      .updateTable('searchDoc')
      .set({ ...row, ...(dialect === 'postgres' ? { terms: sql<string[]>`${allTerms}::text[]` as unknown as string[] } : {}) })
      .where('id', '=', row.id)
      .execute();
    if (dialect === 'sqlite') await tx.deleteFrom('searchFts').where('rowid', '=', key).execute();
  } else {
    if (existing) await removeIn(tx, dialect, row.id);
    key = await insertWithKey(tx, row, allTerms);
  }
  if (dialect === 'sqlite') await insertFts.execute(tx, { rowid: key, terms: terms.join(' '), facets: facets.join(' ') });
}

// The statements of every index write, built and compiled once (see db/prepared-query.ts).
const threadSpace = preparedQuery<{ postId: string }>()((db, p) =>
  db.selectFrom('searchThreadSpace').select('spaceId').where('postId', '=', p.postId),
);
const docKey = preparedQuery<{ id: string }>()((db, p) =>
  db.selectFrom('searchDoc').select(['timeKey', 'createdAt']).where('id', '=', p.id),
);
const topKey = preparedQuery<{ from: number; to: number }>()((db, p) =>
  db
    .selectFrom('searchDoc')
    .select((eb) => eb.fn.max('timeKey').as('top'))
    .where('timeKey', '>=', p.from)
    .where('timeKey', '<', p.to),
);
type DocValues = IndexedDoc['row'] & { timeKey: number; terms: string[] };
const insertDocRow = preparedQuery<DocValues>()((db, p) =>
  db
    .insertInto('searchDoc')
    .values({
      timeKey: p.timeKey,
      id: p.id,
      kind: p.kind,
      refId: p.refId,
      postId: p.postId,
      spaceId: p.spaceId,
      conversationId: p.conversationId,
      authorId: p.authorId,
      title: p.title,
      body: p.body,
      createdAt: p.createdAt,
      foldedTitle: p.foldedTitle,
      foldedLead: p.foldedLead,
      // Only PostgreSQL keeps the terms in search_doc.
      ...(db.getExecutor().adapter instanceof PostgresAdapter ? { terms: sql<string[]>`${p.terms}::text[]` as unknown as string[] } : {}),
    })
    .onConflict((oc) => oc.column('timeKey').doNothing())
    .returning('id'),
);
const insertFts = preparedQuery<{ rowid: number; terms: string; facets: string }>()((db, p) =>
  db.insertInto('searchFts').values({ rowid: p.rowid, terms: p.terms, facets: p.facets }),
);

/**
 * Inserts the document under the next free key of its millisecond (or, when that one is
 * full, of an earlier one). Two PostgreSQL workers may pick the same key at once: the loser
 * inserts nothing and tries the next.
 */
async function insertWithKey(tx: DbOrTx, row: IndexedDoc['row'], terms: string[]): Promise<number> {
  for (let base = keyOfTime(row.createdAt); base >= 0;) {
    const top = await topKey.executeTakeFirst(tx, { from: base, to: base + KEY_SLOTS });
    const taken = top?.top == null ? null : Number(top.top);
    if (taken !== null && taken >= base + KEY_SLOTS - 1) {
      base -= KEY_SLOTS;
      continue;
    }
    const key = taken === null ? base : taken + 1;
    const inserted = await insertDocRow.executeTakeFirst(tx, { ...row, timeKey: key, terms });
    if (inserted) return key;
  }
  throw new Error('no free search key');
}

export async function removeDoc(db: Db, dialect: Dialect, id: string): Promise<void> {
  await withTransaction(db, async (tx) => {
    await commitLazily(tx, dialect);
    await removeDocIn(tx, dialect, id);
  });
}

/** removeDoc inside the caller's transaction. */
export async function removeDocIn(tx: DbOrTx, dialect: Dialect, id: string): Promise<void> {
  await removeIn(tx, dialect, id);
  if (id.startsWith('post:')) await tx.deleteFrom('searchThreadSpace').where('postId', '=', id.slice('post:'.length)).execute();
}

/**
 * PostgreSQL: this transaction's commit does not wait for its WAL to reach the disk (the
 * cost of most of an index write). Safe for index jobs: the job runner marks the job done
 * in a later, durable commit, which flushes this one's WAL first; a crash before that leaves
 * the job to run again, and its writes are idempotent.
 */
export async function commitLazily(tx: DbOrTx, dialect: Dialect): Promise<void> {
  if (dialect === 'postgres') await sql`set local synchronous_commit = off`.execute(tx);
}

async function removeIn(tx: DbOrTx, dialect: Dialect, id: string): Promise<void> {
  if (dialect === 'sqlite') {
    const doc = await tx.selectFrom('searchDoc').select('timeKey').where('id', '=', id).executeTakeFirst();
    if (doc) await tx.deleteFrom('searchFts').where('rowid', '=', doc.timeKey).execute();
  }
  await tx.deleteFrom('searchDoc').where('id', '=', id).execute();
}

/**
 * A thread and its comments now live in `spaceId`: their column and their space facets say
 * so, and search_thread_space remembers it for their later index jobs. A move older than
 * the one already recorded (`at`, jobs running out of order) changes nothing. On SQLite the
 * FTS rows are written anew (the contentless table keeps no terms to edit), from the text.
 */
export async function reparentPost(db: Db, dialect: Dialect, postId: string, spaceId: string, at: number): Promise<void> {
  await withTransaction(db, async (tx) => {
    await commitLazily(tx, dialect);
    await reparentIn(tx, dialect, postId, spaceId, at);
  });
}

/** reparentPost inside the caller's transaction. */
export async function reparentIn(tx: DbOrTx, dialect: Dialect, postId: string, spaceId: string, at: number): Promise<void> {
  const known = await tx.selectFrom('searchThreadSpace').select('movedAt').where('postId', '=', postId).executeTakeFirst();
  if (known && known.movedAt > at) return;
  await tx
    .insertInto('searchThreadSpace')
    .values({ postId, spaceId, movedAt: at })
    .onConflict((oc) => oc.column('postId').doUpdateSet({ spaceId, movedAt: at }))
    .execute();
  const docs = await tx
    .selectFrom('searchDoc')
    .select(['id', 'timeKey', 'kind', 'conversationId', 'authorId', 'foldedTitle', 'body'])
    .where((eb) => eb.or([eb('id', '=', `post:${postId}`), eb('postId', '=', postId)]))
    .execute();
  if (docs.length === 0) return;
  const ids = docs.map((d) => d.id);
  if (dialect === 'postgres') {
    await tx
      .updateTable('searchDoc')
      .set({
        spaceId,
        // Facets are the only terms with ':'; `…space:…` are the space's (plain and by kind).
        terms: sql<string[]>`array(select t from unnest(terms) t where t not like '%space:%')
          || array[${spaceFacet(spaceId)}, kind || ':' || ${spaceFacet(spaceId)}]`,
      })
      .where('id', 'in', ids)
      .execute();
    return;
  }
  await tx.updateTable('searchDoc').set({ spaceId }).where('id', 'in', ids).execute();
  for (const doc of docs) {
    await tx.deleteFrom('searchFts').where('rowid', '=', doc.timeKey).execute();
    await tx
      .insertInto('searchFts')
      .values({
        rowid: doc.timeKey,
        terms: indexTermsOfFolded(`${doc.foldedTitle} ${foldText(doc.body)}`).join(' '),
        facets: facetsOf({ ...doc, spaceId }).join(' '),
      })
      .execute();
  }
}

export type DocRow = Omit<SearchDocTable, 'terms' | 'foldedTitle'>;

/**
 * Rows of a read: on SQLite outside a transaction straight from the reader connection
 * (synchronous, no driver queue; see db/prepared-query.ts), else through Kysely. Keys are
 * camelCase either way.
 */
export async function readRows(db: DbOrTx, query: RawBuilder<unknown>): Promise<Record<string, unknown>[]> {
  const compiled = compileRaw(db, query);
  const reader = sqliteReaderOf(db);
  if (reader) return reader.all(compiled.sql, compiled.parameters);
  return (await db.executeQuery<Record<string, unknown>>(compiled)).rows;
}

const plainCompilers = new WeakMap<DbOrTx, DbOrTx>();

/**
 * Compiles hand-written SQL without the plugins' pass over it: the camel-case transform has
 * nothing to rename in raw SQL, and walking a search statement's nodes cost more than
 * compiling it. (Results are still renamed: by the readers, or by the executor's plugins.)
 */
function compileRaw(db: DbOrTx, query: RawBuilder<unknown>) {
  let plain = plainCompilers.get(db);
  if (!plain) {
    plain = db.withoutPlugins();
    plainCompilers.set(db, plain);
  }
  return query.compile(plain);
}

/**
 * Rows of a long read (a ranked window): on SQLite on the background reader's thread, so the
 * event loop serves other requests meanwhile; else as readRows.
 */
export async function readRowsInBackground(db: DbOrTx, query: RawBuilder<unknown>): Promise<Record<string, unknown>[]> {
  const background = backgroundReaderOf(db);
  if (!background) return readRows(db, query);
  const compiled = compileRaw(db, query);
  return background.all(compiled.sql, compiled.parameters);
}

/** The shown columns of the documents with these keys (a page of ranked results), in no order. */
export async function docsByKeys(db: DbOrTx, keys: readonly number[]): Promise<DocRow[]> {
  if (keys.length === 0) return [];
  const rows = await readRows(
    db,
    sql`select id, kind, ref_id, post_id, space_id, conversation_id, author_id, title, body, created_at, time_key, folded_lead
      from search_doc where time_key in (${sql.join([...keys])})`,
  );
  return rows.map((row) => ({ ...(row as unknown as DocRow), createdAt: Number(row.createdAt), timeKey: Number(row.timeKey) }));
}
