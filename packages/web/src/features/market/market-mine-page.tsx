import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/use-document-title';
import { useErrorText } from '../../app/use-error-text';
import { Alert, Card, PageHeader, Skeleton } from '../../ui';
import { FillList } from './fill-list';
import { MarketNav } from './market-nav';
import { myFillsQuery, myOrdersQuery } from './market-queries';
import { OrderRow } from './order-row';

/** /market/mine — the caller's orders (open first in time order, newest first) and their fills as seller or taker. */
export default function MarketMinePage() {
  const { t } = useTranslation('market');
  useDocumentTitle(t('mine.title'));
  const errorText = useErrorText();
  const orders = useQuery(myOrdersQuery);
  const fills = useQuery(myFillsQuery);
  return (
    <div className="flex flex-col gap-5">
      <PageHeader title={t('mine.title')} description={t('mine.description')} />
      <MarketNav />
      <Card as="section" aria-labelledby="my-orders-title">
        <h2 id="my-orders-title" className="text-lg font-semibold">
          {t('mine.orders')}
        </h2>
        {orders.isPending ? (
          <Skeleton className="mt-3 h-24 w-full" />
        ) : orders.isError ? (
          <Alert tone="danger" title={t('loadFailed')}>
            <p>{errorText(orders.error)}</p>
          </Alert>
        ) : orders.data.items.length === 0 ? (
          <p className="mt-2 text-sm text-text-muted">{t('mine.none')}</p>
        ) : (
          <ul className="divide-y divide-border" aria-label={t('mine.orders')}>
            {orders.data.items.map((o) => (
              <OrderRow key={o.id} order={o} showAsset />
            ))}
          </ul>
        )}
      </Card>
      <Card as="section" aria-labelledby="my-fills-title">
        <h2 id="my-fills-title" className="text-lg font-semibold">
          {t('mine.fills')}
        </h2>
        <FillList fills={fills.data?.items ?? []} label={t('mine.fills')} />
      </Card>
    </div>
  );
}
