import { useQuery } from '@tanstack/react-query';
import { ArrowLeftRight } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useFormat } from '../../app/format/use-format';
import { useDocumentTitle } from '../../app/use-document-title';
import { useErrorText } from '../../app/use-error-text';
import { Alert, Button, Card, EmptyState, PageHeader, Skeleton } from '../../ui';
import { CreateOrderDialog } from './create-order-dialog';
import { MarketNav } from './market-nav';
import { marketOverviewQuery, marketPaths } from './market-queries';

/** Why the overview says the caller may not trade (the server's codes, said here). */
const REFUSALS = ['member_muted', 'market_member_unavailable', 'market_trust_too_low', 'market_account_too_new'] as const;

/** /market — orders between members (掛單): every tradable asset with its open orders and last price. */
export default function MarketPage() {
  const { t } = useTranslation('market');
  useDocumentTitle(t('title'));
  const format = useFormat();
  const errorText = useErrorText();
  const overview = useQuery(marketOverviewQuery);
  const [isPosting, setPosting] = useState(false);
  const refusal = overview.data?.refusal;
  return (
    <div className="flex flex-col gap-5">
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Button onClick={() => setPosting(true)} disabled={!!refusal || !overview.data}>
            {t('create.open')}
          </Button>
        }
      />
      <MarketNav />
      {refusal && (
        <Alert tone="info" title={t('refusal.title')}>
          <p>
            {(REFUSALS as readonly string[]).includes(refusal)
              ? t(`refusal.codes.${refusal as (typeof REFUSALS)[number]}`)
              : t('refusal.generic')}
          </p>
        </Alert>
      )}
      {overview.isPending ? (
        <Skeleton className="h-48 w-full rounded-2xl" />
      ) : overview.isError ? (
        <Alert tone="danger" title={t('loadFailed')}>
          <p>{errorText(overview.error)}</p>
        </Alert>
      ) : overview.data.assets.length === 0 ? (
        <EmptyState icon={<ArrowLeftRight className="size-6" />} title={t('empty.title')}>
          {t('empty.body')}
        </EmptyState>
      ) : (
        <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3" aria-label={t('assets')}>
          {overview.data.assets.map((s) => (
            <li key={s.asset.id}>
              <Card as="article" className="flex h-full flex-col gap-2">
                <h2 className="text-lg font-semibold break-words">
                  <Link href={marketPaths.asset(s.asset.id)} className="hover:underline">
                    {s.asset.name}
                  </Link>
                </h2>
                <p className="text-sm text-text-muted">
                  {t('summary.depth', { orders: format.number(s.openOrders), units: format.number(s.unitsOffered) })}
                </p>
                <p className="text-sm">
                  {s.lastPrice !== null && s.lastPriceAsset
                    ? t('summary.last', { price: format.number(s.lastPrice), asset: s.lastPriceAsset.name })
                    : t('summary.noFills')}
                </p>
              </Card>
            </li>
          ))}
        </ul>
      )}
      {isPosting && <CreateOrderDialog open={isPosting} onClose={() => setPosting(false)} />}
    </div>
  );
}
