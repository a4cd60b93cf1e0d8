import type { AssetOverview } from '@hearth/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../app/format/use-format';
import { useErrorText } from '../../../app/use-error-text';
import { Alert, Avatar, Badge, Button, SectionCard, Skeleton } from '../../../ui';
import { flowsQuery } from './economy-console-queries';
import { FlowsChart } from './flows-chart';

const CIRCULATION = ['members', 'escrow', 'treasury', 'ownerless'] as const;
const CIRCULATION_CLASS = { members: 'bg-accent', escrow: 'bg-warning', treasury: 'bg-success', ownerless: 'bg-text-muted' } as const;

/** One asset: supply against its cap, where it sits (a bar), the top holders and their share, and its daily flows. */
export function AssetOverviewCard({ asset }: { asset: AssetOverview }) {
  const { t } = useTranslation('oversight');
  const format = useFormat();
  const errorText = useErrorText();
  const [days, setDays] = useState<30 | 90>(30);
  const flows = useQuery(flowsQuery(asset.assetId, days));
  const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
  const total = Math.max(1, asset.supply);
  return (
    <SectionCard
      title={
        <span className="inline-flex items-center gap-2">
          {asset.name} <span className="text-sm font-normal text-text-muted">{asset.code}</span>
          {asset.frozen && <Badge tone="danger">{t('overview.frozen')}</Badge>}
        </span>
      }
      description={t(`overview.kind.${asset.kind}`)}
    >
      <div className="flex flex-col gap-5">
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {(
            [
              ['supply', format.number(asset.supply)],
              ['cap', asset.supplyCap === null ? t('overview.uncapped') : format.number(asset.supplyCap)],
              ['holders', format.number(asset.holders)],
              ['topShare', percent(asset.topShare)],
            ] as const
          ).map(([label, value]) => (
            <div key={label} className="rounded-xl bg-surface-muted p-3">
              <dt className="text-sm text-text-muted">{t(`overview.${label}`)}</dt>
              <dd className="text-xl font-semibold tabular-nums">{value}</dd>
            </div>
          ))}
        </dl>
        <div className="flex flex-col gap-2">
          <h3 className="text-sm font-semibold">{t('overview.circulation')}</h3>
          <div className="flex h-3 w-full overflow-hidden rounded-full bg-surface-sunken" aria-hidden="true">
            {CIRCULATION.map((part) => (
              <span
                key={part}
                className={CIRCULATION_CLASS[part]}
                style={{ width: `${(Math.max(0, asset.circulation[part]) / total) * 100}%` }}
              />
            ))}
          </div>
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {CIRCULATION.map((part) => (
              <li key={part} className="inline-flex items-center gap-1.5">
                <span className={`inline-block size-3 rounded-sm ${CIRCULATION_CLASS[part]}`} aria-hidden="true" />
                {t(`overview.held.${part}`)} <span className="tabular-nums text-text-muted">{format.number(asset.circulation[part])}</span>
              </li>
            ))}
          </ul>
        </div>
        <div className="flex flex-col gap-2">
          <h3 className="text-sm font-semibold">{t('overview.topHolders')}</h3>
          {asset.topHolders.length === 0 ? (
            <p className="text-sm text-text-muted">{t('overview.noHolders')}</p>
          ) : (
            <ol className="flex flex-col divide-y divide-border">
              {asset.topHolders.map((holder, i) => (
                <li key={holder.member?.id ?? `erased-${i}`} className="flex items-center gap-3 py-2">
                  <span className="w-5 text-right text-sm text-text-muted tabular-nums">{i + 1}</span>
                  <Avatar name={holder.member?.displayName ?? '?'} src={holder.member?.avatarUrl ?? null} size="sm" isDecorative />
                  <span className="min-w-0 flex-1 truncate">{holder.member?.displayName ?? t('overview.erased')}</span>
                  {holder.frozen && <Badge tone="danger">{t('overview.frozen')}</Badge>}
                  <span className="tabular-nums">{format.number(holder.balance)}</span>
                  <span className="w-16 text-right text-sm text-text-muted tabular-nums">{percent(holder.share)}</span>
                </li>
              ))}
            </ol>
          )}
        </div>
        <div className="flex flex-col gap-2">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h3 className="text-sm font-semibold">{t('flows.title')}</h3>
            <div role="group" aria-label={t('flows.range')} className="flex gap-2">
              {([30, 90] as const).map((n) => (
                <Button
                  key={n}
                  size="sm"
                  variant={days === n ? 'primary' : 'secondary'}
                  aria-pressed={days === n}
                  onClick={() => setDays(n)}
                >
                  {t('flows.days', { count: n })}
                </Button>
              ))}
            </div>
          </div>
          {flows.isPending ? (
            <Skeleton className="h-48 w-full rounded-xl" />
          ) : flows.isError ? (
            <Alert tone="danger" title={errorText(flows.error)} />
          ) : (
            <FlowsChart days={flows.data.days} />
          )}
        </div>
      </div>
    </SectionCard>
  );
}
