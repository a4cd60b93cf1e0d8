import type { SearchHit, Suggestion } from '@hearth/contracts';
import type { z } from 'zod';
import type { SearchQuery as SearchQuerySchema } from '@hearth/contracts';
import type { Platform } from '../../app/platform.js';
import { toIso } from '../../platform/clock.js';
import type { Actor } from '../../platform/http/actor.js';
import { foldText } from '../../platform/text/fold.js';
import { matchRanges, queryTerms, snippetAround } from '../../platform/text/search-tokens.js';
import type { ChatService } from '../chat/index.js';
import type { MembersService } from '../members/index.js';
import type { SpacesService } from '../spaces/index.js';
import { findDocs, type DocRow } from './search.repository.js';

export interface SearchDeps {
  platform: Platform;
  spaces: SpacesService;
  members: MembersService;
  chat: ChatService;
}

const CONTENT_KINDS = ['post', 'comment', 'message'] as const;

/** Offsets as cursors: search results are ranked, not in a stable key order. */
const encodeOffset = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');
const decodeOffset = (cursor: string | undefined) => {
  const match = cursor ? /^o:(\d{1,6})$/.exec(Buffer.from(cursor, 'base64url').toString()) : null;
  return match ? Number(match[1]) : 0;
};

/**
 * One search over threads, comments, chat, members and spaces. Content is filtered by the
 * spaces access policy (the caller's readable spaces) and DM membership before ranking, so a
 * hit the caller may not read is never even counted.
 */
export class SearchService {
  constructor(private readonly deps: SearchDeps) {}

  async search(actor: Actor, query: z.output<typeof SearchQuerySchema>): Promise<{ items: SearchHit[]; nextCursor: string | null }> {
    const offset = decodeOffset(query.cursor);
    const kinds = query.kind ? [query.kind] : ['post', 'comment', 'message', 'member', 'space'];
    const contentKinds = CONTENT_KINDS.filter((kind) => kinds.includes(kind));
    // Members and spaces come first, on the first page only: there are few, and they are
    // what a short query (a name) usually means.
    const people =
      offset === 0 && kinds.includes('member') && !query.spaceId && !query.authorId ? await this.memberHits(actor, query.q) : [];
    const places = offset === 0 && kinds.includes('space') && !query.authorId ? await this.spaceHits(actor, query.q, query.spaceId) : [];
    let docs: DocRow[] = [];
    if (contentKinds.length > 0) {
      const [spaceIds, conversationIds] = await Promise.all([
        this.deps.spaces.visibleSpaceIds(actor),
        contentKinds.includes('message') ? this.deps.chat.conversationIdsOf(actor.memberId) : Promise.resolve([]),
      ]);
      docs = await findDocs(
        this.deps.platform.db,
        this.deps.platform.dialect,
        queryTerms(query.q),
        {
          kinds: contentKinds,
          spaceIds,
          conversationIds,
          spaceId: query.spaceId,
          authorId: query.authorId,
          from: query.from ? Date.parse(query.from) : undefined,
          to: query.to ? Date.parse(query.to) : undefined,
        },
        offset,
        query.limit + 1,
      );
    }
    const page = docs.slice(0, query.limit);
    const authors = await this.deps.members.refs(page.map((d) => d.authorId ?? '').filter(Boolean));
    const content = page.map((doc): SearchHit => {
      const inBody = matchRanges(doc.body, query.q);
      const { snippet, highlights } = snippetAround(doc.body, inBody);
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
    return { items: [...people, ...places, ...content], nextCursor: docs.length > query.limit ? encodeOffset(offset + query.limit) : null };
  }

  /** Up to eight quick matches while typing: members and spaces by name, threads by title. */
  async suggest(actor: Actor, q: string): Promise<Suggestion[]> {
    const [people, places, threads] = await Promise.all([
      this.memberHits(actor, q, 3),
      this.spaceHits(actor, q, undefined, 2),
      this.search(actor, { q, kind: 'post', limit: 5 }),
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
