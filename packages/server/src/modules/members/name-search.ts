import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { foldText, queryGrams } from '../../platform/text/fold.js';

/**
 * A condition on `member` matching any part of the display name, Traditional and Simplified
 * alike, through the name-gram index (one indexed lookup per gram). Spaces are ignored on
 * both sides, so "mingchen" finds "Ming Chen" just as 晓明 finds 張曉明. Null when the
 * query folds to nothing.
 */
export function nameMatches(query: string | undefined): RawBuilder<SqlBool> | null {
  const folded = query ? foldText(query).replace(/\s+/g, '') : '';
  if (!folded) return null;
  const grams = queryGrams(folded);
  const parts = grams.map(
    (gram) =>
      sql<SqlBool>`${sql.ref('member.id')} in (select ${sql.ref('memberNameGram.memberId')} from ${sql.table('memberNameGram')} where ${sql.ref('memberNameGram.gram')} = ${gram})`,
  );
  // Grams narrow the candidates through the index; the substring check makes it exact.
  if (grams.length > 1)
    parts.push(sql<SqlBool>`replace(${sql.ref('member.nameFolded')}, ' ', '') like ${`%${escapeLike(folded)}%`} escape '\\'`);
  return sql<SqlBool>`(${sql.join(parts, sql` and `)})`;
}

/** Escapes LIKE wildcards in user text (the query is a literal substring). */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
