import { useQuery } from '@tanstack/react-query';
import { Bell } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useFormat } from '../../app/format/use-format';
import { paths } from '../../app/routes';
import { cn } from '../../ui';
import type { NavBadgeProps } from '../chat/chat-nav-badge';
import { badgeText, unreadCountQuery } from './notification-queries';

/**
 * The bell: a link to the notification centre with the unread count on it, named with the
 * count ("Notifications, 3 unread"). `rail`: beside the brand on wide screens (phones have a tab, UI.md).
 */
export function NotificationBell({ variant }: { variant: 'bar' | 'rail' }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [location] = useLocation();
  const unread = useQuery(unreadCountQuery);
  const count = unread.data?.unreadCount ?? 0;
  const isActive = location === paths.notifications;
  const label =
    count === 0 ? t('nav.notifications') : count > 99 ? t('nav.notificationsUnreadMany') : t('nav.notificationsUnread', { count });
  return (
    <Link
      href={paths.notifications}
      aria-label={label}
      title={label}
      aria-current={isActive ? 'page' : undefined}
      className={cn(
        'relative flex shrink-0 items-center justify-center rounded-lg transition-colors',
        variant === 'bar' ? 'size-11' : 'size-10',
        isActive ? 'bg-accent-soft text-accent-text' : 'text-text-muted hover:bg-surface-muted hover:text-text',
      )}
    >
      <Bell className="size-5" aria-hidden="true" strokeWidth={isActive ? 2.4 : 2} />
      {count > 0 && (
        <span
          aria-hidden="true"
          className={cn(
            'num absolute min-w-5 rounded-full bg-accent px-1 text-center text-xs leading-5 font-semibold text-accent-fg ring-2 ring-surface',
            variant === 'bar' ? 'top-0.5 right-0' : '-top-1 -right-1',
          )}
        >
          {badgeText(count, format.number)}
        </span>
      )}
    </Link>
  );
}

/** The unread count on the phones' Notifications tab; nothing when all is read. */
export function NotificationsNavBadge({ id, variant }: NavBadgeProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const unread = useQuery(unreadCountQuery);
  const count = unread.data?.unreadCount ?? 0;
  if (count === 0) return null;
  return (
    <span
      className={cn(
        'num rounded-full bg-accent px-1.5 text-xs leading-5 font-semibold text-accent-fg',
        variant === 'rail' ? 'ml-auto' : 'absolute -top-1 left-1/2 ml-2 min-w-5 text-center',
      )}
    >
      <span aria-hidden="true">{badgeText(count, format.number)}</span>
      <span id={id} className="sr-only">
        {count > 99 ? t('nav.notificationsUnreadMany') : t('nav.notificationsUnread', { count })}
      </span>
    </span>
  );
}
