import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { cn } from '../../ui';
import { perkPaths } from './perk-paths';
import { sellerInfoQuery } from './perk-queries';

/** The marketplace's sections: browse, my redemptions, orders to fulfil and listing (for sellers). */
export function PerksNav() {
  const { t } = useTranslation('perks');
  const [location] = useLocation();
  const info = useQuery(sellerInfoQuery);
  const items = [
    { href: perkPaths.browse, label: t('nav.browse') },
    { href: perkPaths.redemptions, label: t('nav.redemptions') },
    ...(info.data?.canSell
      ? [
          { href: perkPaths.orders, label: t('nav.orders') },
          { href: perkPaths.create, label: t('nav.new') },
        ]
      : []),
  ];
  return (
    <nav aria-label={t('title')} className="-mx-1 flex gap-1 overflow-x-auto pb-1">
      {items.map((item) => (
        <Link
          key={item.href}
          href={item.href}
          aria-current={location === item.href ? 'page' : undefined}
          className={cn(
            'min-h-10 shrink-0 rounded-full border px-4 py-2 text-sm font-medium',
            location === item.href ? 'border-accent bg-accent text-accent-fg' : 'border-border bg-surface hover:bg-surface-muted',
          )}
        >
          {item.label}
        </Link>
      ))}
    </nav>
  );
}
