import type { Me } from '@hearth/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { cn } from '../../ui';
import type { NavItem } from './nav-items';

/** One navigation entry: a row in the rail, or an icon-over-label tab on phones. */
export function NavLink({ item, me, variant }: { item: NavItem; me: Me; variant: 'rail' | 'tab' }) {
  const { t } = useTranslation();
  const [location] = useLocation();
  const isActive = item.isActive(location, me);
  const badgeId = useId();
  const Icon = item.icon;
  const Badge = item.Badge;
  if (variant === 'tab') {
    return (
      <Link
        href={item.href(me)}
        aria-current={isActive ? 'page' : undefined}
        aria-describedby={Badge ? badgeId : undefined}
        className={cn(
          'flex min-h-14 min-w-0 flex-1 flex-col items-center justify-center gap-0.5 px-1 text-xs font-medium',
          isActive ? 'text-accent-text' : 'text-text-muted hover:text-text',
        )}
      >
        <span className="relative">
          <Icon className="size-6" aria-hidden="true" strokeWidth={isActive ? 2.4 : 1.8} />
          {Badge && <Badge id={badgeId} variant="tab" />}
        </span>
        <span className="max-w-full truncate">{t(item.label)}</span>
      </Link>
    );
  }
  return (
    <Link
      href={item.href(me)}
      aria-current={isActive ? 'page' : undefined}
      aria-describedby={Badge ? badgeId : undefined}
      className={cn(
        'flex min-h-11 items-center gap-3 rounded-lg px-3 font-medium transition-colors',
        isActive ? 'bg-accent-soft text-accent-text' : 'text-text-muted hover:bg-surface-muted hover:text-text',
      )}
    >
      <Icon className="size-5" aria-hidden="true" />
      {t(item.label)}
      {Badge && <Badge id={badgeId} variant="rail" />}
    </Link>
  );
}
