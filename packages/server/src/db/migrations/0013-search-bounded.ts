import { PostgresAdapter, sql, type Kysely } from 'kysely';
import { foldText } from '../../platform/text/fold.js';
import { foldAligned } from '../../platform/text/search-tokens.js';

/**
 * Bounded search. Every document gets a time key (`created_at × 1024 + n`, unique), which
 * is its FTS5 rowid on SQLite and a b-tree key on PostgreSQL, so a query walks its matches
 * newest first and stops after a fixed number instead of ranking all of them. Facet terms
 * (`space:…`, `conv:…`, the same by kind as `post:space:…`, and `author:…`) join the text
 * terms, so the access filter and the search filters are intersected inside the index. The
 * folded title and start of the body are kept for the ranking features (exact phrase, title
 * match), computed in SQL on the bounded set, and for highlighting.
 *
 * On SQLite both tables are rebuilt: search_doc with the time key as its rowid, search_fts
 * with the `ascii` tokenizer (every non-ASCII character and ':' and '-' stay inside a term),
 * no positions (the terms are a set) and no stored copy of its columns (contentless: only
 * the index; search_doc holds the text, and a document's row is deleted by rowid). Existing
 * documents are carried over with their terms. The key and facet formats are written out
 * here rather than imported, so this migration keeps doing what it did.
 */
const SLOTS = 1024;
const LEAD = 1000;
const BATCH = 500;

const facetValue = (id: string) => (/^[0-9a-z-]+$/.test(id) ? id : `x-${Buffer.from(id).toString('hex')}`);

/** A document as stored before (single-word aliases: the app's Kysely renames snake_case keys). */
interface OldDoc {
  id: string;
  kind: string;
  ref: string;
  post: string | null;
  space: string | null;
  conversation: string | null;
  author: string | null;
  title: string;
  body: string;
  created: number | string;
  old: number | null;
}

/** `space:…`/`conv:…`, the same narrowed to the kind (`post:space:…`), `author:…`. */
function facetsOf(doc: OldDoc): string[] {
  const places = [
    ...(doc.space ? [`space:${facetValue(doc.space)}`] : []),
    ...(doc.conversation ? [`conv:${facetValue(doc.conversation)}`] : []),
  ];
  return [
    ...places,
    ...places.map((place) => `${facetValue(doc.kind)}:${place}`),
    ...(doc.author ? [`author:${facetValue(doc.author)}`] : []),
  ];
}

const MAX_TIME = Math.floor(Number.MAX_SAFE_INTEGER / SLOTS) - 1;

/** The next free key of a millisecond; a full one (an import) borrows from the milliseconds before it. */
function nextKey(taken: Map<number, number>, createdAt: number): number {
  for (let ms = Math.min(Math.max(Math.trunc(createdAt), 0), MAX_TIME); ; ms--) {
    const slot = taken.get(ms) ?? 0;
    if (slot < SLOTS) {
      taken.set(ms, slot + 1);
      return ms * SLOTS + slot;
    }
  }
}

