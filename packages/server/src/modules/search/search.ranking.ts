import { sql, type RawBuilder } from 'kysely';
import type { Dialect } from '../../db/database.js';

/**
 * How the bounded set of candidates is ordered, as one SQL expression over a candidate row
 * `d` of search_doc (so both engines rank alike, and SQLite sorts the set without handing
 * it to JavaScript).
 *
 * Every candidate contains all the query's words (or all its bigrams), so what tells them
 * apart is where and how: the whole query in the title (3), the share of the query's words
 * in the title (up to 2), the whole query as typed, folded, in the first 1,000 characters
 * of the body (1.5). A comment's title is its thread's and a chat message's is its space's
 * name, so their title features count half and a quarter: the thread ranks above its
 * replies. Recency adds at most 1 (`1 / (1 + age / 30 days)`), so it orders documents of
 * one tier and lets a newer match pass an older one only within a tier's width.
 * Equal scores: newest first.
 */
export const RANKING = { titlePhrase: 3, titleWords: 2, leadPhrase: 1.5, recencyDays: 30 } as const;

export interface RankedQuery {
  /** The query's (folded) words, for the title feature. */
  words: readonly string[];
  /** The whole folded query, for the phrase features. */
  phrase: string;
  /** Ranking time (the clock's now). */
  now: number;
}

/** The score of row `d` (alias of search_doc) for a query. */
export function scoreSql(dialect: Dialect, query: RankedQuery): RawBuilder<number> {
  const contains = (column: 'folded_title' | 'folded_lead', needle: string) =>
    dialect === 'sqlite' ? sql`(instr(d.${sql.raw(column)}, ${needle}) > 0)` : sql`(strpos(d.${sql.raw(column)}, ${needle}) > 0)::int`;
  const words = [...new Set(query.words)];
  const titleWords =
    words.length > 0
      ? sql`(${sql.join(
          words.map((word) => contains('folded_title', word)),
          sql` + `,
        )}) * ${sql.lit(RANKING.titleWords / words.length)}`
      : sql`0`;
  const halfLife = RANKING.recencyDays * 24 * 3600 * 1000;
  // Constants are literals (PostgreSQL would type a bound 0.67 after the integer it multiplies).
  // A document dated ahead of the clock counts as new, never as more than new.
  const age =
    dialect === 'sqlite'
      ? sql`max((cast(${query.now} as real) - d.created_at) / ${sql.lit(halfLife)}, 0.0)`
      : sql`greatest((${query.now}::float8 - d.created_at) / ${sql.lit(halfLife)}, 0.0)`;
  return sql<number>`(case d.kind when 'post' then 1.0 when 'comment' then 0.5 else 0.25 end
      * (${sql.lit(RANKING.titlePhrase)} * ${contains('folded_title', query.phrase)} + ${titleWords})
    + ${sql.lit(RANKING.leadPhrase)} * ${contains('folded_lead', query.phrase)}
    + 1.0 / (1.0 + ${age}))`;
}
