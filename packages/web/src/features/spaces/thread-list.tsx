import { postRoutes, type MySpace, type PostSummary } from '@hearth/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { CircleCheck, Heart, Lock, MessageSquare, MessagesSquare, Pin, RotateCw } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { routeKey } from '../../api/api-query';
import { call } from '../../api/client';
import { useFormat } from '../../app/format/use-format';
import { paths } from '../../app/routes';
import { useScrollRestoration } from '../../app/routing/use-scroll-restoration';
import { useErrorText } from '../../app/use-error-text';
import { Alert, Avatar, Badge, Button, Card, cn, EmptyState, LoadMore, Skeleton } from '../../ui';
import type { ThreadOrder } from './thread-sort';

const PAGE_SIZE = 20;

/** The cache key of a space's thread list; `[...routeKey(listPosts), 'pages', spaceId]` covers every order of it. */
export function threadListKey(spaceId: string, order: ThreadOrder) {
  return [...routeKey(postRoutes.listPosts), 'pages', spaceId, order] as const;
}

export function useThreads(spaceId: string, order: ThreadOrder) {
  return useInfiniteQuery({
    queryKey: threadListKey(spaceId, order),
    queryFn: ({ pageParam, signal }) =>
      call(postRoutes.listPosts, {
        params: { id: spaceId },
        query: { sort: order.sort, period: order.period, limit: PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) },
        signal,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

/** One thread in a list; `space` names the space it is in, for lists that span several (the home feed). */
export function ThreadRow({ thread, isQa, space }: { thread: PostSummary; isQa: boolean; space?: { name: string; icon: string | null } }) {
  const { t } = useTranslation('spaces');
  const format = useFormat();
  const titleId = `thread-${thread.id}-title`;
  const isDeleted = thread.status === 'deleted';
  return (
    <article
      aria-labelledby={titleId}
      className={cn(
        'relative flex flex-col gap-1.5 rounded-2xl border bg-surface p-4 shadow-card transition-colors hover:border-border-strong',
        thread.pinned ? 'border-accent-text/40' : 'border-border',
      )}
    >
      <div className="flex flex-wrap items-center gap-1.5">
        {space && (
          <span className="flex items-center gap-1 text-sm font-medium text-text-muted">
            {space.icon && <span aria-hidden="true">{space.icon}</span>}
            {space.name}
          </span>
        )}
        {thread.pinned && (
          <Badge tone="accent">
            <Pin className="size-3" aria-hidden="true" />
            {t('thread.pinned')}
          </Badge>
        )}
        {thread.locked && (
          <Badge>
            <Lock className="size-3" aria-hidden="true" />
            {t('thread.locked')}
          </Badge>
        )}
        {isQa && thread.answered && (
          <Badge tone="success">
            <CircleCheck className="size-3" aria-hidden="true" />
            {t('thread.answered')}
          </Badge>
        )}
        {thread.status === 'pending' && <Badge tone="warning">{t('thread.pending')}</Badge>}
      </div>
      <h3 id={titleId} className="text-lg leading-snug font-semibold break-words">
        <Link href={paths.post(thread.id)} className="after:absolute after:inset-0 after:rounded-2xl hover:underline">
          {isDeleted && !thread.title ? t('thread.deletedTitle') : thread.title}
        </Link>
      </h3>
      {isDeleted ? (
        <p className="text-sm text-text-muted">{t('thread.deleted')}</p>
      ) : (
        thread.excerpt && <p className="line-clamp-2 break-words text-text-muted">{thread.excerpt}</p>
      )}
      <div className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-text-muted">
        <span className="flex min-w-0 items-center gap-2">
          <Avatar name={thread.author.displayName} src={thread.author.avatarUrl} size="sm" isDecorative />
          <span className="truncate font-medium text-text">{thread.author.displayName}</span>
        </span>
        <time dateTime={thread.lastActivityAt} title={format.dateTime(thread.lastActivityAt)}>
          {format.relative(thread.lastActivityAt)}
        </time>
        <span className="num flex items-center gap-1" title={t('thread.comments', { count: thread.commentCount })}>
          <MessageSquare className="size-4" aria-hidden="true" />
          <span aria-hidden="true">{format.number(thread.commentCount)}</span>
          <span className="sr-only">{t('thread.comments', { count: thread.commentCount })}</span>
        </span>
        {thread.reactionCount > 0 && (
          <span className="num flex items-center gap-1" title={t('thread.reactions', { count: thread.reactionCount })}>
            <Heart className="size-4" aria-hidden="true" />
            <span aria-hidden="true">{format.number(thread.reactionCount)}</span>
            <span className="sr-only">{t('thread.reactions', { count: thread.reactionCount })}</span>
          </span>
        )}
      </div>
    </article>
  );
}

function ThreadRowSkeleton() {
  return (
    <Card className="flex flex-col gap-2">
      <Skeleton className="h-6 w-3/4" />
      <Skeleton className="h-4 w-full" />
      <span className="flex items-center gap-2">
        <Skeleton className="size-8" isRound />
        <Skeleton className="h-4 w-32" />
      </span>
    </Card>
  );
}

/** A space's threads in the chosen order, page after page; pinned ones come first on the first page (the server's order). */
export function ThreadList({ space, order, onStartThread }: { space: MySpace; order: ThreadOrder; onStartThread?: () => void }) {
  const { t } = useTranslation(['spaces', 'common']);
  const errorText = useErrorText();
  const threads = useThreads(space.id, order);
  const items = threads.data?.pages.flatMap((page) => page.items) ?? [];
  useScrollRestoration(`space:${space.id}:${order.sort}:${order.period}`, threads.isSuccess);

  if (threads.isPending) {
    return (
      <div className="flex flex-col gap-3" aria-busy="true">
        <span className="sr-only" role="status">
          {t('threads.loading')}
        </span>
        {Array.from({ length: 3 }, (_, index) => (
          <ThreadRowSkeleton key={index} />
        ))}
      </div>
    );
  }
  if (threads.isError && items.length === 0) {
    return (
      <Alert tone="danger" title={t('threads.loadFailed')}>
        <p>{errorText(threads.error)}</p>
        <Button
          variant="secondary"
          size="sm"
          className="mt-2"
          onClick={() => void threads.refetch()}
          icon={<RotateCw className="size-4" aria-hidden="true" />}
        >
          {t('common:actions.retry')}
        </Button>
      </Alert>
    );
  }
  if (items.length === 0) {
    const isFiltered = order.sort !== 'latest';
    return (
      <EmptyState
        icon={<MessagesSquare className="size-6" />}
        title={
          order.sort === 'unanswered'
            ? t('threads.allAnsweredTitle')
            : isFiltered
              ? t(`threads.noTopTitle.${order.period}`)
              : t('threads.emptyTitle', { space: space.name })
        }
        action={
          !isFiltered && space.canPost && onStartThread ? <Button onClick={onStartThread}>{t('threads.startFirst')}</Button> : undefined
        }
      >
        {order.sort === 'unanswered'
          ? t('threads.allAnsweredBody')
          : isFiltered
            ? t('threads.noTopBody')
            : space.canPost
              ? t('threads.emptyBody')
              : t('threads.emptyReadOnly')}
      </EmptyState>
    );
  }
  return (
    <div className="flex flex-col gap-3">
      <ul aria-label={t('threads.label', { space: space.name })} className="flex flex-col gap-3">
        {items.map((thread) => (
          <li key={thread.id}>
            <ThreadRow thread={thread} isQa={space.kind === 'qa'} />
          </li>
        ))}
      </ul>
      {threads.hasNextPage && (
        <LoadMore onLoadMore={() => void threads.fetchNextPage()} isLoading={threads.isFetchingNextPage} label={t('threads.loadMore')} />
      )}
      {threads.isError && <Alert tone="danger">{errorText(threads.error)}</Alert>}
    </div>
  );
}
