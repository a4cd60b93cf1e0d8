import { postRoutes as r } from '@hearth/contracts';
import type { FastifyInstance } from 'fastify';
import { registerRoute } from '../../platform/http/route.js';
import { renderMarkdown } from '../../platform/text/markdown.js';
import type { CommentsService } from './comments.service.js';
import type { PostsService } from './posts.service.js';
import type { ReactionsService } from './reactions.service.js';

/** Every route of the posts contract. Thin: contract → service → contract. */
export function registerPostRoutes(
  app: FastifyInstance,
  s: { posts: PostsService; comments: CommentsService; reactions: ReactionsService },
): void {
  const { posts, comments, reactions } = s;
  registerRoute(app, r.previewMarkdown, async ({ body }) => ({ html: renderMarkdown(body.body).html }));
  registerRoute(app, r.listPosts, async ({ actor, params, query }) => posts.list(actor, params.id, query));
  registerRoute(app, r.createPost, async ({ actor, params, body }) => ({ post: await posts.create(actor, params.id, body) }));
  registerRoute(app, r.getPost, async ({ actor, params, query }) => posts.getWithComments(actor, params.id, query));
  registerRoute(app, r.updatePost, async ({ actor, params, body }) => ({ post: await posts.update(actor, params.id, body) }));
  registerRoute(app, r.deletePost, async ({ actor, params }) => posts.remove(actor, params.id));
  registerRoute(app, r.postRevisions, async ({ actor, params, query }) => posts.revisions(actor, params.id, query));
  registerRoute(app, r.pinPost, async ({ actor, params, body }) => ({ post: await posts.pin(actor, params.id, body.pinned) }));
  registerRoute(app, r.lockPost, async ({ actor, params, body }) => ({ post: await posts.lock(actor, params.id, body.locked) }));
  registerRoute(app, r.movePost, async ({ actor, params, body }) => ({ post: await posts.move(actor, params.id, body.spaceId) }));
  registerRoute(app, r.acceptAnswer, async ({ actor, params, body }) => ({ post: await posts.accept(actor, params.id, body.commentId) }));
  registerRoute(app, r.listComments, async ({ actor, params, query }) => comments.list(actor, params.id, query));
  registerRoute(app, r.createComment, async ({ actor, params, body }) => ({ comment: await comments.create(actor, params.id, body) }));
  registerRoute(app, r.updateComment, async ({ actor, params, body }) => ({ comment: await comments.update(actor, params.id, body.body) }));
  registerRoute(app, r.deleteComment, async ({ actor, params }) => comments.remove(actor, params.id));
  registerRoute(app, r.commentRevisions, async ({ actor, params, query }) => {
    await comments.visible(actor, params.id);
    return posts.revisionPage('comment', params.id, query);
  });
  registerRoute(app, r.reactToPost, async ({ actor, params, body }) => ({
    reactions: await reactions.set(actor, 'post', params.id, body.emoji, true),
  }));
  registerRoute(app, r.unreactToPost, async ({ actor, params }) => ({
    reactions: await reactions.set(actor, 'post', params.id, params.emoji, false),
  }));
  registerRoute(app, r.reactToComment, async ({ actor, params, body }) => ({
    reactions: await reactions.set(actor, 'comment', params.id, body.emoji, true),
  }));
  registerRoute(app, r.unreactToComment, async ({ actor, params }) => ({
    reactions: await reactions.set(actor, 'comment', params.id, params.emoji, false),
  }));
}
