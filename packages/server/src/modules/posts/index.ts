/** The posts module's public surface; other modules import only from here. */
import type { FastifyInstance } from 'fastify';
import type { Tx } from '../../db/database.js';
import { BookmarksService } from './bookmarks.service.js';
import { CommentsService } from './comments.service.js';
import { registerFeedRoutes } from './feed.routes.js';
import { FeedService } from './feed.service.js';
import { heldContentHandlers } from './held-content.js';
import { postReportTargets, type PostReportTargets } from './report-targets.js';
import type { HeldContentHandler } from '../moderation/index.js';
import { PollsService } from './polls.service.js';
import { registerPostRoutes } from './posts.routes.js';
import { PostsService } from './posts.service.js';
import { ReactionsService } from './reactions.service.js';
import { ScheduledThreads } from './scheduled-threads.js';
import { registerThreadExtrasRoutes } from './thread-extras.routes.js';
import { ThreadPages } from './thread-page.js';
import type { PostsDeps } from './thread-access.js';
import { importThread, type ImportedThread } from './thread-import.js';

export type { ImportedThread } from './thread-import.js';
export { CommentCreated, ContentModerated, ContentRemoved, ReactionAdded, ReactionRemoved } from './posts.events.js';
export { AnswerAccepted, ThreadPublished } from './posts.events.js';
export type { ContributionFacts } from './contribution-facts.repository.js';
export { newThreadsSince, type NewThread } from './new-threads.js';
export type { AuthorActivity } from './author-activity.repository.js';
export type { TippableContent } from './tip-targets.js';

export interface PostsModule {
  posts: PostsService;
  /** Stores a thread written elsewhere (demo content, migrations) inside the caller's transaction. */
  importThread(tx: Tx, thread: ImportedThread): Promise<string>;
  /** What the review queue calls to publish or remove held threads and replies. */
  held: { post: HeldContentHandler; comment: HeldContentHandler };
  /** What member reports need of threads and replies (describe, remove, hide). */
  reportTargets: PostReportTargets;
  registerRoutes(app: FastifyInstance): void;
}

export function createPostsModule(deps: PostsDeps): PostsModule {
  const comments = new CommentsService(deps);
  const polls = new PollsService(deps);
  const scheduled = new ScheduledThreads(deps);
  const bookmarks = new BookmarksService(deps, comments);
  const posts = new PostsService(deps, comments, polls, scheduled, new ThreadPages(deps));
  const reactions = new ReactionsService(deps, comments);
  const feed = new FeedService(deps);
  return {
    posts,
    importThread: (tx, thread) => importThread(deps, tx, thread),
    held: heldContentHandlers(deps, scheduled),
    reportTargets: postReportTargets(deps, posts, comments),
    registerRoutes: (app) => {
      registerPostRoutes(app, { posts, comments, reactions });
      registerThreadExtrasRoutes(app, { polls, bookmarks, scheduled });
      registerFeedRoutes(app, feed);
    },
  };
}
