import { wordsImplyBigrams } from '../../platform/text/search-tokens.js';

/**
 * The pieces both engines share: time keys (the order the index is walked in), facet terms
 * (where a document lives, what it is, who wrote it) and the match expressions built from a
 * query. Pure functions, no database.
 */

/**
 * A document's time key: `created_at × 1024 + n`, unique, so ordering by it is newest-first
 * by creation time. It is the FTS5 rowid on SQLite (FTS5 walks a posting list in rowid
 * order, either way, and stops when the LIMIT is met) and a b-tree key on PostgreSQL. 1024
 * slots per millisecond; a fuller millisecond borrows the free slots of earlier ones.
 * Epoch milliseconds up to the year 2248 keep the key inside 2^53.
 */
export const KEY_SLOTS = 1024;
const MAX_TIME = Math.floor(Number.MAX_SAFE_INTEGER / KEY_SLOTS) - 1;

/** The first key of a millisecond (clamped to what a key can hold). */
export function keyOfTime(ms: number): number {
  return Math.min(Math.max(Math.trunc(ms), 0), MAX_TIME) * KEY_SLOTS;
}

/** An id as it appears inside a facet term: as is when it is lower-case letters, digits and hyphens (UUIDs), else hex. */
function facetValue(id: string): string {
  return /^[0-9a-z-]+$/.test(id) ? id : `x-${Buffer.from(id).toString('hex')}`;
}

export const spaceFacet = (spaceId: string) => `space:${facetValue(spaceId)}`;
export const conversationFacet = (conversationId: string) => `conv:${facetValue(conversationId)}`;
export const authorFacet = (authorId: string) => `author:${facetValue(authorId)}`;
/** A place facet narrowed to one kind (`post:space:…`): a kind filter is one posting list fewer to intersect. */
export const ofKind = (kind: string, placeFacet: string) => `${facetValue(kind)}:${placeFacet}`;

/**
 * The facet terms of a document: where it lives (its space or DM), the same narrowed to its
 * kind, and its author. They contain ':', which no text term can (text terms are runs of
 * letters and digits), so text never matches a facet. Access is still checked on
 * search_doc's columns too: the facets make the check cheap, the columns make it exact.
 */
export function facetsOf(doc: { kind: string; spaceId: string | null; conversationId: string | null; authorId: string | null }): string[] {
  const places = [
    ...(doc.spaceId ? [spaceFacet(doc.spaceId)] : []),
    ...(doc.conversationId ? [conversationFacet(doc.conversationId)] : []),
  ];
  return [...places, ...places.map((place) => ofKind(doc.kind, place)), ...(doc.authorId ? [authorFacet(doc.authorId)] : [])];
}

/** What a content search asks of the index, whichever engine answers. */
export interface CandidateQuery {
  /** jieba's words of the folded query: a document with all of them matches. */
  words: string[];
  /** The query's marked Han bigrams (and its other words): a document with all of them matches too. */
  bigrams: string[];
  /** The folded query, for the exact-phrase feature. */
  phrase: string;
  /** Readable spaces and DMs (already narrowed to one space by a space filter). */
  spaceIds: readonly string[];
  conversationIds: readonly string[];
  /** The one content kind to search, or all of them. */
  kind?: string | undefined;
  authorId?: string | undefined;
  /** Authors blocked either way with the searcher: their content is never a match. */
  hiddenAuthorIds?: readonly string[] | undefined;
  /** Time keys: at or after `fromKey`, before `toKey` (both optional). */
  fromKey?: number | undefined;
  toKey?: number | undefined;
}

/**
 * The groups a document may match by (all terms of one group), dropping empty ones, and the
 * word group when a word match implies a bigram match (one word, or words no bigram spans).
 */
export function matchGroups(query: Pick<CandidateQuery, 'words' | 'bigrams'>): string[][] {
  if (query.words.length > 0 && query.bigrams.length > 0 && wordsImplyBigrams(query.words, query.bigrams)) return [query.bigrams];
  return [query.words, query.bigrams].filter((group) => group.length > 0);
}

/** The facets a readable document (of the kind asked for, if any) has at least one of. */
export function accessFacets(query: Pick<CandidateQuery, 'spaceIds' | 'conversationIds' | 'kind'>): string[] {
  const places = [...query.spaceIds.map(spaceFacet), ...query.conversationIds.map(conversationFacet)];
  const { kind } = query;
  return kind ? places.map((place) => ofKind(kind, place)) : places;
}

const quote = (term: string) => `"${term.replaceAll('"', '""')}"`;

/**
 * The FTS5 expression of a query: (all words OR all bigrams) AND (a readable space or DM,
 * of the kind asked for) AND (the author). FTS5 intersects these posting lists in rowid
 * order, skipping through the long ones, so a member who reads one small space among big
 * ones walks only that space's matches.
 */
export function ftsExpression(query: CandidateQuery): string | null {
  const groups = matchGroups(query);
  const access = accessFacets(query);
  if (groups.length === 0 || access.length === 0) return null;
  const parts = [`(${groups.map((group) => `(${group.map(quote).join(' AND ')})`).join(' OR ')})`, `(${access.map(quote).join(' OR ')})`];
  if (query.authorId) parts.push(quote(authorFacet(query.authorId)));
  return parts.join(' AND ');
}
