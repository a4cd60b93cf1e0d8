import type { AuthorRef } from '@hearth/contracts';
import { MessageCircle, RotateCw } from 'lucide-react';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { isStaff } from '../../app/routing/access';
import { useSignedInMember } from '../../app/session/session-context';
import { useErrorText } from '../../app/use-error-text';
import { useMediaQuery } from '../../app/use-media-query';
import { Alert, Button, cn, EmptyState, Skeleton } from '../../ui';
import { useMarkNotificationsRead } from '../notifications/use-mark-notifications-read';
import { Composer, type ComposerHandle } from './composer';
import { ConnectionBanner } from './connection-banner';
import { MessageList } from './message-list';
import { ThreadPanel } from './thread-panel';
import { TypingIndicator } from './typing-indicator';
import { useChatRoom } from './use-chat-room';
import { useMarkRead } from './use-mark-read';

/** From this width the thread opens beside the chat instead of over it. */
const SIDE_PANEL_QUERY = '(min-width: 80rem)';

function ChatSkeleton() {
  const { t } = useTranslation('chat');
  return (
    <div className="flex min-h-0 flex-1 flex-col justify-end gap-5 p-3" aria-busy="true">
      <span className="sr-only" role="status">
        {t('conversation.loading')}
      </span>
      {[0.6, 0.8, 0.45].map((width, index) => (
        <div key={index} className="flex gap-3">
          <Skeleton isRound className="size-8 shrink-0" />
          <span className="flex flex-1 flex-col gap-2">
            <Skeleton className="h-4 w-24" />
            <Skeleton className="h-4" />
            <span style={{ width: `${width * 100}%` }}>
              <Skeleton className="h-4" />
            </span>
          </span>
        </div>
      ))}
    </div>
  );
}

/** "This conversation isn't here": it does not exist, or the caller may not read it. */
export function ConversationMissing({ action }: { action?: ReactNode }) {
  const { t } = useTranslation('chat');
  return (
    <EmptyState icon={<MessageCircle className="size-6" />} titleAs="h1" title={t('conversation.notFoundTitle')} action={action}>
      {t('conversation.notFoundBody')}
    </EmptyState>
  );
}

/**
 * One conversation's live chat (a DM or a chat space's channel): the messages, who is
 * typing, the composer, and a thread panel for replies. Fills the height it is given.
 */
export function ChatView({ conversationId, className }: { conversationId: string; className?: string }) {
  const { t } = useTranslation('chat');
  const me = useSignedInMember();
  const errorText = useErrorText();
  const room = useChatRoom(conversationId, me.id);
  const { conversation, state } = room;
  const isSidePanel = useMediaQuery(SIDE_PANEL_QUERY);
  const [threadRootId, setThreadRootId] = useState<string | null>(null);
  const [isAtBottom, setAtBottom] = useState(true);
  const opener = useRef<HTMLElement | null>(null);
  const container = useRef<HTMLDivElement>(null);
  const composer = useRef<ComposerHandle>(null);
  const isRevoked = room.status === 'revoked';
  useMarkRead(conversation, state.lastSeq, isAtBottom, state.isLoaded && !isRevoked);
  useMarkNotificationsRead({ conversationId }, state.isLoaded && !isRevoked);

  const people = useMemo(() => {
    const byId = new Map<string, AuthorRef>();
    for (const message of state.messages) byId.set(message.authorId, message.author);
    for (const member of conversation?.members ?? []) byId.set(member.id, member);
    return byId;
  }, [state.messages, conversation?.members]);

  const openThread = useCallback((rootId: string, from: HTMLElement) => {
    opener.current = from;
    setThreadRootId(rootId);
  }, []);
  const closeThread = useCallback(() => {
    setThreadRootId(null);
    requestAnimationFrame(() => {
      if (opener.current?.isConnected) opener.current.focus();
      else composer.current?.focus();
    });
  }, []);

  // Esc closes the side panel (the phone sheet is a dialog, which closes on Esc by itself).
  useEffect(() => {
    if (!threadRootId || !isSidePanel) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('dialog')) return;
      if (target && target !== document.body && !container.current?.contains(target)) return;
      closeThread();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [threadRootId, isSidePanel, closeThread]);

  if (room.loadError) {
    if (isApiError(room.loadError) && (room.loadError.status === 404 || room.loadError.status === 403)) return <ConversationMissing />;
    return (
      <Alert tone="danger" title={t('conversation.loadFailed')}>
        <p>{errorText(room.loadError)}</p>
        <Button
          variant="secondary"
          size="sm"
          className="mt-2"
          onClick={room.retryLoad}
          icon={<RotateCw className="size-4" aria-hidden="true" />}
        >
          {t('conversation.retry')}
        </Button>
      </Alert>
    );
  }
  if (!state.isLoaded || !conversation) return <ChatSkeleton />;

  const canPost = conversation.canPost && !isRevoked;
  const canModerate = conversation.kind === 'space' && isStaff(me);
  return (
    <div ref={container} className={cn('flex min-h-0 flex-1 gap-4', className)}>
      <div className="flex min-h-0 min-w-0 flex-1 flex-col gap-1">
        <ConnectionBanner status={room.status} hasBeenLive={room.hasBeenLive} />
        <MessageList
          room={room}
          conversation={conversation}
          me={me}
          canReact={canPost}
          canModerate={canModerate}
          onOpenThread={openThread}
          onAtBottomChange={setAtBottom}
          onEditRefused={(body) => composer.current?.restore(body)}
        />
        <TypingIndicator memberIds={room.typingIds} people={people} />
        {canPost ? (
          <Composer
            ref={composer}
            label={t('composer.label')}
            placeholder={t('composer.placeholder', { name: conversation.title })}
            sendLabel={t('composer.send')}
            onSend={(body) => room.send(body, null)}
            onTyping={room.noteTyping}
          />
        ) : (
          <p className="rounded-lg bg-surface-muted px-3 py-2.5 text-sm text-text-muted">
            {isRevoked ? t('composer.revoked') : t('composer.cannotPost')}
          </p>
        )}
      </div>
      {threadRootId && (
        <ThreadPanel
          key={threadRootId}
          room={room}
          conversation={conversation}
          me={me}
          rootId={threadRootId}
          canPost={canPost}
          canModerate={canModerate}
          variant={isSidePanel ? 'side' : 'dialog'}
          onClose={closeThread}
        />
      )}
    </div>
  );
}
