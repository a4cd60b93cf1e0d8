import { Receipt } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useDocumentTitle } from '../../app/use-document-title';
import { useErrorText } from '../../app/use-error-text';
import { Alert, EmptyState, LoadMore, PageHeader, Select, Skeleton } from '../../ui';
import { OrderItem } from './order-item';
import { perkPaths } from './perk-paths';
import { usePerkOrders } from './perk-queries';
import { PerksNav } from './perks-nav';

/** /perks/redemptions ("My redemptions") and /perks/orders ("Orders to fulfil"): one list, two sides. */
export default function OrdersPage() {
  const { t } = useTranslation('perks');
  const errorText = useErrorText();
  const [location] = useLocation();
  const side = location.startsWith(perkPaths.orders) ? 'seller' : 'buyer';
  const title = side === 'seller' ? t('orders.ordersTitle') : t('orders.redemptionsTitle');
  useDocumentTitle(title);
  const [onlyOpen, setOnlyOpen] = useState(side === 'seller');
  const orders = usePerkOrders(side, onlyOpen ? 'held' : undefined);
  const items = orders.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <div className="flex flex-col gap-5">
      <PageHeader title={title} />
      <PerksNav />
      <div className="max-w-xs">
        <Select
          label={t('filters.all')}
          value={onlyOpen ? 'open' : 'all'}
          onChange={(e) => setOnlyOpen(e.target.value === 'open')}
          options={[
            { value: 'open', label: t('orders.filterOpen') },
            { value: 'all', label: t('orders.filterAll') },
          ]}
        />
      </div>
      {orders.isPending ? (
        <Skeleton className="h-40 w-full rounded-2xl" />
      ) : orders.isError ? (
        <Alert tone="danger" title={t('loadFailed')}>
          <p>{errorText(orders.error)}</p>
        </Alert>
      ) : items.length === 0 ? (
        <EmptyState
          icon={<Receipt className="size-6" />}
          title={side === 'seller' ? t('orders.ordersEmpty') : t('orders.redemptionsEmpty')}
        />
      ) : (
        <ul aria-label={title} className="flex flex-col divide-y divide-border rounded-2xl border border-border bg-surface shadow-card">
          {items.map((order) => (
            <OrderItem key={order.id} order={order} side={side} />
          ))}
        </ul>
      )}
      {orders.hasNextPage && (
        <LoadMore label={t('loadMore')} isLoading={orders.isFetchingNextPage} onLoadMore={() => void orders.fetchNextPage()} />
      )}
    </div>
  );
}
