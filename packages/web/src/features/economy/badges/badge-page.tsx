import { useQuery } from '@tanstack/react-query';
import { ArrowLeft } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { isApiError } from '../../../api/api-error';
import { useFormat } from '../../../app/format/use-format';
import { paths } from '../../../app/routes';
import { useDocumentTitle } from '../../../app/use-document-title';
import { useErrorText } from '../../../app/use-error-text';
import { Alert, Avatar, Card, EmptyState, Skeleton } from '../../../ui';
import { BadgeMedal } from './badge-medal';
import { badgeHoldersQuery, badgesPath } from './badges-queries';

/** /badges/:id — one badge, what it is for, and who holds it (newest first). */
export default function BadgePage() {
  const { t } = useTranslation('badges');
  const { id = '' } = useParams<{ id: string }>();
  const format = useFormat();
  const errorText = useErrorText();
  const page = useQuery(badgeHoldersQuery(id));
  useDocumentTitle(page.data?.badge.name ?? t('catalogue.title'));
  const back = (
    <Link
      href={badgesPath}
      className="inline-flex items-center gap-1 text-sm font-medium text-accent-text underline-offset-4 hover:underline"
    >
      <ArrowLeft className="size-4" aria-hidden="true" />
      {t('badge.back')}
    </Link>
  );
  if (page.isPending) return <Skeleton className="h-64 w-full rounded-2xl" />;
  if (page.isError)
    return (
      <div className="flex flex-col gap-4">
        {back}
        <Alert tone={isApiError(page.error) && page.error.status === 404 ? 'info' : 'danger'} title={t('badge.loadFailed')}>
          <p>{isApiError(page.error) && page.error.status === 404 ? t('badge.notFound') : errorText(page.error)}</p>
        </Alert>
      </div>
    );
  const { badge, items } = page.data;
  return (
    <div className="flex flex-col gap-5">
      {back}
      <Card padding="lg" className="flex flex-col items-center gap-3 text-center sm:flex-row sm:text-left">
        <BadgeMedal icon={badge.icon} tier={badge.tier} size="lg" />
        <div className="flex flex-col gap-1">
          <h1 className="text-2xl font-semibold">{badge.name}</h1>
          <p className="text-text-muted">{badge.description}</p>
          <p className="text-sm text-text-muted tabular-nums">
            {t('catalogue.holders', { count: badge.holderCount })}
            {badge.rule === null && ` · ${t('catalogue.manual')}`}
          </p>
        </div>
      </Card>
      <Card as="section" aria-labelledby="badge-holders" className="flex flex-col gap-3">
        <h2 id="badge-holders" className="text-lg font-semibold">
          {t('badge.holdersTitle')}
        </h2>
        {items.length === 0 ? (
          <EmptyState isCompact title={t('badge.noHolders')} />
        ) : (
          <ul className="flex flex-col divide-y divide-border">
            {items.map((h) => (
              <li key={h.member.id} className="flex items-center gap-3 py-2">
                <Avatar name={h.member.displayName} src={h.member.avatarUrl} size="sm" isDecorative />
                <Link href={paths.member(h.member.id)} className="min-w-0 flex-1 truncate font-medium hover:underline">
                  {h.member.displayName}
                </Link>
                <span className="text-sm text-text-muted">{t('badge.since', { date: format.date(h.awardedAt) })}</span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
