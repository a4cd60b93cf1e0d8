import { sql, type RawBuilder } from 'kysely';
import { AppError } from './errors/app-error.js';

/**
 * Opaque keyset cursors: `{at, id}` of the last item, base64url JSON. Keyset paging never
 * skips or repeats rows when new ones arrive, unlike offsets.
 */
export interface Keyset {
  at: number;
  id: string;
}

export function encodeCursor(key: Keyset): string {
  return Buffer.from(JSON.stringify([key.at, key.id])).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): Keyset | null {
  if (!cursor) return null;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && typeof value[0] === 'number' && typeof value[1] === 'string') return { at: value[0], id: value[1] };
  } catch {
    // fall through to the error below
  }
  throw new AppError('invalid_input', 400, {}, [{ path: 'query.cursor', code: 'invalid_format' }]);
}

/** Takes `limit + 1` rows and turns them into a page with the next cursor. */
export function toPage<Row, Item>(rows: Row[], limit: number, key: (row: Row) => Keyset, map: (row: Row) => Item) {
  const hasMore = rows.length > limit;
  const pageRows = hasMore ? rows.slice(0, limit) : rows;
  const last = pageRows[pageRows.length - 1];
  return { items: pageRows.map(map), nextCursor: hasMore && last ? encodeCursor(key(last)) : null };
}

/**
 * The keyset condition for "rows after this cursor" in newest-first order:
 * `at < cursor.at`, or the same `at` with a smaller id. Column names are camelCase
 * references (`member.createdAt`), mapped to snake_case like any other.
 */
export function olderThan(cursor: Keyset, atColumn: string, idColumn: string): RawBuilder<boolean> {
  const at = sql.ref(atColumn);
  return sql<boolean>`(${at} < ${cursor.at} or (${at} = ${cursor.at} and ${sql.ref(idColumn)} < ${cursor.id}))`;
}
