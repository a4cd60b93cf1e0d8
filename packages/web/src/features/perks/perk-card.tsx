import type { Perk } from '@hearth/contracts';
import { Gift } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useFormat } from '../../app/format/use-format';
import { Badge } from '../../ui';
import { perkPaths } from './perk-paths';

/** One perk in the marketplace grid: picture, title, seller, price and what is left. */
export function PerkCard({ perk }: { perk: Perk }) {
  const { t } = useTranslation('perks');
  const format = useFormat();
  const soldOut = perk.stockLeft !== null && perk.stockLeft <= 0;
  return (
    <li className="flex flex-col overflow-hidden rounded-2xl border border-border bg-surface shadow-card">
      <Link href={perkPaths.perk(perk.id)} className="flex flex-1 flex-col focus-visible:outline-2 focus-visible:outline-accent">
        {perk.imageUrl ? (
          <img src={perk.imageUrl} alt="" className="aspect-[4/3] w-full object-cover" loading="lazy" />
        ) : (
          <div className="flex aspect-[4/3] w-full items-center justify-center bg-surface-muted text-text-muted" aria-hidden="true">
            <Gift className="size-10" />
          </div>
        )}
        <div className="flex flex-1 flex-col gap-1 p-4">
          <div className="flex flex-wrap gap-1">
            <Badge tone="accent">{t(`kinds.${perk.kind}`)}</Badge>
            {perk.status !== 'active' && <Badge tone="warning">{t(`status.${perk.status}`)}</Badge>}
          </div>
          <h3 className="text-base font-semibold break-words">{perk.title}</h3>
          <p className="text-sm text-text-muted">
            {perk.seller.type === 'brand' ? t('card.byBrand') : t('card.byMember', { name: perk.seller.member.displayName })}
          </p>
          <div className="mt-auto flex items-end justify-between gap-2 pt-2">
            <p className="text-lg font-bold tabular-nums">
              {t('card.price', { price: format.number(perk.price), asset: perk.asset.name })}
            </p>
            <p className="text-xs text-text-muted">
              {soldOut ? t('card.soldOut') : perk.stockLeft === null ? t('card.unlimited') : t('card.stockLeft', { count: perk.stockLeft })}
            </p>
          </div>
        </div>
      </Link>
    </li>
  );
}
