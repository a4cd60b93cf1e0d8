import type { FeedPage, FeedScope } from '@hearth/contracts';
import type { z } from 'zod';
import type { FeedQuery } from '@hearth/contracts';
import type { DbOrTx } from '../../db/database.js';
import { toIsoOrNull } from '../../platform/clock.js';
import type { Actor } from '../../platform/http/actor.js';
import type { ThreadScope } from './posts.repository.js';
import { threadPage } from './thread-lists.js';
import type { PostsDeps } from './thread-access.js';

/** A gap this long between two feed loads starts a new visit (Discourse counts visits much the same way). */
export const VISIT_GAP_MS = 60 * 60_000;

/**
 * The home feed: threads of the spaces a member joined and of the members they follow (or
 * of every space they may read), ranked like a space's list, without blocked authors, with
 * the start of their previous visit for the "new since your last visit" line.
 */
export class FeedService {
  constructor(private readonly deps: PostsDeps) {}

  async feed(actor: Actor, query: z.output<typeof FeedQuery>): Promise<FeedPage> {
    const [spaces, followees, hidden] = await Promise.all([
      this.deps.spaces.list(actor),
      this.deps.people.followeeIds(actor.memberId),
      this.deps.people.hiddenAuthorIds(actor.memberId),
    ]);
    const joined = spaces.spaces.filter((s) => s.joined).map((s) => s.id);
    const scope: FeedScope = query.scope ?? (joined.length > 0 || followees.length > 0 ? 'following' : 'all');
    const threads: ThreadScope = {
      spaceIds: spaces.spaces.map((s) => s.id),
      excludeAuthorIds: [...hidden],
      includePinned: true,
      ...(scope === 'following' ? { followed: { spaceIds: joined, authorIds: followees } } : {}),
    };
    const [page, lastVisitAt] = await Promise.all([
      threadPage(this.deps, threads, query),
      // Only the first page counts as a visit; paging further is the same visit.
      query.cursor ? this.previousVisit(this.deps.platform.db, actor.memberId) : this.recordVisit(actor.memberId),
    ]);
    const byId = new Map(spaces.spaces.map((s) => [s.id, s]));
    return {
      items: page.items.map((item) => ({
        ...item,
        spaceName: byId.get(item.spaceId)?.name ?? '',
        spaceIcon: byId.get(item.spaceId)?.icon || null,
      })),
      nextCursor: page.nextCursor,
      scope,
      lastVisitAt: toIsoOrNull(lastVisitAt),
    };
  }

  private async previousVisit(db: DbOrTx, memberId: string): Promise<number | null> {
    const row = await db.selectFrom('feedVisit').select('previousVisitAt').where('memberId', '=', memberId).executeTakeFirst();
    return row?.previousVisitAt ?? null;
  }

  /** Marks this load; a load after a gap of VISIT_GAP_MS begins a new visit and the last one becomes "previous". */
  private async recordVisit(memberId: string): Promise<number | null> {
    const db = this.deps.platform.db;
    const now = this.deps.platform.clock.now();
    const row = await db.selectFrom('feedVisit').selectAll().where('memberId', '=', memberId).executeTakeFirst();
    if (!row) {
      await db
        .insertInto('feedVisit')
        .values({ memberId, previousVisitAt: null, currentVisitAt: now })
        .onConflict((oc) => oc.column('memberId').doNothing())
        .execute();
      return null;
    }
    const newVisit = now - row.currentVisitAt >= VISIT_GAP_MS;
    const previous = newVisit ? row.currentVisitAt : row.previousVisitAt;
    await db.updateTable('feedVisit').set({ previousVisitAt: previous, currentVisitAt: now }).where('memberId', '=', memberId).execute();
    return previous;
  }
}
