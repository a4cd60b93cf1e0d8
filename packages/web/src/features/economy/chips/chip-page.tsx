import type { AssetDetail } from '@hearth/contracts';
import { useQuery } from '@tanstack/react-query';
import { ArrowLeft, Gift, Lock, LockOpen, Send, Sparkles } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { useFormat } from '../../../app/format/use-format';
import { paths } from '../../../app/routes';
import { useDocumentTitle } from '../../../app/use-document-title';
import { useErrorText } from '../../../app/use-error-text';
import { Alert, Avatar, Badge, Button, EmptyState, SectionCard, Skeleton } from '../../../ui';
import { ChipCoin } from './chip-coin';
import { ChipFreezeDialog } from './chip-freeze-dialog';
import { ChipMoveDialog, type MoveMode } from './chip-move-dialog';
import { chipPageQuery } from './chips-queries';

function Stat({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div className="flex flex-col rounded-xl bg-surface-muted p-3">
      <dt className="text-xs text-text-muted">{label}</dt>
      <dd className="text-lg font-semibold tabular-nums" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

function Person({ member, fallback }: { member: AssetDetail['issuer']; fallback: string }) {
  if (!member) return <span className="text-text-muted">{fallback}</span>;
  return (
    <Link href={paths.member(member.id)} className="inline-flex items-center gap-2 font-medium hover:underline">
      <Avatar name={member.displayName} src={member.avatarUrl} size="sm" isDecorative />
      {member.displayName}
    </Link>
  );
}

function Supply({ chip }: { chip: AssetDetail }) {
  const { t } = useTranslation('chips');
  const format = useFormat();
  const { minted, supplyCap, holders } = chip.supply;
  const share = supplyCap ? Math.min(minted / supplyCap, 1) : 0;
  return (
    <SectionCard title={t('page.supplyTitle')}>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Stat
          label={t('page.minted')}
          value={`${format.number(minted)} / ${supplyCap === null ? '∞' : format.number(supplyCap)}`}
          testId="chip-supply"
        />
        <Stat label={t('page.holders')} value={format.number(holders)} testId="chip-holders" />
        <Stat label={t('page.topShare')} value={`${Math.round(chip.topHolderShare * 100)}%`} />
        <Stat
          label={t('page.mintedToday')}
          value={`${format.number(chip.mintedToday)} / ${chip.supply.dailyMintLimit === null ? '∞' : format.number(chip.supply.dailyMintLimit)}`}
        />
      </dl>
      {supplyCap !== null && (
        <div
          className="mt-4 h-2 w-full overflow-hidden rounded-full bg-surface-sunken"
          role="progressbar"
          aria-label={t('page.capUsed')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(share * 100)}
        >
          <div className="h-full rounded-full bg-accent" style={{ width: `${share * 100}%` }} />
        </div>
      )}
    </SectionCard>
  );
}

function Holders({ chip }: { chip: AssetDetail }) {
  const { t } = useTranslation('chips');
  const format = useFormat();
  if (chip.topHolders.length === 0) return null;
  return (
    <SectionCard title={t('page.topHolders')}>
      <ol className="flex flex-col divide-y divide-border" aria-label={t('page.topHolders')}>
        {chip.topHolders.map((holder, index) => (
          <li key={holder.member?.id ?? `erased-${index}`} className="flex items-center justify-between gap-3 py-2">
            <span className="flex items-center gap-3">
              <span className="w-5 text-sm text-text-muted tabular-nums">{index + 1}</span>
              <Person member={holder.member} fallback={t('page.erased')} />
            </span>
            <span className="font-semibold tabular-nums">
              {format.number(holder.amount)}
              {chip.supply.minted > 0 && (
                <span className="ms-2 text-sm font-normal text-text-muted">{Math.round((holder.amount / chip.supply.minted) * 100)}%</span>
              )}
            </span>
          </li>
        ))}
      </ol>
    </SectionCard>
  );
}

function Movements({ chip }: { chip: AssetDetail }) {
  const { t } = useTranslation('chips');
  const format = useFormat();
  const side = chip.issuer?.displayName ?? t('brand');
  return (
    <SectionCard title={t('page.movements')}>
      {chip.recentMovements.length === 0 ? (
        <p className="text-sm text-text-muted">{t('page.noMovements')}</p>
      ) : (
        <ul className="flex flex-col divide-y divide-border" aria-label={t('page.movements')}>
          {chip.recentMovements.map((m) => (
            <li key={m.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
              <span>
                {t(
                  m.kind === 'mint' || m.kind === 'gift' || m.kind === 'tip' || m.kind === 'redemption'
                    ? `page.kind.${m.kind}`
                    : 'page.kind.other',
                  {
                    from: m.from?.displayName ?? side,
                    to: m.to?.displayName ?? side,
                  },
                )}
              </span>
              <span className="flex items-center gap-3">
                <span className="font-semibold tabular-nums">{format.number(m.amount)}</span>
                <time className="text-text-muted" dateTime={m.createdAt}>
                  {format.relative(m.createdAt)}
                </time>
              </span>
            </li>
          ))}
        </ul>
      )}
    </SectionCard>
  );
}

function Actions({ chip }: { chip: AssetDetail }) {
  const { t } = useTranslation('chips');
  const format = useFormat();
  const [mode, setMode] = useState<MoveMode | null>(null);
  const [isFreezing, setIsFreezing] = useState(false);
  if (!chip.can.mint && !chip.can.give && !chip.can.freeze) return null;
  return (
    <SectionCard
      title={t('page.actions')}
      {...(chip.issuerBalance !== null ? { description: t('page.issuerHolds', { amount: format.number(chip.issuerBalance) }) } : {})}
    >
      <div className="flex flex-wrap gap-2">
        {chip.can.mint && (
          <Button icon={<Sparkles className="size-5" aria-hidden="true" />} onClick={() => setMode('mint')}>
            {t('move.mint.open')}
          </Button>
        )}
        {chip.can.give && (
          <>
            <Button variant="secondary" icon={<Gift className="size-5" aria-hidden="true" />} onClick={() => setMode('give')}>
              {t('move.give.open')}
            </Button>
            <Button variant="secondary" icon={<Send className="size-5" aria-hidden="true" />} onClick={() => setMode('airdrop')}>
              {t('move.airdrop.open')}
            </Button>
          </>
        )}
        {chip.can.freeze && (
          <Button
            variant={chip.frozen ? 'secondary' : 'danger'}
            icon={chip.frozen ? <LockOpen className="size-5" aria-hidden="true" /> : <Lock className="size-5" aria-hidden="true" />}
            onClick={() => setIsFreezing(true)}
          >
            {chip.frozen ? t('freeze.unfreeze.open') : t('freeze.freeze.open')}
          </Button>
        )}
      </div>
      <ChipMoveDialog chip={chip} mode={mode} onClose={() => setMode(null)} />
      <ChipFreezeDialog chip={chip} open={isFreezing} onClose={() => setIsFreezing(false)} />
    </SectionCard>
  );
}

/** /chips/:code — a chip's page: who issues it, supply against the cap, who holds it, what moved, and the issuer's and owner's actions. */
export default function ChipPage() {
  const { t } = useTranslation('chips');
  const format = useFormat();
  const errorText = useErrorText();
  const { code = '' } = useParams<{ code: string }>();
  const page = useQuery(chipPageQuery(code));
  useDocumentTitle(page.data ? `${page.data.name} (${page.data.code})` : t('title'));
  const back = (
    <Link href="/chips" className="inline-flex items-center gap-1 text-sm text-text-muted hover:underline">
      <ArrowLeft className="size-4" aria-hidden="true" />
      {t('page.back')}
    </Link>
  );
  if (page.isPending) return <Skeleton className="h-64 w-full rounded-2xl" />;
  if (page.isError)
    return (
      <div className="flex flex-col gap-4">
        {back}
        <EmptyState title={t('page.notFound')} titleAs="h1">
          {errorText(page.error)}
        </EmptyState>
      </div>
    );
  const chip = page.data;
  return (
    <div className="flex flex-col gap-5">
      {back}
      <header className="flex flex-wrap items-center gap-4">
        <ChipCoin asset={chip} size="lg" />
        <div className="flex min-w-0 flex-col gap-1">
          <h1 className="text-2xl font-bold">
            {chip.name} <span className="text-lg font-medium text-text-muted">{chip.code}</span>
          </h1>
          <p className="flex flex-wrap items-center gap-2 text-sm text-text-muted">
            {t('page.issuedBy')} <Person member={chip.issuer} fallback={chip.kind === 'points' ? t('page.community') : t('brand')} />
            <span>· {t('page.since', { date: format.date(chip.createdAt) })}</span>
            {chip.frozen && <Badge tone="danger">{t('frozen')}</Badge>}
          </p>
          {chip.description && <p className="max-w-prose">{chip.description}</p>}
        </div>
      </header>
      {chip.frozen && chip.freeze && (
        <Alert tone="danger" title={t('page.frozenTitle')}>
          <p>{t('page.frozenReason', { reason: chip.freeze.reason, date: format.date(chip.freeze.at) })}</p>
        </Alert>
      )}
      <Actions chip={chip} />
      <Supply chip={chip} />
      <Holders chip={chip} />
      {chip.redemptions && (
        <SectionCard title={t('page.redemptions')}>
          <p>{t('page.redemptionCount', { count: chip.redemptions.count, amount: format.number(chip.redemptions.amount) })}</p>
        </SectionCard>
      )}
      <Movements chip={chip} />
    </div>
  );
}
