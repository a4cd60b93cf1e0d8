import { postRoutes, spaceRoutes, type Comment } from '@hearth/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { MessagesSquare, RotateCw } from 'lucide-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { isApiError } from '../../api/api-error';
import { apiQuery } from '../../api/api-query';
import { call } from '../../api/client';
import { paths } from '../../app/routes';
import { useSignedInMember } from '../../app/session/session-context';
import { useDocumentTitle } from '../../app/use-document-title';
import { useErrorText } from '../../app/use-error-text';
import { Alert, Button, buttonClass, Card, ConfirmDialog, EmptyState, LoadMore, SkeletonText, useToast } from '../../ui';
import { useMarkNotificationsRead } from '../notifications/use-mark-notifications-read';
import { refreshSpaces } from '../spaces/spaces-queries';
import { CommentItem } from './comment-item';
import { buildCommentTree, flattenTree } from './comment-tree';
import { patchThread, storePost, threadKey, threadQuery, type ThreadData } from './post-cache';
import { PostView } from './post-view';
import { ReplyBox } from './reply-box';
import { RevisionsDialog, type RevisionsTarget } from './revisions-dialog';
import { ThreadContext, type ReplyTarget, type ThreadContextValue } from './thread-context';
import { useToggleReaction } from './use-toggle-reaction';

type DeleteTarget = { kind: 'post' | 'comment'; id: string };

/** Loads the next page of comments and appends it to the thread's cache entry. */
function useMoreComments(postId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (cursor: string) => call(postRoutes.listComments, { params: { id: postId }, query: { cursor } }),
    onSuccess: (page) =>
      patchThread(queryClient, postId, (data) => {
        const known = new Set(data.comments.items.map((item) => item.id));
        return {
          ...data,
          comments: { items: [...data.comments.items, ...page.items.filter((item) => !known.has(item.id))], nextCursor: page.nextCursor },
        };
      }),
  });
}

