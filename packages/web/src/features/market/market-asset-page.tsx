import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { useDocumentTitle } from '../../app/use-document-title';
import { useErrorText } from '../../app/use-error-text';
import { Alert, Button, Card, PageHeader, Skeleton } from '../../ui';
import { CreateOrderDialog } from './create-order-dialog';
import { FillList } from './fill-list';
import { MarketNav } from './market-nav';
import { assetFillsQuery, bookQuery, marketOverviewQuery } from './market-queries';
import { OrderRow } from './order-row';

/** /market/assets/:assetId — one asset's order book (open asks, cheapest first) and its recent fills. */
export default function MarketAssetPage() {
  const { t } = useTranslation('market');
  const errorText = useErrorText();
  const { assetId = '' } = useParams<{ assetId: string }>();
  const overview = useQuery(marketOverviewQuery);
  const book = useQuery(bookQuery(assetId));
  const fills = useQuery(assetFillsQuery(assetId));
  const asset = overview.data?.assets.find((a) => a.asset.id === assetId)?.asset;
  const [isPosting, setPosting] = useState(false);
  useDocumentTitle(asset ? t('book.title', { asset: asset.name }) : t('title'));
  return (
    <div className="flex flex-col gap-5">
      <PageHeader
        title={asset ? t('book.title', { asset: asset.name }) : t('title')}
        description={t('book.description')}
        actions={
          <Button onClick={() => setPosting(true)} disabled={!!overview.data?.refusal}>
            {t('create.open')}
          </Button>
        }
      />
      <MarketNav />
      <Card as="section" aria-labelledby="book-title">
        <h2 id="book-title" className="text-lg font-semibold">
          {t('book.asks')}
        </h2>
        {book.isPending ? (
          <Skeleton className="mt-3 h-24 w-full" />
        ) : book.isError ? (
          <Alert tone="danger" title={t('loadFailed')}>
            <p>{errorText(book.error)}</p>
          </Alert>
        ) : book.data.items.length === 0 ? (
          <p className="mt-2 text-sm text-text-muted">{t('book.empty')}</p>
        ) : (
          <ul className="divide-y divide-border" aria-label={t('book.asks')}>
            {book.data.items.map((o) => (
              <OrderRow key={o.id} order={o} />
            ))}
          </ul>
        )}
      </Card>
      <Card as="section" aria-labelledby="fills-title">
        <h2 id="fills-title" className="text-lg font-semibold">
          {t('fills.recent')}
        </h2>
        <FillList fills={fills.data?.items ?? []} label={t('fills.recent')} />
      </Card>
      {isPosting && <CreateOrderDialog open={isPosting} onClose={() => setPosting(false)} assetId={assetId} />}
    </div>
  );
}
