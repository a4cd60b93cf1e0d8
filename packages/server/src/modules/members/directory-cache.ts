import type { DbOrTx } from '../../db/database.js';
import { preparedQuery } from '../../db/prepared-query.js';

const directoryVersion = preparedQuery<Record<string, never>>()((db) =>
  db.selectFrom('directoryVersion').select('version').where('id', '=', 1),
);

/** Pages kept per node: the recent queries of search boxes, their next pages and the plain listing. */
const MAX_PAGES = 2_000;

/**
 * Each node's copy of recent directory and member-search results (the rows, before the
 * viewer's blocks are applied). A search box sends the same few prefixes again and again,
 * and a page costs ~100–300 µs of SQL over 100,000 members, most of it reading 20 member rows
 * by key; a cached page costs one primary-key read of `directory_version`, which triggers
 * bump on every change a page may show (migration 0016). The version is read before the
 * rows, so a page stored under a version is never older than it; any change on any node
 * empties every node's copy at its next search.
 */
export class DirectoryCache<Row> {
  private version: number | null = null;
  private pages = new Map<string, readonly Row[]>();

  async rows(db: DbOrTx, key: string, load: () => Promise<readonly Row[]>): Promise<readonly Row[]> {
    const row = await directoryVersion.executeTakeFirst(db, {});
    const version = Number(row?.version ?? 0);
    if (version !== this.version) {
      this.pages = new Map();
      this.version = version;
    }
    const cached = this.pages.get(key);
    if (cached) return cached;
    const rows = await load();
    // Another search may have seen a newer version meanwhile; then these rows belong to no page set.
    if (this.version === version) {
      if (this.pages.size >= MAX_PAGES) this.pages.delete(this.pages.keys().next().value!);
      this.pages.set(key, rows);
    }
    return rows;
  }
}