export async function up(db: Kysely<unknown>): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  if (isPostgres) {
    await sql`alter table search_doc rename column fts_rowid to time_key`.execute(db);
    await sql`alter table search_doc alter column time_key type bigint`.execute(db);
    await sql`alter index search_doc_fts_rowid_key rename to search_doc_time_key_key`.execute(db);
    await sql`alter table search_doc add column folded_title text not null default ''`.execute(db);
    await sql`alter table search_doc add column folded_lead text not null default ''`.execute(db);
  } else {
    // The time key becomes the table's rowid, so the join from an FTS5 rowid is one b-tree lookup.
    await sql`alter table search_doc rename to search_doc_0005`.execute(db);
    await sql`alter table search_fts rename to search_fts_0005`.execute(db);
    await sql`create table search_doc (
      time_key integer primary key, id text not null unique, kind text not null, ref_id text not null,
      post_id text, space_id text, conversation_id text, author_id text, title text not null default '',
      body text not null, created_at bigint not null, folded_title text not null default '',
      folded_lead text not null default '')`.execute(db);
    await sql`create virtual table search_fts using fts5(terms, facets, tokenize = "ascii tokenchars ':-'", detail = none,
      content = '', contentless_delete = 1)`.execute(db);
    // Smaller leaf pages (4,050 bytes by default): skipping through a long posting list to a
    // given rowid parses one page, so a member who reads only a small space pays less per hit.
    await sql`insert into search_fts (search_fts, rank) values ('pgsz', 1000)`.execute(db);
  }
  const source = isPostgres ? 'search_doc' : 'search_doc_0005';
  const oldKey = sql.ref(isPostgres ? 'time_key' : 'fts_rowid');

  // Carry the documents over in batches. New keys are far above the old row numbers, so
  // PostgreSQL's unique index never sees a clash mid-way.
  const taken = new Map<number, number>();
  let after = '';
  for (;;) {
    const { rows } = await sql<OldDoc>`
      select id, kind, ref_id as ref, post_id as post, space_id as space, conversation_id as conversation, author_id as author,
        title, body, created_at as created, ${oldKey} as old
      from ${sql.table(source)} where id > ${after} order by id limit ${BATCH}`.execute(db);
    if (rows.length === 0) break;
    after = rows.at(-1)!.id;
    // PostgreSQL runs each migration in a transaction already; SQLite's batches get their own.
    await (db.isTransaction ? carry(db) : db.transaction().execute(carry));
    async function carry(tx: Kysely<unknown>): Promise<void> {
      for (const doc of rows) {
        const key = nextKey(taken, Number(doc.created));
        const foldedTitle = foldText(doc.title);
        const lead = doc.body.slice(0, LEAD);
        const foldedLead = foldAligned(lead) ?? foldText(lead);
        const facets = facetsOf(doc);
        if (isPostgres) {
          await sql`update search_doc set time_key = ${key}, folded_title = ${foldedTitle}, folded_lead = ${foldedLead},
            terms = terms || ${facets}::text[] where id = ${doc.id}`.execute(tx);
          continue;
        }
        const old =
          doc.old === null
            ? undefined
            : (await sql<{ terms: string }>`select terms from search_fts_0005 where rowid = ${doc.old}`.execute(tx)).rows[0];
        await sql`insert into search_doc (time_key, id, kind, ref_id, post_id, space_id, conversation_id, author_id, title, body,
            created_at, folded_title, folded_lead)
          values (${key}, ${doc.id}, ${doc.kind}, ${doc.ref}, ${doc.post}, ${doc.space}, ${doc.conversation},
            ${doc.author}, ${doc.title}, ${doc.body}, ${doc.created}, ${foldedTitle}, ${foldedLead})`.execute(tx);
        await sql`insert into search_fts (rowid, terms, facets) values (${key}, ${old?.terms ?? ''}, ${facets.join(' ')})`.execute(tx);
      }
    }
  }
  if (isPostgres) {
    await sql`alter table search_doc alter column time_key set not null`.execute(db);
    // Nothing walks a space's documents by date any more; the scans go by time key.
    await sql`drop index search_doc_by_space`.execute(db);
  } else {
    await sql`drop table search_fts_0005`.execute(db);
    await sql`drop table search_doc_0005`.execute(db);
  }
  // Moving a thread re-files its comments: find them without a scan.
  await db.schema.createIndex('search_doc_by_post').on('search_doc').column('post_id').execute();
  // Where moved threads live now, whatever order index jobs run in (see search.repository.ts).
  await db.schema
    .createTable('search_thread_space')
    .addColumn('post_id', 'text', (c) => c.primaryKey())
    .addColumn('space_id', 'text', (c) => c.notNull())
    .addColumn('moved_at', 'bigint', (c) => c.notNull())
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
