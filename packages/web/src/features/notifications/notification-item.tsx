import type { Notification, NotificationKind } from '@hearth/contracts';
import {
  ArrowLeftRight,
  Award,
  AtSign,
  CircleDollarSign,
  Coins,
  Flag,
  Gift,
  Heart,
  Hourglass,
  Mail,
  MessageSquareReply,
  MessagesSquare,
  Shield,
  Sparkles,
  UserPlus,
  type LucideIcon,
} from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useCommunity } from '../../api/session';
import { useFormat } from '../../app/format/use-format';
import { Avatar, cn } from '../../ui';
import { notificationSentence, type Translate } from './notification-sentence';

const KIND_ICONS: Record<NotificationKind, LucideIcon> = {
  mention: AtSign,
  reply: MessageSquareReply,
  thread_reply: MessagesSquare,
  dm: Mail,
  reaction: Heart,
  follow: UserPlus,
  moderation: Shield,
  tip: Coins,
  report: Flag,
  perk_order: Gift,
  perk_redemption: Gift,
  level_up: Sparkles,
  badge: Award,
  points_expiring: Hourglass,
  chip: CircleDollarSign,
  market: ArrowLeftRight,
};

/** The actor's avatar, or the community's logo for notices from the community itself. */
function NotificationAvatar({ notification }: { notification: Notification }) {
  const community = useCommunity();
  const KindIcon = KIND_ICONS[notification.kind];
  const logo = community.data?.logoUrl;
  return (
    <span className="relative shrink-0 self-start" aria-hidden="true">
      {notification.actor ? (
        <Avatar name={notification.actor.displayName} src={notification.actor.avatarUrl} size="md" isDecorative />
      ) : logo ? (
        <img src={logo} alt="" className="size-10 rounded-full object-cover" />
      ) : (
        <span className="flex size-10 items-center justify-center rounded-full bg-accent-soft text-accent-text">
          <Shield className="size-5" />
        </span>
      )}
      {notification.actor && (
        <span className="absolute -right-1 -bottom-1 flex size-5 items-center justify-center rounded-full bg-surface text-text-muted ring-1 ring-border">
          <KindIcon className="size-3" />
        </span>
      )}
    </span>
  );
}

/**
 * One entry: who did what, where (one translated sentence), the excerpt as plain text, when,
 * and a dot while unread. Choosing it marks it read and opens what it is about.
 */
export function NotificationItem({ notification, onOpen }: { notification: Notification; onOpen: (notification: Notification) => void }) {
  const { t } = useTranslation('notifications');
  const format = useFormat();
  const isUnread = notification.readAt === null;
  const sentence = notificationSentence(notification, t as unknown as Translate);
  return (
    <li>
      <Link
        href={notification.url}
        onClick={() => onOpen(notification)}
        className={cn('flex gap-3 rounded-xl px-3 py-3 transition-colors hover:bg-surface-muted sm:px-4', isUnread && 'bg-accent-soft/40')}
      >
        <NotificationAvatar notification={notification} />
        <span className="flex min-w-0 flex-1 flex-col gap-0.5">
          <span className={cn('break-words', isUnread ? 'font-semibold' : 'font-medium')}>{sentence}</span>
          {notification.excerpt && <span className="line-clamp-2 text-sm break-words text-text-muted">{notification.excerpt}</span>}
          <time dateTime={notification.createdAt} title={format.dateTime(notification.createdAt)} className="text-sm text-text-muted">
            {format.relative(notification.createdAt)}
          </time>
        </span>
        {isUnread && (
          <span className="mt-2 flex size-2.5 shrink-0 rounded-full bg-accent">
            <span className="sr-only">{t('unread')}</span>
          </span>
        )}
      </Link>
    </li>
  );
}
