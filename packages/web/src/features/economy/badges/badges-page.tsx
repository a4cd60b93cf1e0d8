import { useQuery } from '@tanstack/react-query';
import { Award } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useDocumentTitle } from '../../../app/use-document-title';
import { useErrorText } from '../../../app/use-error-text';
import { Alert, Card, EmptyState, PageHeader, Skeleton } from '../../../ui';
import { BadgeMedal } from './badge-medal';
import { badgeCatalogueQuery, badgePath } from './badges-queries';

/** /badges — every badge members can earn or be given, with how many hold each. */
export default function BadgesPage() {
  const { t } = useTranslation('badges');
  const errorText = useErrorText();
  const catalogue = useQuery(badgeCatalogueQuery);
  useDocumentTitle(t('catalogue.title'));
  return (
    <div className="flex flex-col gap-5">
      <PageHeader title={t('catalogue.title')} description={t('catalogue.description')} />
      {catalogue.isPending ? (
        <Skeleton className="h-64 w-full rounded-2xl" />
      ) : catalogue.isError ? (
        <Alert tone="danger" title={t('catalogue.loadFailed')}>
          <p>{errorText(catalogue.error)}</p>
        </Alert>
      ) : catalogue.data.items.length === 0 ? (
        <EmptyState icon={<Award className="size-8" aria-hidden="true" />} title={t('catalogue.empty')} />
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {catalogue.data.items.map((badge) => (
            <li key={badge.id}>
              <Card as="article" className="h-full">
                <Link href={badgePath(badge.id)} className="flex items-start gap-3 rounded-xl">
                  <BadgeMedal icon={badge.icon} tier={badge.tier} />
                  <span className="flex min-w-0 flex-col gap-0.5">
                    <span className="font-semibold">{badge.name}</span>
                    <span className="text-sm text-text-muted">{badge.description}</span>
                    <span className="text-sm text-text-muted tabular-nums">
                      {t('catalogue.holders', { count: badge.holderCount })}
                      {badge.rule === null && ` · ${t('catalogue.manual')}`}
                    </span>
                  </span>
                </Link>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
