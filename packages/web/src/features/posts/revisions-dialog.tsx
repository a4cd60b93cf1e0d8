import { postRoutes } from '@hearth/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { History } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { routeKey } from '../../api/api-query';
import { call } from '../../api/client';
import { useFormat } from '../../app/format/use-format';
import { useErrorText } from '../../app/use-error-text';
import { Alert, Avatar, Dialog, EmptyState, LoadMore, SkeletonText } from '../../ui';

export interface RevisionsTarget {
  kind: 'post' | 'comment';
  id: string;
}

function useRevisions(target: RevisionsTarget | null) {
  const route = target?.kind === 'comment' ? postRoutes.commentRevisions : postRoutes.postRevisions;
  return useInfiniteQuery({
    queryKey: [...routeKey(route), 'pages', target?.id ?? ''],
    queryFn: ({ pageParam, signal }) =>
      call(route, { params: { id: target?.id ?? '' }, query: { limit: 20, ...(pageParam ? { cursor: pageParam } : {}) }, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    enabled: target !== null,
    staleTime: 0,
  });
}

/** The earlier versions of a thread or comment, newest first: who changed it, when, and what it said before. */
export function RevisionsDialog({ target, onClose }: { target: RevisionsTarget | null; onClose: () => void }) {
  const { t } = useTranslation('spaces');
  const format = useFormat();
  const errorText = useErrorText();
  const revisions = useRevisions(target);
  const items = revisions.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Dialog open={target !== null} onClose={onClose} title={t('revisions.title')} description={t('revisions.description')}>
      {revisions.isPending && target && <SkeletonText lines={4} />}
      {revisions.isError && <Alert tone="danger">{errorText(revisions.error)}</Alert>}
      {revisions.isSuccess && items.length === 0 && (
        <EmptyState icon={<History className="size-6" />} title={t('revisions.emptyTitle')} isCompact />
      )}
      {items.length > 0 && (
        <ol className="flex flex-col gap-4">
          {items.map((revision) => (
            <li key={revision.id} className="flex flex-col gap-2 border-b border-border pb-4 last:border-b-0 last:pb-0">
              <div className="flex flex-wrap items-center gap-2 text-sm text-text-muted">
                <Avatar name={revision.editor.displayName} src={revision.editor.avatarUrl} size="sm" isDecorative />
                <span className="font-medium text-text">{revision.editor.displayName}</span>
                <time dateTime={revision.createdAt}>{format.dateTime(revision.createdAt)}</time>
              </div>
              {revision.title !== null && <p className="font-semibold break-words">{revision.title}</p>}
              <p className="rounded-lg bg-surface-muted px-3 py-2 text-sm break-words whitespace-pre-wrap">{revision.body}</p>
            </li>
          ))}
        </ol>
      )}
      {revisions.hasNextPage && (
        <LoadMore
          className="mt-4"
          isAutomatic={false}
          onLoadMore={() => void revisions.fetchNextPage()}
          isLoading={revisions.isFetchingNextPage}
          label={t('revisions.loadMore')}
        />
      )}
    </Dialog>
  );
}
