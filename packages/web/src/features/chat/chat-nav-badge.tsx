import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format/use-format';
import { cn } from '../../ui';
import { conversationsBadgeQuery, countUnreadConversations } from './chat-queries';

export interface NavBadgeProps {
  /** The id the nav link points `aria-describedby` at, so its name stays "Chat". */
  id: string;
  variant: 'rail' | 'tab';
}

/** The number of DMs with unread messages, on the Chat nav item; nothing when there are none. */
export function ChatNavBadge({ id, variant }: NavBadgeProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const conversations = useQuery(conversationsBadgeQuery);
  const count = countUnreadConversations(conversations.data);
  if (count === 0) return null;
  return (
    <span
      className={cn(
        'num rounded-full bg-accent px-1.5 text-xs leading-5 font-semibold text-accent-fg',
        variant === 'rail' ? 'ml-auto' : 'absolute -top-1 left-1/2 ml-2 min-w-5 text-center',
      )}
    >
      <span aria-hidden="true">{count > 99 ? '99+' : format.number(count)}</span>
      <span id={id} className="sr-only">
        {t('nav.chatUnread', { count })}
      </span>
    </span>
  );
}
