/** The posts module's public surface; other modules import only from here. */
import type { FastifyInstance } from 'fastify';
import type { Tx } from '../../db/database.js';
import { CommentsService } from './comments.service.js';
import { registerPostRoutes } from './posts.routes.js';
import { PostsService } from './posts.service.js';
import { ReactionsService } from './reactions.service.js';
import type { PostsDeps } from './thread-access.js';
import { importThread, type ImportedThread } from './thread-import.js';

export type { ImportedThread } from './thread-import.js';

export interface PostsModule {
  posts: PostsService;
  /** Stores a thread written elsewhere (demo content, migrations) inside the caller's transaction. */
  importThread(tx: Tx, thread: ImportedThread): Promise<string>;
  registerRoutes(app: FastifyInstance): void;
}

export function createPostsModule(deps: PostsDeps): PostsModule {
  const comments = new CommentsService(deps);
  const posts = new PostsService(deps, comments);
  const reactions = new ReactionsService(deps, comments);
  return {
    posts,
    importThread: (tx, thread) => importThread(deps, tx, thread),
    registerRoutes: (app) => registerPostRoutes(app, { posts, comments, reactions }),
  };
}
