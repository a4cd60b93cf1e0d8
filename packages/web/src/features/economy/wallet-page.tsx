import { useQuery } from '@tanstack/react-query';
import { History, RotateCw, Wallet } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useFormat } from '../../app/format/use-format';
import { paths } from '../../app/routes';
import { useDocumentTitle } from '../../app/use-document-title';
import { useErrorText } from '../../app/use-error-text';
import { Alert, Button, buttonClass, EmptyState, LoadMore, PageHeader, SectionCard, Skeleton } from '../../ui';
import { ChipBadge } from './chip-badge';
import { CheckinCard } from './earning/checkin-card';
import { EarningSummaryCard } from './earning/earning-summary-card';
import { useWalletHistory, walletQuery } from './economy-queries';
import { WalletEntryItem } from './wallet-entry-item';

function Balances() {
  const { t } = useTranslation('economy');
  const format = useFormat();
  const errorText = useErrorText();
  const wallet = useQuery(walletQuery);
  if (wallet.isPending) return <Skeleton className="h-32 w-full rounded-2xl" />;
  if (wallet.isError)
    return (
      <Alert tone="danger" title={t('wallet.loadFailed')}>
        <p>{errorText(wallet.error)}</p>
        <Button
          variant="secondary"
          size="sm"
          className="mt-2"
          onClick={() => void wallet.refetch()}
          icon={<RotateCw className="size-4" aria-hidden="true" />}
        >
          {t('retry')}
        </Button>
      </Alert>
    );
  const { points, chips, issuerCount } = wallet.data;
  return (
    <>
      <section
        aria-labelledby="wallet-points"
        className="flex items-center gap-4 rounded-2xl border border-border bg-surface p-5 shadow-card"
      >
        <ChipBadge asset={points.asset} size="lg" />
        <div className="flex flex-col">
          <h2 id="wallet-points" className="text-sm font-medium text-text-muted">
            {points.asset.name}
          </h2>
          <p className="text-3xl font-bold tabular-nums" data-testid="points-balance">
            {format.number(points.amount)}
          </p>
        </div>
      </section>
      <SectionCard
        title={t('wallet.chipsTitle')}
        {...(issuerCount > 0 ? { description: t('wallet.chipsFrom', { count: issuerCount }) } : {})}
      >
        {chips.length === 0 ? (
          <p className="text-sm text-text-muted">{t('wallet.noChips')}</p>
        ) : (
          <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3" aria-label={t('wallet.chipsTitle')}>
            {chips.map((chip) => (
              <li key={chip.asset.id}>
                <Link
                  href={paths.chip(chip.asset.code)}
                  className="flex items-center gap-3 rounded-xl bg-surface-muted p-3 hover:bg-surface-sunken"
                >
                  <ChipBadge asset={chip.asset} />
                  <span className="flex min-w-0 flex-col">
                    <span className="truncate text-sm font-medium">{chip.asset.name}</span>
                    {chip.asset.issuer && <span className="truncate text-xs text-text-muted">{chip.asset.issuer.displayName}</span>}
                    <span className="text-sm font-semibold tabular-nums">{format.number(chip.amount)}</span>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </SectionCard>
    </>
  );
}

function HistoryList() {
  const { t } = useTranslation('economy');
  const errorText = useErrorText();
  const history = useWalletHistory();
  const items = history.data?.pages.flatMap((page) => page.items) ?? [];
  if (history.isPending) return <Skeleton className="h-40 w-full rounded-2xl" />;
  if (history.isError)
    return (
      <Alert tone="danger" title={t('history.loadFailed')}>
        <p>{errorText(history.error)}</p>
      </Alert>
    );
  if (items.length === 0)
    return (
      <EmptyState
        icon={<History className="size-6" />}
        title={t('history.emptyTitle')}
        action={
          <Link href={paths.spaces} className={buttonClass({ variant: 'secondary' })}>
            {t('history.browse')}
          </Link>
        }
      >
        {t('history.emptyBody')}
      </EmptyState>
    );
  return (
    <div className="flex flex-col gap-4">
      <div className="rounded-2xl border border-border bg-surface p-1 shadow-card">
        <ul aria-label={t('history.title')} className="flex flex-col divide-y divide-border">
          {items.map((entry) => (
            <WalletEntryItem key={entry.transferId} entry={entry} />
          ))}
        </ul>
      </div>
      {history.hasNextPage && (
        <LoadMore label={t('history.loadMore')} isLoading={history.isFetchingNextPage} onLoadMore={() => void history.fetchNextPage()} />
      )}
    </div>
  );
}

/** /wallet — the chip wallet (籌碼包): points, the chips one holds as a collection, and every movement. */
export default function WalletPage() {
  const { t } = useTranslation('economy');
  useDocumentTitle(t('wallet.title'));
  return (
    <div className="flex flex-col gap-5">
      <PageHeader
        title={t('wallet.title')}
        description={t('wallet.description')}
        actions={
          <Link href={paths.chips} className={buttonClass({ variant: 'secondary' })}>
            {t('wallet.browseChips')}
          </Link>
        }
      />
      <Balances />
      <EarningSummaryCard />
      <CheckinCard />
      <h2 className="flex items-center gap-2 text-lg font-semibold">
        <Wallet className="size-5" aria-hidden="true" />
        {t('history.title')}
      </h2>
      <HistoryList />
    </div>
  );
}
