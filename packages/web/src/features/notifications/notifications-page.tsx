import { notificationRoutes, type Notification } from '@hearth/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Bell, CheckCheck, RotateCw } from 'lucide-react';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { call } from '../../api/client';
import { paths } from '../../app/routes';
import { useDocumentTitle } from '../../app/use-document-title';
import { useErrorText } from '../../app/use-error-text';
import { Alert, Button, buttonClass, cn, EmptyState, LoadMore, PageHeader, Skeleton, useToast } from '../../ui';
import {
  noteNotificationsRead,
  refreshNotificationLists,
  storeUnreadCount,
  unreadCountQuery,
  useNotificationList,
  type NotificationFilter,
} from './notification-queries';
import { NotificationItem } from './notification-item';

const FILTERS: readonly NotificationFilter[] = ['all', 'unread'];

/** Marks entries read (`ids` null: all), showing it at once; the server's count wins afterwards. */
function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids: string[] | null) => call(notificationRoutes.markNotificationsRead, { body: ids ? { ids } : {} }),
    onMutate: (ids) => {
      noteNotificationsRead(queryClient, ids, new Date().toISOString());
      const before = queryClient.getQueryData(unreadCountQuery.queryKey)?.unreadCount ?? 0;
      storeUnreadCount(queryClient, ids ? Math.max(0, before - ids.length) : 0);
    },
    onSuccess: ({ unreadCount }) => storeUnreadCount(queryClient, unreadCount),
    onSettled: () => refreshNotificationLists(queryClient),
  });
}

/** All / Unread as a tab list (arrow keys move between them). */
function FilterTabs({
  value,
  panelId,
  onChange,
}: {
  value: NotificationFilter;
  panelId: string;
  onChange: (filter: NotificationFilter) => void;
}) {
  const { t } = useTranslation('notifications');
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const next = FILTERS[(FILTERS.indexOf(value) + 1) % FILTERS.length]!;
    onChange(next);
    refs.current[FILTERS.indexOf(next)]?.focus();
  };
  return (
    <div
      role="tablist"
      aria-label={t('tabs.label')}
      onKeyDown={onKeyDown}
      className="inline-flex self-start rounded-lg bg-surface-muted p-0.5"
    >
      {FILTERS.map((filter, index) => (
        <button
          key={filter}
          ref={(element) => {
            refs.current[index] = element;
          }}
          type="button"
          role="tab"
          aria-selected={value === filter}
          aria-controls={panelId}
          tabIndex={value === filter ? 0 : -1}
          onClick={() => onChange(filter)}
          className={cn(
            'min-h-10 rounded-md px-4 text-sm font-medium transition-colors',
            value === filter ? 'bg-surface text-text shadow-card' : 'text-text-muted hover:text-text',
          )}
        >
          {t(`tabs.${filter}`)}
        </button>
      ))}
    </div>
  );
}

function ListSkeleton() {
  const { t } = useTranslation('notifications');
  return (
    <div aria-busy="true" className="flex flex-col gap-1">
      <span className="sr-only" role="status">
        {t('loading')}
      </span>
      {[0, 1, 2].map((row) => (
        <div key={row} className="flex gap-3 px-3 py-3 sm:px-4">
          <Skeleton isRound className="size-10 shrink-0" />
          <span className="flex flex-1 flex-col gap-2">
            <Skeleton className="h-4 w-3/4" />
            <Skeleton className="h-4 w-1/3" />
          </span>
        </div>
      ))}
    </div>
  );
}

function NotificationList({ filter, onShowAll }: { filter: NotificationFilter; onShowAll: () => void }) {
  const { t } = useTranslation('notifications');
  const errorText = useErrorText();
  const list = useNotificationList(filter);
  const markRead = useMarkRead();
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const open = (notification: Notification) => {
    if (notification.readAt === null) markRead.mutate([notification.id]);
  };

  if (list.isPending) return <ListSkeleton />;
  if (list.isError)
    return (
      <Alert tone="danger" title={t('loadFailed')}>
        <p>{errorText(list.error)}</p>
        <Button
          variant="secondary"
          size="sm"
          className="mt-2"
          onClick={() => void list.refetch()}
          icon={<RotateCw className="size-4" aria-hidden="true" />}
        >
          {t('retry')}
        </Button>
      </Alert>
    );
  if (items.length === 0)
    return filter === 'unread' ? (
      <EmptyState
        icon={<CheckCheck className="size-6" />}
        title={t('empty.unreadTitle')}
        action={
          <Button variant="secondary" onClick={onShowAll}>
            {t('empty.showAll')}
          </Button>
        }
      >
        {t('empty.unreadBody')}
      </EmptyState>
    ) : (
      <EmptyState
        icon={<Bell className="size-6" />}
        title={t('empty.allTitle')}
        action={
          <Link href={paths.spaces} className={buttonClass({ variant: 'secondary' })}>
            {t('empty.browse')}
          </Link>
        }
      >
        {t('empty.allBody')}
      </EmptyState>
    );
  return (
    <div className="flex flex-col gap-4">
      <div className="rounded-2xl border border-border bg-surface p-1 shadow-card">
        <ul aria-label={t('listLabel')} className="flex flex-col gap-0.5">
          {items.map((notification) => (
            <NotificationItem key={notification.id} notification={notification} onOpen={open} />
          ))}
        </ul>
      </div>
      {list.hasNextPage && (
        <LoadMore label={t('loadMore')} isLoading={list.isFetchingNextPage} onLoadMore={() => void list.fetchNextPage()} />
      )}
    </div>
  );
}

/** /notifications — the notification centre: everything or only the unread, newest first. */
export default function NotificationsPage() {
  const { t } = useTranslation('notifications');
  const toast = useToast();
  const errorText = useErrorText();
  const [filter, setFilter] = useState<NotificationFilter>('all');
  const unread = useQuery(unreadCountQuery);
  const markAll = useMarkRead();
  const panelId = useId();
  useDocumentTitle(t('title'));
  const hasUnread = (unread.data?.unreadCount ?? 0) > 0;
  return (
    <div className="flex flex-col gap-5">
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Button
            variant="secondary"
            disabled={!hasUnread}
            isLoading={markAll.isPending}
            icon={<CheckCheck className="size-5" aria-hidden="true" />}
            onClick={() =>
              markAll.mutate(null, {
                onSuccess: () => toast.show({ tone: 'success', title: t('markedAllRead') }),
                onError: (error) => toast.show({ tone: 'danger', title: errorText(error) }),
              })
            }
          >
            {t('markAllRead')}
          </Button>
        }
      />
      <FilterTabs value={filter} panelId={panelId} onChange={setFilter} />
      <div id={panelId} role="tabpanel" aria-label={t(`tabs.${filter}`)}>
        <NotificationList key={filter} filter={filter} onShowAll={() => setFilter('all')} />
      </div>
    </div>
  );
}
