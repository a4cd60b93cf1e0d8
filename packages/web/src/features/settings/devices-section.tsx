import { identityRoutes } from '@hearth/contracts';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { RotateCw } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { routeKey } from '../../api/api-query';
import { call } from '../../api/client';
import { useErrorText } from '../../app/use-error-text';
import { Alert, Button, LoadMore, SectionCard, Skeleton, useToast } from '../../ui';
import { DeviceRow } from './device-row';
import { SignOutEverywhere } from './sign-out-everywhere';

const PAGE_SIZE = 10;

/** Where the member is signed in, newest first, page by page; sign one out, or all of them. */
export function DevicesSection() {
  const { t } = useTranslation('settings');
  const toast = useToast();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const sessions = useInfiniteQuery({
    queryKey: [...routeKey(identityRoutes.sessions), 'pages'],
    queryFn: ({ pageParam, signal }) =>
      call(identityRoutes.sessions, { query: { limit: PAGE_SIZE, cursor: pageParam ?? undefined }, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
  const revoke = useMutation({
    mutationFn: (id: string) => call(identityRoutes.revokeSession, { params: { id } }),
    onSuccess: () => toast.show({ title: t('devices.revoked'), tone: 'success' }),
    onError: (error) => toast.show({ title: errorText(error), tone: 'danger' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: routeKey(identityRoutes.sessions) }),
  });
  const items = sessions.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <SectionCard title={t('devices.title')} description={t('devices.description')}>
      {sessions.isPending && (
        <div className="flex flex-col gap-3" aria-hidden="true">
          {Array.from({ length: 2 }, (_, index) => (
            <div key={index} className="flex items-center gap-3">
              <Skeleton className="size-10" isRound />
              <Skeleton className="h-5 flex-1" />
            </div>
          ))}
        </div>
      )}
      {sessions.isError && (
        <Alert tone="danger">
          <p>{errorText(sessions.error)}</p>
          <Button
            variant="secondary"
            size="sm"
            className="mt-2"
            onClick={() => void sessions.refetch()}
            icon={<RotateCw className="size-4" aria-hidden="true" />}
          >
            {t('retry')}
          </Button>
        </Alert>
      )}
      {items.length > 0 && (
        <ul className="-my-3 flex flex-col divide-y divide-border">
          {items.map((session) => (
            <DeviceRow
              key={session.id}
              session={session}
              onRevoke={() => revoke.mutate(session.id)}
              isRevoking={revoke.isPending && revoke.variables === session.id}
            />
          ))}
        </ul>
      )}
      {sessions.hasNextPage && (
        <LoadMore
          onLoadMore={() => void sessions.fetchNextPage()}
          isLoading={sessions.isFetchingNextPage}
          label={t('devices.loadMore')}
          isAutomatic={false}
        />
      )}
      <div className="flex flex-col gap-2 border-t border-border pt-4">
        <p className="text-sm text-text-muted">{t('devices.signOutAllHint')}</p>
        <SignOutEverywhere />
      </div>
    </SectionCard>
  );
}
