import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../../app/use-document-title';
import { PageHeader, Skeleton } from '../../../ui';
import { QueryError } from '../shared/query-error';
import { AssetOverviewCard } from './asset-overview-card';
import { AuditCard } from './audit-card';
import { overviewQuery } from './economy-console-queries';
import { FlagsCard } from './flags-card';
import { ReverseTransferCard } from './reverse-transfer-card';
import { TransparencyCard } from './transparency-card';
import { WalletFreezeCard } from './wallet-freeze-card';

/**
 * /admin/economy — the economy console: every asset's supply, circulation, top holders and
 * flows; the audit on demand; flagged patterns; freezing a wallet; reversing a transfer; and
 * the owner's transparency switch.
 */
export default function EconomyConsolePage() {
  const { t } = useTranslation('oversight');
  useDocumentTitle(t('title'));
  const overview = useQuery(overviewQuery);
  // A transfer picked from a flag opens in the reversal card (remounted with it).
  const [reverseId, setReverseId] = useState('');
  const pickForReversal = (id: string) => {
    setReverseId(id);
    requestAnimationFrame(() => document.getElementById('reverse')?.scrollIntoView({ block: 'start' }));
  };
  return (
    <div className="flex flex-col gap-5">
      <PageHeader title={t('title')} description={t('description')} />
      <AuditCard />
      <FlagsCard onReverse={pickForReversal} />
      {overview.isPending ? (
        <Skeleton className="h-96 w-full rounded-2xl" />
      ) : overview.isError ? (
        <QueryError error={overview.error} onRetry={() => void overview.refetch()} />
      ) : (
        <>
          {overview.data.assets.map((asset) => (
            <AssetOverviewCard key={asset.assetId} asset={asset} />
          ))}
          <div className="grid gap-5 lg:grid-cols-2">
            <WalletFreezeCard assets={overview.data.assets} />
            <div id="reverse" className="scroll-mt-4">
              <ReverseTransferCard key={reverseId} initialId={reverseId} />
            </div>
          </div>
        </>
      )}
      <TransparencyCard />
    </div>
  );
}
