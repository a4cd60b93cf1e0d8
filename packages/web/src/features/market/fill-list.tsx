import type { MarketFill } from '@hearth/contracts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format/use-format';

/** Fills (成交), newest first: who bought how many from whom, at what price. */
export function FillList({ fills, label }: { fills: MarketFill[]; label: string }) {
  const { t } = useTranslation('market');
  const format = useFormat();
  if (fills.length === 0) return <p className="text-sm text-text-muted">{t('fills.none')}</p>;
  return (
    <ul className="divide-y divide-border" aria-label={label}>
      {fills.map((f) => (
        <li key={f.id} className="flex flex-wrap justify-between gap-2 py-2 text-sm" data-testid="market-fill">
          <span className="min-w-0 break-words">
            {t('fills.line', {
              taker: f.taker?.displayName ?? t('fills.former'),
              seller: f.seller?.displayName ?? t('fills.former'),
              quantity: format.number(f.quantity),
              asset: f.asset.name,
              total: format.number(f.total),
              priceAsset: f.priceAsset.name,
            })}
          </span>
          <span className="text-text-muted">{format.relative(f.createdAt)}</span>
        </li>
      ))}
    </ul>
  );
}
