import { feedRoutes, type FeedScope } from '@hearth/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Newspaper, RotateCw } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { routeKey } from '../../api/api-query';
import { call } from '../../api/client';
import { paths } from '../../app/routes';
import { useErrorText } from '../../app/use-error-text';
import { Alert, Button, cn, EmptyState, LoadMore, Skeleton } from '../../ui';
import { ThreadOrderBar } from '../spaces/thread-order-bar';
import { ThreadRow } from '../spaces/thread-list';
import type { ThreadOrder } from '../spaces/thread-sort';
import { newSinceIndex } from './feed-divider';

const PAGE_SIZE = 20;

function useFeed(scope: FeedScope | null, order: ThreadOrder) {
  return useInfiniteQuery({
    queryKey: [...routeKey(feedRoutes.homeFeed), scope, order],
    queryFn: ({ pageParam, signal }) =>
      call(feedRoutes.homeFeed, {
        query: {
          sort: order.sort,
          period: order.period,
          limit: PAGE_SIZE,
          ...(scope ? { scope } : {}),
          ...(pageParam ? { cursor: pageParam } : {}),
        },
        signal,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

/**
 * The home feed: threads of the spaces the member joined and the people they follow (or
 * everything they may read), latest / top / unanswered, with a line where their previous
 * visit ended. Until they choose, the server picks "following" once there is anything to follow.
 */
export function HomeFeed() {
  const { t } = useTranslation(['home', 'spaces', 'common']);
  const errorText = useErrorText();
  const [chosenScope, setScope] = useState<FeedScope | null>(null);
  const [order, setOrder] = useState<ThreadOrder>({ sort: 'latest', period: 'all' });
  const feed = useFeed(chosenScope, order);
  const firstPage = feed.data?.pages[0];
  const scope = chosenScope ?? firstPage?.scope ?? 'following';
  const items = feed.data?.pages.flatMap((page) => page.items) ?? [];
  const dividerAt = newSinceIndex(items, firstPage?.lastVisitAt ?? null, order.sort);

  return (
    <section aria-labelledby="feed-title" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="feed-title" className="text-lg font-semibold">
          {t('feed.title')}
        </h2>
        <div role="group" aria-label={t('feed.scopeLabel')} className="inline-flex rounded-lg bg-surface-muted p-0.5">
          {(['following', 'all'] as const).map((option) => (
            <button
              key={option}
              type="button"
              aria-pressed={scope === option}
              onClick={() => setScope(option)}
              className={cn(
                'min-h-10 rounded-md px-3 text-sm font-medium transition-colors',
                scope === option ? 'bg-surface text-text shadow-card' : 'text-text-muted hover:text-text',
              )}
            >
              {t(`feed.scope.${option}`)}
            </button>
          ))}
        </div>
      </div>
      <ThreadOrderBar kind="qa" order={order} onChange={setOrder} />
      {feed.isPending ? (
        <div className="flex flex-col gap-3" aria-busy="true">
          <span className="sr-only" role="status">
            {t('feed.loading')}
          </span>
          {Array.from({ length: 3 }, (_, index) => (
            <Skeleton key={index} className="h-28 w-full" />
          ))}
        </div>
      ) : feed.isError && items.length === 0 ? (
        <Alert tone="danger" title={t('feed.loadFailed')}>
          <p>{errorText(feed.error)}</p>
          <Button
            variant="secondary"
            size="sm"
            className="mt-2"
            onClick={() => void feed.refetch()}
            icon={<RotateCw className="size-4" aria-hidden="true" />}
          >
            {t('common:actions.retry')}
          </Button>
        </Alert>
      ) : items.length === 0 ? (
        <EmptyState
          icon={<Newspaper className="size-6" />}
          title={scope === 'following' ? t('feed.emptyFollowingTitle') : t('feed.emptyTitle')}
          action={
            <Link href={paths.spaces} className="font-medium text-accent-text underline-offset-2 hover:underline">
              {t('feed.browseSpaces')}
            </Link>
          }
        >
          {scope === 'following' ? t('feed.emptyFollowingBody') : t('feed.emptyBody')}
        </EmptyState>
      ) : (
        <>
          <ul aria-label={t('feed.label')} className="flex flex-col gap-3">
            {items.map((thread, index) => (
              <li key={thread.id} className="flex flex-col gap-3">
                {index === dividerAt && (
                  <div
                    role="separator"
                    aria-label={t('feed.newSince')}
                    className="flex items-center gap-3 text-sm font-medium text-accent-text"
                  >
                    <span className="h-px flex-1 bg-accent-text/40" aria-hidden="true" />
                    <span aria-hidden="true">{t('feed.newSince')}</span>
                    <span className="h-px flex-1 bg-accent-text/40" aria-hidden="true" />
                  </div>
                )}
                <ThreadRow thread={thread} isQa={false} space={{ name: thread.spaceName, icon: thread.spaceIcon }} />
              </li>
            ))}
          </ul>
          {feed.hasNextPage && (
            <LoadMore onLoadMore={() => void feed.fetchNextPage()} isLoading={feed.isFetchingNextPage} label={t('feed.loadMore')} />
          )}
          {feed.isError && <Alert tone="danger">{errorText(feed.error)}</Alert>}
        </>
      )}
    </section>
  );
}
