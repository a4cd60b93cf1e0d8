import { PERK_KINDS, type PerkKind } from '@hearth/contracts';
import { useQuery } from '@tanstack/react-query';
import { Gift } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/use-document-title';
import { useErrorText } from '../../app/use-error-text';
import { Alert, EmptyState, LoadMore, PageHeader, Select, Skeleton } from '../../ui';
import { PerkCard } from './perk-card';
import { sellerInfoQuery, usePerks } from './perk-queries';
import { PerksNav } from './perks-nav';

/** /perks — the marketplace (積分商城): perks on offer, filtered by kind, asset and seller. */
export default function PerksPage() {
  const { t } = useTranslation('perks');
  useDocumentTitle(t('title'));
  const errorText = useErrorText();
  const [kind, setKind] = useState<PerkKind | ''>('');
  const [assetId, setAssetId] = useState('');
  const [seller, setSeller] = useState('');
  const info = useQuery(sellerInfoQuery);
  const perks = usePerks({ ...(kind ? { kind } : {}), ...(assetId ? { assetId } : {}), ...(seller ? { seller } : {}) });
  const items = perks.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <div className="flex flex-col gap-5">
      <PageHeader title={t('title')} description={t('description')} />
      <PerksNav />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <Select
          label={t('filters.kind')}
          value={kind}
          onChange={(e) => setKind(e.target.value as PerkKind | '')}
          options={[{ value: '', label: t('filters.all') }, ...PERK_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))]}
        />
        <Select
          label={t('filters.asset')}
          value={assetId}
          onChange={(e) => setAssetId(e.target.value)}
          options={[{ value: '', label: t('filters.all') }, ...(info.data?.assets ?? []).map((a) => ({ value: a.id, label: a.name }))]}
        />
        <Select
          label={t('filters.seller')}
          value={seller}
          onChange={(e) => setSeller(e.target.value)}
          options={[
            { value: '', label: t('filters.all') },
            { value: 'brand', label: t('filters.brand') },
          ]}
        />
      </div>
      {perks.isPending ? (
        <Skeleton className="h-64 w-full rounded-2xl" />
      ) : perks.isError ? (
        <Alert tone="danger" title={t('loadFailed')}>
          <p>{errorText(perks.error)}</p>
        </Alert>
      ) : items.length === 0 ? (
        <EmptyState icon={<Gift className="size-6" />} title={t('empty.title')}>
          {t('empty.body')}
        </EmptyState>
      ) : (
        <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label={t('title')}>
          {items.map((perk) => (
            <PerkCard key={perk.id} perk={perk} />
          ))}
        </ul>
      )}
      {perks.hasNextPage && (
        <LoadMore label={t('loadMore')} isLoading={perks.isFetchingNextPage} onLoadMore={() => void perks.fetchNextPage()} />
      )}
    </div>
  );
}
