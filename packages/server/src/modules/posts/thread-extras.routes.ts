import { postRoutes as r } from '@hearth/contracts';
import type { FastifyInstance } from 'fastify';
import { registerRoute } from '../../platform/http/route.js';
import type { BookmarksService } from './bookmarks.service.js';
import type { PollsService } from './polls.service.js';
import type { ScheduledThreads } from './scheduled-threads.js';

/** Polls, bookmarks and the content calendar. Thin: contract → service → contract. */
export function registerThreadExtrasRoutes(
  app: FastifyInstance,
  s: { polls: PollsService; bookmarks: BookmarksService; scheduled: ScheduledThreads },
): void {
  const { polls, bookmarks, scheduled } = s;
  registerRoute(app, r.votePoll, async ({ actor, params, body }) => ({ poll: await polls.vote(actor, params.id, body.optionIds) }));
  registerRoute(app, r.retractVote, async ({ actor, params }) => ({ poll: await polls.retract(actor, params.id) }));
  registerRoute(app, r.bookmarkPost, async ({ actor, params }) => bookmarks.add(actor, 'post', params.id));
  registerRoute(app, r.unbookmarkPost, async ({ actor, params }) => bookmarks.remove(actor, 'post', params.id));
  registerRoute(app, r.bookmarkComment, async ({ actor, params }) => bookmarks.add(actor, 'comment', params.id));
  registerRoute(app, r.unbookmarkComment, async ({ actor, params }) => bookmarks.remove(actor, 'comment', params.id));
  registerRoute(app, r.myBookmarks, async ({ actor, query }) => bookmarks.list(actor, query));
  registerRoute(app, r.scheduledPosts, async ({ actor, query }) => ({
    items: await scheduled.calendar(actor, Date.parse(query.from), Date.parse(query.to)),
  }));
}
