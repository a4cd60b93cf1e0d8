import { memberRoutes, type TierRef } from '@hearth/contracts';
import { ArrowRight, History } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../app/format/use-format';
import { Card, SkeletonText } from '../../../ui';
import { LoadMore } from '../shared/load-more';
import { QueryError } from '../shared/query-error';
import { itemsOf, useApiPages } from '../shared/use-api-pages';
import { describeValue } from './describe-change';

/** Every role, tier and status change of a member, newest first: who, when, from → to, and why. */
export function MemberHistory({ memberId, tiers }: { memberId: string; tiers: readonly TierRef[] }) {
  const { t } = useTranslation(['admin', 'common']);
  const format = useFormat();
  const history = useApiPages(memberRoutes.memberHistory, { limit: 20 }, { id: memberId });
  const changes = itemsOf(history.data);
  return (
    <Card as="section" aria-labelledby="history-title" className="flex flex-col gap-4">
      <h2 id="history-title" className="flex items-center gap-2 text-lg font-semibold">
        <History className="size-5 text-text-muted" aria-hidden="true" />
        {t('history.title')}
      </h2>
      {history.isPending && <SkeletonText lines={4} />}
      {history.isError && <QueryError error={history.error} onRetry={() => void history.refetch()} />}
      {history.isSuccess && changes.length === 0 && <p className="text-text-muted">{t('history.empty')}</p>}
      {changes.length > 0 && (
        <ol className="flex flex-col">
          {changes.map((change) => (
            <li key={change.id} className="flex flex-col gap-1 border-l-2 border-border py-2 pl-4">
              <p className="text-sm text-text-muted">
                <time dateTime={change.createdAt} className="num">
                  {format.dateTime(change.createdAt)}
                </time>
                {' · '}
                {change.actorName ?? t('history.system')}
              </p>
              <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
                <span className="font-medium">{t(`history.fields.${change.field}`)}</span>
                <span className="text-text-muted">{describeValue(change.field, change.from, tiers, t)}</span>
                <ArrowRight className="size-4 text-text-muted" aria-label={t('history.to')} role="img" />
                <span className="font-medium">{describeValue(change.field, change.to, tiers, t)}</span>
              </p>
              {change.reason && (
                <p className="text-sm break-words">
                  <span className="text-text-muted">{t('history.reason')}</span> {change.reason}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
      <LoadMore hasMore={history.hasNextPage} isLoading={history.isFetchingNextPage} onLoad={() => void history.fetchNextPage()} />
    </Card>
  );
}
