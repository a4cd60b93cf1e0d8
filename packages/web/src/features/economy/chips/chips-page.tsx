import type { ChipEligibility } from '@hearth/contracts';
import { useQuery } from '@tanstack/react-query';
import { Coins, Plus } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useFormat } from '../../../app/format/use-format';
import { useDocumentTitle } from '../../../app/use-document-title';
import { useErrorText } from '../../../app/use-error-text';
import { Alert, Button, EmptyState, LoadMore, PageHeader, SectionCard, Skeleton } from '../../../ui';
import { ChipCoin } from './chip-coin';
import { ChipIssueForm } from './chip-issue-form';
import { chipEligibilityQuery, chipPath, useAssetList } from './chips-queries';

/** The caller's own chip: a link to it, the request waiting, why they cannot, or the form to issue one. */
function MyChip() {
  const { t } = useTranslation('chips');
  const errorText = useErrorText();
  const eligibility = useQuery(chipEligibilityQuery);
  const [isOpen, setIsOpen] = useState(false);
  if (eligibility.isPending) return <Skeleton className="h-24 w-full rounded-2xl" />;
  if (eligibility.isError)
    return (
      <Alert tone="danger" title={t('mine.loadFailed')}>
        <p>{errorText(eligibility.error)}</p>
      </Alert>
    );
  const e: ChipEligibility = eligibility.data;
  return (
    <SectionCard title={t('mine.title')} description={t(`mine.mode.${e.mode}`)}>
      {e.chip ? (
        <Link href={chipPath(e.chip.code)} className="flex items-center gap-3 rounded-xl bg-surface-muted p-3 hover:bg-surface-sunken">
          <ChipCoin asset={e.chip} />
          <span className="flex flex-col">
            <span className="font-medium">{e.chip.name}</span>
            <span className="text-sm text-text-muted">{t('mine.open', { code: e.chip.code })}</span>
          </span>
        </Link>
      ) : e.request?.status === 'pending' ? (
        <Alert tone="info" title={t('mine.pendingTitle', { code: e.request.code })}>
          <p>{t('mine.pendingBody')}</p>
        </Alert>
      ) : (
        <div className="flex flex-col gap-4">
          {e.request?.status === 'declined' && (
            <Alert tone="info" title={t('mine.declinedTitle', { code: e.request.code })}>
              {e.request.decisionReason && <p>{t('mine.declinedReason', { reason: e.request.decisionReason })}</p>}
            </Alert>
          )}
          {e.blockedBy ? (
            <p className="text-sm text-text-muted">{t(`mine.blocked.${e.blockedBy}`, { rank: e.minTierRank })}</p>
          ) : isOpen ? (
            <ChipIssueForm needsApproval={e.mode === 'approval'} onDone={() => setIsOpen(false)} />
          ) : (
            <div>
              <Button icon={<Plus className="size-5" aria-hidden="true" />} onClick={() => setIsOpen(true)}>
                {t('mine.start')}
              </Button>
            </div>
          )}
        </div>
      )}
    </SectionCard>
  );
}

function ChipList() {
  const { t } = useTranslation('chips');
  const format = useFormat();
  const errorText = useErrorText();
  const list = useAssetList();
  const chips = (list.data?.pages.flatMap((p) => p.items) ?? []).filter((a) => a.kind === 'chip');
  if (list.isPending) return <Skeleton className="h-40 w-full rounded-2xl" />;
  if (list.isError)
    return (
      <Alert tone="danger" title={t('list.loadFailed')}>
        <p>{errorText(list.error)}</p>
      </Alert>
    );
  if (chips.length === 0)
    return (
      <EmptyState icon={<Coins className="size-6" />} title={t('list.emptyTitle')}>
        {t('list.emptyBody')}
      </EmptyState>
    );
  return (
    <div className="flex flex-col gap-4">
      <ul aria-label={t('list.title')} className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
        {chips.map((chip) => (
          <li key={chip.id}>
            <Link
              href={chipPath(chip.code)}
              className="flex h-full items-center gap-3 rounded-2xl border border-border bg-surface p-4 shadow-card hover:bg-surface-sunken"
            >
              <ChipCoin asset={chip} />
              <span className="flex min-w-0 flex-col">
                <span className="truncate font-medium">
                  {chip.name} <span className="text-sm text-text-muted">{chip.code}</span>
                </span>
                <span className="truncate text-sm text-text-muted">{chip.issuer ? chip.issuer.displayName : t('brand')}</span>
                <span className="text-sm tabular-nums">
                  {t('list.supply', {
                    minted: format.number(chip.supply.minted),
                    cap: chip.supply.supplyCap === null ? '∞' : format.number(chip.supply.supplyCap),
                  })}
                  {' · '}
                  {t('list.holders', { count: chip.supply.holders })}
                </span>
                {chip.frozen && <span className="text-sm font-medium text-danger">{t('frozen')}</span>}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {list.hasNextPage && (
        <LoadMore label={t('list.loadMore')} isLoading={list.isFetchingNextPage} onLoadMore={() => void list.fetchNextPage()} />
      )}
    </div>
  );
}

/** /chips — every chip in the community, and the caller's own (or how to issue one). */
export default function ChipsPage() {
  const { t } = useTranslation('chips');
  useDocumentTitle(t('title'));
  return (
    <div className="flex flex-col gap-5">
      <PageHeader title={t('title')} description={t('description')} />
      <MyChip />
      <h2 className="text-lg font-semibold">{t('list.title')}</h2>
      <ChipList />
    </div>
  );
}