function ThreadView({ data }: { data: ThreadData }) {
  const { t } = useTranslation(['spaces', 'common']);
  const me = useSignedInMember();
  const queryClient = useQueryClient();
  const toast = useToast();
  const errorText = useErrorText();
  const { post, comments } = data;
  const space = useQuery(apiQuery(spaceRoutes.getSpace, { params: { id: post.spaceId } }));
  const [reply, setReply] = useState<ReplyTarget | null>(null);
  const [history, setHistory] = useState<RevisionsTarget | null>(null);
  const [deleting, setDeleting] = useState<DeleteTarget | null>(null);
  const [highlightId, setHighlightId] = useState<string | null>(null);
  const toggle = useToggleReaction(post.id);
  const more = useMoreComments(post.id);
  useDocumentTitle(post.title);
  useMarkNotificationsRead({ postId: post.id });

  const isQa = space.data?.space.kind === 'qa';
  const tree = useMemo(() => buildCommentTree(comments.items), [comments.items]);
  const shownCount = useMemo(() => flattenTree(tree).length, [tree]);

  const accept = useMutation({
    mutationFn: (commentId: string | null) => call(postRoutes.acceptAnswer, { params: { id: post.id }, body: { commentId } }),
    onSuccess: ({ post: saved }) => {
      storePost(queryClient, saved);
      toast.show({ tone: 'success', title: saved.acceptedCommentId ? t('comments.acceptedToast') : t('comments.unacceptedToast') });
      void refreshSpaces(queryClient, post.spaceId);
    },
    onError: (error) => toast.show({ tone: 'danger', title: errorText(error) }),
  });

  const remove = useMutation({
    mutationFn: (target: DeleteTarget) =>
      target.kind === 'post'
        ? call(postRoutes.deletePost, { params: { id: target.id } })
        : call(postRoutes.deleteComment, { params: { id: target.id } }),
    onSuccess: async (_nothing, target) => {
      setDeleting(null);
      toast.show({ tone: 'success', title: target.kind === 'post' ? t('delete.postDone') : t('delete.commentDone') });
      await queryClient.invalidateQueries({ queryKey: threadKey(post.id) });
      void refreshSpaces(queryClient, post.spaceId);
    },
    onError: (error) => toast.show({ tone: 'danger', title: errorText(error) }),
  });

  const onCommentPosted = useCallback((commentId: string) => setHighlightId(commentId), []);
  useEffect(() => {
    if (!highlightId) return;
    const timer = window.setTimeout(() => setHighlightId(null), 2_500);
    return () => window.clearTimeout(timer);
  }, [highlightId]);

  const context: ThreadContextValue = {
    post,
    spaceId: post.spaceId,
    isQa,
    canAccept: isQa && post.status !== 'deleted' && (post.author.id === me.id || post.canModerate),
    canReply: post.canComment,
    reply,
    openReply: setReply,
    closeReply: () => setReply(null),
    showHistory: setHistory,
    askDelete: setDeleting,
    accept: (commentId) => accept.mutate(commentId),
    isAccepting: accept.isPending,
    toggleReaction: (target, id, emoji, mine) => toggle.mutate({ target, id, emoji, mine }),
    highlightId,
    onCommentPosted,
  };
  const threadReply = reply?.parentId === null ? reply : null;

  return (
    <ThreadContext.Provider value={context}>
      <div className="flex flex-col gap-8">
        <PostView space={space.data?.space} />
        <section aria-labelledby="comments-title" className="flex flex-col gap-4">
          <h2 id="comments-title" className="text-lg font-semibold">
            {t('comments.title', { count: post.commentCount })}
          </h2>
          {comments.items.length === 0 ? (
            <p className="text-text-muted">{post.canComment ? t('comments.emptyCanReply') : t('comments.empty')}</p>
          ) : (
            <ol className="flex flex-col gap-2" aria-label={t('comments.listLabel', { count: shownCount })}>
              {tree.map((node) => (
                <CommentItem key={node.comment.id} node={node} />
              ))}
            </ol>
          )}
          {comments.nextCursor && (
            <LoadMore
              label={t('comments.loadMore')}
              isLoading={more.isPending}
              onLoadMore={() => comments.nextCursor && more.mutate(comments.nextCursor)}
            />
          )}
          {post.canComment ? (
            <Card>
              <ReplyBox
                postId={post.id}
                spaceId={post.spaceId}
                parentId={null}
                label={t('reply.toThread')}
                quote={threadReply?.quote ?? null}
                autoFocus={threadReply !== null}
                onPosted={(comment: Comment) => {
                  setReply(null);
                  onCommentPosted(comment.id);
                }}
              />
            </Card>
          ) : (
            post.locked && <p className="text-sm text-text-muted">{t('comments.lockedHint')}</p>
          )}
        </section>
      </div>
      <RevisionsDialog target={history} onClose={() => setHistory(null)} />
      <ConfirmDialog
        open={deleting !== null}
        title={deleting?.kind === 'post' ? t('delete.postTitle') : t('delete.commentTitle')}
        confirmLabel={t('actions.delete')}
        cancelLabel={t('actions.cancel')}
        isPending={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onCancel={() => setDeleting(null)}
      >
        <p>{deleting?.kind === 'post' ? t('delete.postBody') : t('delete.commentBody')}</p>
      </ConfirmDialog>
    </ThreadContext.Provider>
  );
}

/** /posts/:id — a thread: the post, its nested comments, and a reply box for those who may reply. */
export default function PostPage() {
  const { t } = useTranslation(['spaces', 'common']);
  const { id = '' } = useParams<{ id: string }>();
  const errorText = useErrorText();
  const thread = useQuery(threadQuery(id));

  if (thread.isPending) {
    return (
      <div className="flex flex-col gap-4" aria-busy="true">
        <span className="sr-only" role="status">
          {t('post.loading')}
        </span>
        <Card>
          <SkeletonText lines={5} />
        </Card>
      </div>
    );
  }
  if (thread.isError) {
    if (isApiError(thread.error) && (thread.error.status === 404 || thread.error.status === 403)) {
      return (
        <EmptyState
          icon={<MessagesSquare className="size-6" />}
          titleAs="h1"
          title={t('post.notFoundTitle')}
          action={
            <Link href={paths.spaces} className={buttonClass({ variant: 'secondary' })}>
              {t('space.allSpaces')}
            </Link>
          }
        >
          {t('post.notFoundBody')}
        </EmptyState>
      );
    }
    return (
      <Alert tone="danger" title={t('post.loadFailed')}>
        <p>{errorText(thread.error)}</p>
        <Button
          variant="secondary"
          size="sm"
          className="mt-2"
          onClick={() => void thread.refetch()}
          icon={<RotateCw className="size-4" aria-hidden="true" />}
        >
          {t('common:actions.retry')}
        </Button>
      </Alert>
    );
  }
  return <ThreadView key={id} data={thread.data} />;
}
