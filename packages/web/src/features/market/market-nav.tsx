import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { cn } from '../../ui';
import { marketPaths } from './market-queries';

/** The market's sections: all assets, and the caller's orders and fills. */
export function MarketNav() {
  const { t } = useTranslation('market');
  const [location] = useLocation();
  const items = [
    { href: marketPaths.market, label: t('nav.assets') },
    { href: marketPaths.mine, label: t('nav.mine') },
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
