import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format/use-format';
import { cn } from '../../ui';
import type { PresenceState } from './presence-store';

const dotSizes = { sm: 'size-2.5', md: 'size-3', lg: 'size-5' } as const;

/**
 * An avatar with a green dot at its lower right while the member is online. The dot is
 * decorative: say "online" in words nearby (PresenceLine, or screen-reader text).
 */
export function WithPresence({
  isOnline,
  size = 'md',
  children,
  className,
}: {
  isOnline: boolean;
  size?: keyof typeof dotSizes;
  children: ReactNode;
  className?: string;
}) {
  return (
    <span className={cn('relative inline-flex shrink-0', className)}>
      {children}
      {isOnline && (
        <span
          data-presence="online"
          className={cn('absolute right-0 bottom-0 rounded-full bg-success ring-2 ring-surface', dotSizes[size])}
          aria-hidden="true"
        />
      )}
    </span>
  );
}

/** "Online", or "Last seen 3 minutes ago"; nothing when the member was never seen (or cannot be). */
export function PresenceLine({ presence, className }: { presence: PresenceState | undefined; className?: string }) {
  const { t } = useTranslation('common');
  const format = useFormat();
  if (!presence || (!presence.online && !presence.lastSeenAt)) return null;
  return (
    <p className={cn('flex items-center gap-1.5 text-sm text-text-muted', className)} data-presence-line>
      {presence.online ? (
        <>
          <span className="size-2 rounded-full bg-success" aria-hidden="true" />
          {t('presence.online')}
        </>
      ) : (
        <time dateTime={presence.lastSeenAt!} title={format.dateTime(presence.lastSeenAt!)}>
          {t('presence.lastSeen', { time: format.relative(presence.lastSeenAt!) })}
        </time>
      )}
    </p>
  );
}
