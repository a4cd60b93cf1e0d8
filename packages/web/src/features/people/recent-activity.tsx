import { MessageSquare, MessagesSquare, RotateCw } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useFormat } from '../../app/format/use-format';
import { paths } from '../../app/routes';
import { useErrorText } from '../../app/use-error-text';
import { Alert, Button, LoadMore, SectionCard, SkeletonText } from '../../ui';
import { useMemberActivity } from './people-queries';

/** A member's recent threads and replies (what the viewer may read), each linking to its thread. */
export function RecentActivity({ memberId, name }: { memberId: string; name: string }) {
  const { t } = useTranslation('people');
  const format = useFormat();
  const errorText = useErrorText();
  const activity = useMemberActivity(memberId);
  const items = activity.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <SectionCard title={t('activity.title')}>
      {activity.isPending && (
        <div aria-busy="true">
          <span className="sr-only" role="status">
            {t('activity.loading')}
          </span>
          <SkeletonText lines={3} />
        </div>
      )}
      {activity.isError && (
        <Alert tone="danger" title={t('activity.loadFailed')}>
          <p>{errorText(activity.error)}</p>
          <Button
            variant="secondary"
            size="sm"
            className="mt-2"
            onClick={() => void activity.refetch()}
            icon={<RotateCw className="size-4" aria-hidden="true" />}
          >
            {t('actions.retry')}
          </Button>
        </Alert>
      )}
      {activity.isSuccess && items.length === 0 && <p className="text-text-muted">{t('activity.empty', { name })}</p>}
      {items.length > 0 && (
        <ul className="-my-2 flex flex-col divide-y divide-border">
          {items.map((item) => {
            const Icon = item.kind === 'thread' ? MessagesSquare : MessageSquare;
            return (
              <li key={item.id} className="py-2">
                <Link href={paths.post(item.postId)} className="group flex min-w-0 gap-3 rounded-lg p-1 hover:bg-surface-muted">
                  <Icon className="mt-1 size-4 shrink-0 text-text-muted" aria-hidden="true" />
                  <span className="flex min-w-0 flex-1 flex-col">
                    <span className="text-sm text-text-muted">
                      {item.kind === 'thread' ? t('activity.started') : t('activity.replied')} ·{' '}
                      <time dateTime={item.createdAt}>{format.relative(item.createdAt)}</time>
                    </span>
                    <span className="font-medium break-words group-hover:underline">{item.title || t('activity.untitled')}</span>
                    {item.excerpt && <span className="line-clamp-2 break-words text-text-muted">{item.excerpt}</span>}
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
      {activity.hasNextPage && (
        <LoadMore
          onLoadMore={() => void activity.fetchNextPage()}
          isLoading={activity.isFetchingNextPage}
          label={t('activity.loadMore')}
          isAutomatic={false}
        />
      )}
    </SectionCard>
  );
}
