import type { Comment } from '@hearth/contracts';

/** How many levels replies are indented; deeper replies line up at the last level. */
export const MAX_INDENT = 3;

export interface CommentNode {
  comment: Comment;
  /** Indentation level, 0 for replies to the post, at most MAX_INDENT. */
  depth: number;
  /** Whom a reply answers when it is shown flattened (deeper than MAX_INDENT), so the thread still reads. */
  replyingTo: string | null;
  children: CommentNode[];
}

/**
 * The comments (oldest first, as the API sends them) as a tree by `parentId`. Replies nest up to
 * MAX_INDENT levels; below that, a comment's whole sub-thread follows it at the same level in
 * time order, each marked with whom it answers. A comment whose parent is not loaded is a root.
 */
export function buildCommentTree(comments: readonly Comment[], maxIndent = MAX_INDENT): CommentNode[] {
  const byId = new Map(comments.map((comment) => [comment.id, comment]));
  const children = new Map<string | null, Comment[]>();
  for (const comment of comments) {
    const parent = comment.parentId !== null && byId.has(comment.parentId) && comment.parentId !== comment.id ? comment.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), comment]);
  }
  const seen = new Set<string>();

  const descendants = (id: string): Comment[] => {
    const result: Comment[] = [];
    for (const child of children.get(id) ?? []) {
      if (seen.has(child.id)) continue;
      seen.add(child.id);
      result.push(child, ...descendants(child.id));
    }
    return result;
  };

  const build = (parentId: string | null, depth: number): CommentNode[] => {
    const nodes: CommentNode[] = [];
    for (const comment of children.get(parentId) ?? []) {
      if (seen.has(comment.id)) continue;
      seen.add(comment.id);
      if (depth < maxIndent) {
        nodes.push({ comment, depth, replyingTo: null, children: build(comment.id, depth + 1) });
        continue;
      }
      nodes.push({ comment, depth, replyingTo: null, children: [] });
      const flattened = descendants(comment.id).sort((a, b) => comments.indexOf(a) - comments.indexOf(b));
      for (const reply of flattened) {
        const parent = reply.parentId === null ? undefined : byId.get(reply.parentId);
        nodes.push({ comment: reply, depth, replyingTo: parent?.author.displayName ?? null, children: [] });
      }
    }
    return nodes;
  };

  return build(null, 0);
}

/** Every comment of a tree in reading order (for counting and finding). */
export function flattenTree(nodes: readonly CommentNode[]): CommentNode[] {
  return nodes.flatMap((node) => [node, ...flattenTree(node.children)]);
}
