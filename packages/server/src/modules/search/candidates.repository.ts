import { sql, type RawBuilder } from 'kysely';
import type { Db, Dialect } from '../../db/database.js';
import { scoreSql } from './search.ranking.js';
import { readRows as run, readRowsInBackground } from './search.repository.js';
import { accessFacets, authorFacet, ftsExpression, matchGroups, type CandidateQuery } from './search.terms.js';

/**
 * The bounded scan. The window is the newest `pool` documents that match the query and that
 * the caller may read; it is ranked (search.ranking.ts) and a page of it returned. Its cost
 * follows `pool`, not the number of matches.
 *
 * SQLite: FTS5 walks the intersection of the query's posting lists and the caller's access
 * facets in descending rowid (= time key) order, and the LIMIT stops it; the window is
 * scored and sorted inside the same statement.
 *
 * PostgreSQL has no ordered posting lists, so it takes one of two plans, chosen by what it
 * finds rather than by the planner's guess (which, for array containment, can pick a
 * backward index scan over a million rows for a query with no match): a backward scan of
 * the newest documents by time key, filtering each (cost: the window of rows read), while
 * matches are dense enough to fill the pool within 20,000 rows; else a GIN bitmap
 * scan of the rest, facets included (cost: the readable matches, which are then few).
 */
export interface RankedPage {
  /** Time keys of the page, best first. */
  keys: number[];
  /** Matches found, up to pool + 1 (more than the pool: there are older matches). */
  found: number;
  /** The oldest key of the window (where the next window starts), or null for no match. */
  floor: number | null;
}

export interface PageOf {
  pool: number;
  offset: number;
  limit: number;
  now: number;
  /** PostgreSQL's ordered windows (rows read), smaller in tests so that every plan runs. */
  windows?: { first: number; max: number } | undefined;
}

/**
 * A page (`offset`, `limit`) of the window of the newest `pool` readable matches, ranked;
 * with how many matches there are up to pool + 1 and where the window ends. Nothing the
 * query's access lists do not allow is read, counted or returned. Throws only what the
 * database throws.
 */
export async function findRankedPage(db: Db, dialect: Dialect, query: CandidateQuery, page: PageOf): Promise<RankedPage> {
  const none = { keys: [], found: 0, floor: null };
  if (matchGroups(query).length === 0 || accessFacets(query).length === 0) return none;
  if (dialect === 'sqlite') return pageSqlite(db, query, page);
  const found = await scanPostgres(db, query, page);
  const window = found.slice(0, page.pool);
  const ranked = [...window].sort((a, b) => b.score - a.score || b.timeKey - a.timeKey);
  return {
    keys: ranked.slice(page.offset, page.offset + page.limit).map((c) => c.timeKey),
    found: found.length,
    floor: window.at(-1)?.timeKey ?? null,
  };
}

type Row = Record<string, unknown>;

/**
 * The exact checks on search_doc's own columns: access, kind, author (the facets only make
 * them cheap), and no author blocked either way with the searcher (a few, checked per row).
 */
function columnChecks(query: CandidateQuery): RawBuilder<unknown> {
  const places: RawBuilder<unknown>[] = [];
  if (query.spaceIds.length > 0) places.push(sql`d.space_id in (${sql.join([...query.spaceIds])})`);
  if (query.conversationIds.length > 0) places.push(sql`d.conversation_id in (${sql.join([...query.conversationIds])})`);
  const checks = [sql`(${sql.join(places, sql` or `)})`];
  if (query.kind) checks.push(sql`d.kind = ${query.kind}`);
  if (query.authorId) checks.push(sql`d.author_id = ${query.authorId}`);
  const hidden = query.hiddenAuthorIds ?? [];
  if (hidden.length > 0) checks.push(sql`(d.author_id is null or d.author_id not in (${sql.join([...hidden])}))`);
  return sql.join(checks, sql` and `);
}

function keyRange(fromKey: number | undefined, upper: number | undefined, column: RawBuilder<unknown>): RawBuilder<unknown> {
  const parts = [sql`true`];
  if (fromKey !== undefined) parts.push(sql`${column} >= ${fromKey}`);
  if (upper !== undefined) parts.push(sql`${column} < ${upper}`);
  return sql.join(parts, sql` and `);
}

/**
 * One statement: the window (CROSS JOIN keeps search_fts the outer loop, so its rowid order
 * serves the LIMIT and no match past the window is read), the requested page of it by
 * score, and on each row the window's count and oldest key.
 */
