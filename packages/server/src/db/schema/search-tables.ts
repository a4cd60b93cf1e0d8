/** The search index. */
export interface SearchDocTable {
  id: string;
  kind: string;
  refId: string;
  postId: string | null;
  spaceId: string | null;
  conversationId: string | null;
  authorId: string | null;
  title: string;
  body: string;
  createdAt: number;
  /** `created_at × 1024 + n`, unique: newest-first order; the document's rowid in search_fts on SQLite (migration 0013). */
  timeKey: number;
  /** Folded (NFKC, lower case, 简) title, for ranking features. */
  foldedTitle: string;
  /**
   * The first 1,000 characters of the body folded, for ranking features; character for
   * character when folding allows (whitespace kept), so it lines up with the body for highlights.
   */
  foldedLead: string;
  /** PostgreSQL only: the index terms and facet terms (SQLite keeps them in the search_fts FTS5 table). */
  terms?: string[];
}

/** The space of each moved thread, as of its latest move (search keeps its index by it). */
export interface SearchThreadSpaceTable {
  postId: string;
  spaceId: string;
  movedAt: number;
}

/** SQLite's FTS5 index of search_doc (contentless: its columns can be written, not read back). */
export interface SearchFtsTable {
  rowid: number;
  /** Text terms, space-separated. */
  terms: string;
  /** Facet terms (`space:…`, `conv:…`, the same by kind as `post:space:…`, `author:…`), space-separated. */
  facets: string;
}

/** The search module's tables, merged into `Database` (db/schema.ts). */
export interface SearchTables {
  searchDoc: SearchDocTable;
  searchThreadSpace: SearchThreadSpaceTable;
  searchFts: SearchFtsTable;
}
