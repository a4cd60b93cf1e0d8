import type { SearchHit, SearchPage, SearchQuery as SearchQuerySchema, Suggestion } from '@hearth/contracts';
import type { z } from 'zod';
import type { Platform } from '../../app/platform.js';
import { toIso } from '../../platform/clock.js';
import type { Actor } from '../../platform/http/actor.js';
import { foldText } from '../../platform/text/fold.js';
import { matchNeedles, matchRanges, matchRangesOf, queryTerms, snippetAround } from '../../platform/text/search-tokens.js';
import type { ChatService } from '../chat/index.js';
import type { MembersService } from '../members/index.js';
import type { SpacesService } from '../spaces/index.js';
import { findRankedPage } from './candidates.repository.js';
import { docsByKeys, LEAD, type DocRow } from './search.repository.js';
import { keyOfTime, type CandidateQuery } from './search.terms.js';

export interface SearchDeps {
  platform: Platform;
  spaces: SpacesService;
  members: MembersService;
  chat: ChatService;
  /** Whose content the searcher must not find (blocked either way). */
  people: { hiddenAuthorIds(viewerId: string): Promise<ReadonlySet<string>> };
}

const CONTENT_KINDS = ['post', 'comment', 'message'] as const;
type ContentKind = (typeof CONTENT_KINDS)[number];

/**
 * How many of the newest readable matches are ranked together (and counted: "500+").
 * The scan stops there, so a query costs the same for 500 matches as for a million.
 */
export const RANKED_POOL = 500;
/** Suggestions rank fewer: they run on every pause in typing. */
const SUGGEST_POOL = 200;

/**
 * Where a page starts: `before` bounds the window of matches being ranked (the keys below
 * it; none for the newest window) and `offset` is the position in that window's ranking.
 */
interface Cursor {
  before: number | null;
  offset: number;
}
const encodeCursor = (c: Cursor) => Buffer.from(`w:${c.before ?? ''}:${c.offset}`).toString('base64url');
function decodeCursor(cursor: string | undefined): Cursor {
  const match = cursor ? /^w:(\d{1,16})?:(\d{1,5})$/.exec(Buffer.from(cursor, 'base64url').toString()) : null;
  if (!match) return { before: null, offset: 0 };
  return { before: match[1] ? Number(match[1]) : null, offset: Number(match[2]) };
}

/**
 * One search over threads, comments, chat, members and spaces. Content is filtered by the
 * spaces access policy (the caller's readable spaces) and DM membership inside the index
 * scan, before anything is counted or ranked, so a hit the caller may not read is never
 * even counted; nor is content by members blocked either way with the caller.
 */
export class SearchService {
  constructor(private readonly deps: SearchDeps) {}

  /**
   * A page of hits: on the first, members and spaces by name, then content. Content is the
   * newest `RANKED_POOL` readable matches ranked by title and phrase matches, then recency;
   * after them the next older window, ranked the same way. The first page carries the
   * count, capped at the pool. Never throws for a query that matches nothing.
   */
  async search(actor: Actor, query: z.output<typeof SearchQuerySchema>, pool = RANKED_POOL): Promise<SearchPage> {
    const cursor = decodeCursor(query.cursor);
    const isFirst = cursor.before === null && cursor.offset === 0;
    const kinds = query.kind ? [query.kind] : ['post', 'comment', 'message', 'member', 'space'];
    const contentKinds = CONTENT_KINDS.filter((kind) => kinds.includes(kind));
    // Members and spaces come first, on the first page only: there are few, and they are
    // what a short query (a name) usually means.
    const [people, places, content] = await Promise.all([
      isFirst && kinds.includes('member') && !query.spaceId && !query.authorId ? this.memberHits(actor, query.q) : [],
      isFirst && kinds.includes('space') && !query.authorId ? this.spaceHits(actor, query.q, query.spaceId) : [],
      contentKinds.length > 0 ? this.contentPage(actor, query, contentKinds, cursor, pool) : null,
    ]);
    const shown = people.length + places.length;
    return {
      items: [...people, ...places, ...(content?.items ?? [])],
      nextCursor: content?.next ? encodeCursor(content.next) : null,
      ...(isFirst ? { total: { count: shown + (content?.windowSize ?? 0), isCapped: content?.hasOlder ?? false } } : {}),
    };
  }