async function pageSqlite(db: Db, query: CandidateQuery, page: PageOf): Promise<RankedPage> {
  const match = ftsExpression(query);
  if (!match) return { keys: [], found: 0, floor: null };
  const rows = await readRowsInBackground(
    db,
    sql`with c as materialized (
        select d.time_key, ${scoreSql('sqlite', { ...query, now: page.now })} as score
        from search_fts f cross join search_doc d on d.time_key = f.rowid
        where search_fts match ${match} and ${keyRange(query.fromKey, query.toKey, sql`f.rowid`)} and ${columnChecks(query)}
        order by f.rowid desc limit ${page.pool + 1}),
      w as materialized (select time_key, score from c order by time_key desc limit ${page.pool})
      select w.time_key, (select count(*) from c) as found, (select min(time_key) from w) as floor
      from w order by w.score desc, w.time_key desc limit ${page.limit} offset ${page.offset}`,
  );
  // No row: no match at all (the service asks for offsets inside the window only).
  const first = rows[0];
  return {
    keys: rows.map((r) => Number(r.timeKey)),
    found: Number(first?.found ?? 0),
    floor: first?.floor == null ? null : Number(first.floor),
  };
}

interface Scored {
  timeKey: number;
  score: number;
}

/**
 * Rows of the first ordered window (twice the pool: enough when half the rows match); the
 * second is sized by the density the first found, up to the max.
 */
const windowsFor = (pool: number) => ({ first: Math.max(200, 2 * pool), max: 20_000 });

async function scanPostgres(db: Db, query: CandidateQuery, page: PageOf): Promise<Scored[]> {
  const { first, max } = page.windows ?? windowsFor(page.pool);
  const limit = page.pool + 1;
  const found: Scored[] = [];
  let upper = query.toKey;
  let window = first;
  for (let pass = 0; pass < 2; pass++) {
    const need = limit - found.length;
    const { rows, floor } = await orderedWindow(db, query, page.now, upper, window, need);
    found.push(...rows);
    if (rows.length >= need || floor === null) return found;
    upper = floor;
    const rest = limit - found.length;
    const density = rows.length / window;
    if (pass > 0 || density * max < rest) break;
    window = Math.min(max, Math.ceil((rest / density) * 1.25));
  }
  found.push(...(await bitmapScan(db, query, page.now, upper, limit - found.length)));
  return found;
}

const scored = (rows: Row[]): Scored[] => rows.map((r) => ({ timeKey: Number(r.timeKey), score: Number(r.score) }));

function termsMatch(query: CandidateQuery, extra: string[]): RawBuilder<unknown> {
  return sql`(${sql.join(
    matchGroups(query).map((group) => sql`d.terms @> ${[...group, ...extra]}::text[]`),
    sql` or `,
  )})`;
}

/**
 * The newest `window` documents below `upper`, filtered: a backward scan of the time-key
 * index. One round trip also brings the window's oldest key (where the next one starts; null
 * when the window reached the end of the range): an index-only pass over the same keys.
 */
async function orderedWindow(
  db: Db,
  query: CandidateQuery,
  now: number,
  upper: number | undefined,
  window: number,
  need: number,
): Promise<{ rows: Scored[]; floor: number | null }> {
  const range = keyRange(query.fromKey, upper, sql`time_key`);
  const rows = await run(
    db,
    sql`select h.time_key, h.score, w.floor, w.scanned
      from (select min(time_key) as floor, count(*) as scanned
            from (select time_key from search_doc where ${range} order by time_key desc limit ${window}) k) w
      left join lateral (
        select d.time_key, ${scoreSql('postgres', { ...query, now })} as score
        from (select time_key, created_at, kind, space_id, conversation_id, author_id, terms, folded_title, folded_lead
              from search_doc where ${range} order by time_key desc limit ${window}) d
        where ${termsMatch(query, [])} and ${columnChecks(query)}
        order by d.time_key desc limit ${need}) h on true`,
  );
  const stats = rows[0];
  return {
    rows: scored(rows.filter((r) => r.timeKey !== null)),
    floor: stats && Number(stats.scanned) === window ? Number(stats.floor) : null,
  };
}

/**
 * The GIN plan for sparse matches: posting lists of the terms, the access facets (of the
 * kind asked for) and the author intersected in the index, then only those rows read and
 * sorted. Plain index and sequential scans are switched off for this statement's
 * transaction, since the planner would otherwise still walk the time-key index when it
 * overestimates matches.
 */
async function bitmapScan(db: Db, query: CandidateQuery, now: number, upper: number | undefined, need: number): Promise<Scored[]> {
  const extra = query.authorId ? [authorFacet(query.authorId)] : [];
  return db.transaction().execute(async (tx) => {
    await sql`set local enable_indexscan = off`.execute(tx);
    await sql`set local enable_seqscan = off`.execute(tx);
    const result = await sql<Row>`select d.time_key, ${scoreSql('postgres', { ...query, now })} as score
      from search_doc d
      where ${termsMatch(query, extra)} and d.terms && ${accessFacets(query)}::text[]
        and ${keyRange(query.fromKey, upper, sql`d.time_key`)} and ${columnChecks(query)}
      order by d.time_key desc limit ${need}`.execute(tx);
    return scored(result.rows);
  });
}
