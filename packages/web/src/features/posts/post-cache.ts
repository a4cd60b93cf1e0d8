import { postRoutes, type Comment, type Post, type ReactionCount, type RouteResponse } from '@hearth/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { apiQuery, routeKey } from '../../api/api-query';

export type ThreadData = RouteResponse<typeof postRoutes.getPost>;

/** GET /api/posts/:id: the thread and its comments (further pages are appended to the same entry). */
export function threadQuery(id: string) {
  return apiQuery(postRoutes.getPost, { params: { id } });
}

export function threadKey(id: string) {
  return routeKey(postRoutes.getPost, { params: { id } });
}

export function patchThread(queryClient: QueryClient, postId: string, patch: (data: ThreadData) => ThreadData): void {
  queryClient.setQueryData<ThreadData>(threadKey(postId), (data) => (data ? patch(data) : data));
}

export function storePost(queryClient: QueryClient, post: Post): void {
  patchThread(queryClient, post.id, (data) => ({ ...data, post }));
}

export function patchComment(queryClient: QueryClient, postId: string, commentId: string, patch: (comment: Comment) => Comment): void {
  patchThread(queryClient, postId, (data) => ({
    ...data,
    comments: { ...data.comments, items: data.comments.items.map((item) => (item.id === commentId ? patch(item) : item)) },
  }));
}

/** The counts after the caller adds or takes back `emoji` (what the server will answer, shown at once). */
export function toggledReactions(reactions: readonly ReactionCount[], emoji: string): ReactionCount[] {
  const existing = reactions.find((reaction) => reaction.emoji === emoji);
  if (!existing) return [...reactions, { emoji, count: 1, mine: true }];
  if (existing.mine) {
    return existing.count <= 1
      ? reactions.filter((reaction) => reaction.emoji !== emoji)
      : reactions.map((reaction) => (reaction.emoji === emoji ? { ...reaction, count: reaction.count - 1, mine: false } : reaction));
  }
  return reactions.map((reaction) => (reaction.emoji === emoji ? { ...reaction, count: reaction.count + 1, mine: true } : reaction));
}