  private async contentPage(
    actor: Actor,
    query: z.output<typeof SearchQuerySchema>,
    contentKinds: ContentKind[],
    cursor: Cursor,
    pool: number,
  ): Promise<{ items: SearchHit[]; next: Cursor | null; windowSize: number; hasOlder: boolean }> {
    const [visible, conversationIds, hidden] = await Promise.all([
      this.deps.spaces.visibleSpaceIds(actor),
      contentKinds.includes('message') && !query.spaceId ? this.deps.chat.conversationIdsOf(actor.memberId) : Promise.resolve([]),
      this.deps.people.hiddenAuthorIds(actor.memberId),
    ]);
    const spaceIds = query.spaceId ? visible.filter((id) => id === query.spaceId) : visible;
    const terms = queryTerms(query.q);
    const toKeys = [query.to ? keyOfTime(Date.parse(query.to)) : null, cursor.before].filter((k): k is number => k !== null);
    const scan: CandidateQuery = {
      ...terms,
      phrase: foldText(query.q),
      spaceIds,
      conversationIds,
      kind: contentKinds.length === 1 ? contentKinds[0] : undefined,
      authorId: query.authorId,
      hiddenAuthorIds: [...hidden],
      fromKey: query.from ? keyOfTime(Date.parse(query.from)) : undefined,
      toKey: toKeys.length > 0 ? Math.min(...toKeys) : undefined,
    };
    const page = await findRankedPage(this.deps.platform.db, this.deps.platform.dialect, scan, {
      pool,
      offset: cursor.offset,
      limit: query.limit,
      now: this.deps.platform.clock.now(),
    });
    const windowSize = Math.min(page.found, pool);
    const hasOlder = page.found > pool;
    const end = cursor.offset + page.keys.length;
    const next: Cursor | null =
      page.keys.length > 0 && end < windowSize
        ? { ...cursor, offset: end }
        : hasOlder && page.floor !== null
          ? { before: page.floor, offset: 0 }
          : null;
    return { items: await this.hitsOf(page.keys, query.q), next, windowSize, hasOlder };
  }

  /** The hits of these keys, in this order, with snippets and authors. */
  private async hitsOf(keys: number[], q: string): Promise<SearchHit[]> {
    const rows = new Map((await docsByKeys(this.deps.platform.db, keys)).map((doc) => [doc.timeKey, doc]));
    const docs = keys.map((key) => rows.get(key)).filter((doc): doc is DocRow => doc !== undefined);
    const authors = await this.deps.members.refs(docs.map((d) => d.authorId ?? '').filter(Boolean));
    const needles = matchNeedles(q);
    return docs.map((doc): SearchHit => {
      // Folding a body costs more than the search: look in its start first, folded at indexing.
      const inLead = matchRangesOf(doc.body.slice(0, LEAD), needles, doc.foldedLead);
      const ranges = inLead.length > 0 ? inLead : matchRangesOf(doc.body, needles);
      const { snippet, highlights } = snippetAround(doc.body, ranges);
      const author = doc.authorId ? authors.get(doc.authorId) : undefined;
      return {
        kind: doc.kind as SearchHit['kind'],
        id: doc.refId,
        ...(doc.title ? { title: doc.title } : {}),
        snippet,
        highlights,
        ...(doc.postId ? { postId: doc.postId } : doc.kind === 'post' ? { postId: doc.refId } : {}),
        ...(doc.spaceId ? { spaceId: doc.spaceId } : {}),
        ...(doc.conversationId ? { conversationId: doc.conversationId } : {}),
        ...(author ? { author } : {}),
        createdAt: toIso(doc.createdAt),
      };
    });
  }

  /** Up to eight quick matches while typing: members and spaces by name, threads by title. */
  async suggest(actor: Actor, q: string): Promise<Suggestion[]> {
    const [people, places, threads] = await Promise.all([
      this.memberHits(actor, q, 3),
      this.spaceHits(actor, q, undefined, 2),
      this.search(actor, { q, kind: 'post', limit: 5 }, SUGGEST_POOL),
    ]);
    return [...people, ...places, ...threads.items].slice(0, 8).map((hit) => ({
      kind: hit.kind,
      id: hit.id,
      title: hit.title ?? hit.snippet,
      ...(hit.postId ? { postId: hit.postId } : {}),
      ...(hit.spaceId ? { spaceId: hit.spaceId } : {}),
    }));
  }

  /** Members matching `q`, except those blocked either way with the searcher. */
  private async memberHits(actor: Actor, q: string, limit = 5): Promise<SearchHit[]> {
    const page = await this.deps.members.listDirectory(actor.memberId, { q, limit });
    return page.items.map((member) => {
      const { snippet, highlights } = snippetAround(member.bio, matchRanges(member.bio, q));
      return {
        kind: 'member' as const,
        id: member.id,
        title: member.displayName,
        snippet,
        highlights,
        author: { id: member.id, displayName: member.displayName, avatarUrl: member.avatarUrl },
      };
    });
  }

  private async spaceHits(actor: Actor, q: string, onlySpaceId: string | undefined, limit = 5): Promise<SearchHit[]> {
    const needle = foldText(q);
    const { spaces } = await this.deps.spaces.list(actor);
    return spaces
      .filter((space) => (!onlySpaceId || space.id === onlySpaceId) && foldText(`${space.name} ${space.description}`).includes(needle))
      .slice(0, limit)
      .map((space) => {
        const { snippet, highlights } = snippetAround(space.description, matchRanges(space.description, q));
        return { kind: 'space' as const, id: space.id, title: space.name, snippet, highlights, spaceId: space.id };
      });
  }
}
