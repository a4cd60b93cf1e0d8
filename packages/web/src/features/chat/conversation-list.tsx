import type { Conversation, Me } from '@hearth/contracts';
import { MessageCirclePlus, RotateCw, Users } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useFormat } from '../../app/format/use-format';
import { paths } from '../../app/routes';
import { useSignedInMember } from '../../app/session/session-context';
import { useErrorText } from '../../app/use-error-text';
import { Alert, Avatar, Button, cn, EmptyState, LoadMore, Skeleton } from '../../ui';
import { WithPresence } from '../presence/presence-dot';
import { usePresence } from '../presence/use-presence';
import { useConversationList } from './chat-queries';

/** The other member of a 1:1 DM; null for groups and space channels. */
export function dmPartnerOf(conversation: Conversation, me: Pick<Me, 'id'>): string | null {
  const others = conversation.members.filter((member) => member.id !== me.id);
  return others.length === 1 ? others[0]!.id : null;
}

/** A DM's picture: the other member (with a green dot while online), or two of them for a group. */
export function ConversationAvatar({
  conversation,
  me,
  size = 'md',
  isOnline = false,
}: {
  conversation: Conversation;
  me: Me;
  size?: 'sm' | 'md';
  /** A 1:1 DM's other member is online. */
  isOnline?: boolean;
}) {
  const others = conversation.members.filter((member) => member.id !== me.id);
  const [first, second] = others;
  if (!first) return <Avatar name={conversation.title} size={size} isDecorative />;
  if (!second)
    return (
      <WithPresence isOnline={isOnline} size={size}>
        <Avatar name={first.displayName} src={first.avatarUrl} size={size} isDecorative />
      </WithPresence>
    );
  return (
    <span className={cn('relative shrink-0', size === 'sm' ? 'size-8' : 'size-10')} aria-hidden="true">
      <Avatar
        name={first.displayName}
        src={first.avatarUrl}
        size="sm"
        isDecorative
        className="absolute top-0 left-0 size-7 text-[0.65rem]"
      />
      <Avatar
        name={second.displayName}
        src={second.avatarUrl}
        size="sm"
        isDecorative
        className="absolute right-0 bottom-0 size-7 text-[0.65rem] ring-2 ring-surface"
      />
    </span>
  );
}

function ConversationRow({ conversation, isSelected, isOnline }: { conversation: Conversation; isSelected: boolean; isOnline: boolean }) {
  const { t } = useTranslation('chat');
  const { t: tCommon } = useTranslation('common');
  const format = useFormat();
  const me = useSignedInMember();
  const last = conversation.lastMessage;
  const excerpt = !last
    ? t('list.noMessages')
    : last.isHidden
      ? t('list.hidden')
      : last.authorId === me.id
        ? t('list.you', { text: last.excerpt })
        : last.excerpt;
  const hasUnread = conversation.unread > 0;
  const isGroup = conversation.members.length > 2;
  return (
    <Link
      href={paths.conversation(conversation.id)}
      aria-current={isSelected ? 'page' : undefined}
      className={cn(
        'flex min-h-16 items-center gap-3 rounded-xl px-2.5 py-2 transition-colors',
        isSelected ? 'bg-accent-soft' : 'hover:bg-surface-muted',
      )}
    >
      <ConversationAvatar conversation={conversation} me={me} isOnline={isOnline} />
      <span className="flex min-w-0 flex-1 flex-col">
        <span className="flex min-w-0 items-baseline gap-2">
          <span className={cn('flex min-w-0 items-center gap-1 truncate', hasUnread ? 'font-semibold' : 'font-medium')}>
            {isGroup && <Users className="size-3.5 shrink-0 text-text-muted" aria-hidden="true" />}
            <span className="truncate">{conversation.title}</span>
            {isOnline && <span className="sr-only">{tCommon('presence.online')}</span>}
          </span>
          <time
            dateTime={last?.createdAt ?? conversation.createdAt}
            title={format.dateTime(last?.createdAt ?? conversation.createdAt)}
            className="ml-auto shrink-0 text-xs text-text-muted"
          >
            {format.relative(last?.createdAt ?? conversation.createdAt)}
          </time>
        </span>
        <span className="flex min-w-0 items-center gap-2">
          <span className={cn('min-w-0 flex-1 truncate text-sm', hasUnread ? 'text-text' : 'text-text-muted')}>{excerpt}</span>
          {hasUnread && (
            <span className="num shrink-0 rounded-full bg-accent px-1.5 text-xs leading-5 font-semibold text-accent-fg">
              <span aria-hidden="true">{conversation.unread > 99 ? '99+' : format.number(conversation.unread)}</span>
              <span className="sr-only">{t('list.unread', { count: conversation.unread })}</span>
            </span>
          )}
        </span>
      </span>
    </Link>
  );
}

/** The caller's DMs, most recent first, with unread counts; more load as the list scrolls. */
export function ConversationList({ selectedId, onStart }: { selectedId: string | null; onStart: () => void }) {
  const { t } = useTranslation('chat');
  const errorText = useErrorText();
  const me = useSignedInMember();
  const list = useConversationList();
  // One presence request for every 1:1 DM loaded (usePresence keys it by the ids, not the array).
  const partnerIds = (list.data?.pages ?? [])
    .flatMap((page) => page.items)
    .map((conversation) => dmPartnerOf(conversation, me))
    .filter((id): id is string => id !== null);
  const presence = usePresence(partnerIds);

  if (list.isPending) {
    return (
      <div className="flex flex-col gap-2" aria-busy="true">
        <span className="sr-only" role="status">
          {t('list.loading')}
        </span>
        {Array.from({ length: 5 }, (_, index) => (
          <div key={index} className="flex items-center gap-3 px-2.5 py-2">
            <Skeleton isRound className="size-10 shrink-0" />
            <span className="flex flex-1 flex-col gap-2">
              <Skeleton className="h-4 w-1/2" />
              <Skeleton className="h-3.5 w-4/5" />
            </span>
          </div>
        ))}
      </div>
    );
  }
  if (list.isError) {
    return (
      <Alert tone="danger" title={t('list.loadFailed')}>
        <p>{errorText(list.error)}</p>
        <Button
          variant="secondary"
          size="sm"
          className="mt-2"
          onClick={() => void list.refetch()}
          icon={<RotateCw className="size-4" aria-hidden="true" />}
        >
          {t('list.retry')}
        </Button>
      </Alert>
    );
  }
  const conversations = list.data.pages.flatMap((page) => page.items);
  if (conversations.length === 0) {
    return (
      <EmptyState
        icon={<MessageCirclePlus className="size-6" />}
        title={t('list.emptyTitle')}
        action={
          <Button variant="secondary" onClick={onStart}>
            {t('list.startOne')}
          </Button>
        }
      >
        {t('list.emptyBody')}
      </EmptyState>
    );
  }
  return (
    <div className="-mx-1 flex min-h-0 flex-1 flex-col overflow-y-auto px-1 pb-2">
      <ul aria-label={t('list.label')} className="flex flex-col gap-0.5">
        {conversations.map((conversation) => {
          const partner = dmPartnerOf(conversation, me);
          return (
            <li key={conversation.id}>
              <ConversationRow
                conversation={conversation}
                isSelected={conversation.id === selectedId}
                isOnline={partner !== null && presence(partner)?.online === true}
              />
            </li>
          );
        })}
      </ul>
      {list.hasNextPage && (
        <LoadMore
          className="pt-3"
          onLoadMore={() => void list.fetchNextPage()}
          isLoading={list.isFetchingNextPage}
          label={t('list.loadMore')}
        />
      )}
    </div>
  );
}
