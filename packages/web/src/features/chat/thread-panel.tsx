import type { Conversation, Me } from '@hearth/contracts';
import { X } from 'lucide-react';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/use-error-text';
import { Button, Dialog, SkeletonText } from '../../ui';
import { Composer, type ComposerHandle } from './composer';
import { continuesGroup } from './message-layout';
import { MessageItem } from './message-item';
import { threadReplies, visiblePending } from './message-store';
import { PendingItem } from './pending-item';
import type { ChatRoom } from './use-chat-room';

export interface ThreadPanelProps {
  room: ChatRoom;
  conversation: Conversation;
  me: Me;
  rootId: string;
  canPost: boolean;
  canModerate: boolean;
  /** `side`: a panel beside the chat (wide screens); `dialog`: a sheet on phones, a dialog on tablets. */
  variant: 'side' | 'dialog';
  onClose: () => void;
}

/** One message and its replies, live, with a composer that replies in the thread. */
export function ThreadPanel({ room, conversation, me, rootId, canPost, canModerate, variant, onClose }: ThreadPanelProps) {
  const { t } = useTranslation('chat');
  const errorText = useErrorText();
  const [isLoading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [isLoadingOlder, setLoadingOlder] = useState(false);
  const end = useRef<HTMLDivElement>(null);
  const composerRef = useRef<ComposerHandle>(null);
  const { loadThread } = room;
  const root = room.state.messages.find((message) => message.id === rootId);
  const replies = threadReplies(room.state.messages, rootId);
  const pending = visiblePending(room.state.pending, room.state.messages, me.id, rootId);
  const hasOlder = room.state.threadHasOlder[rootId] ?? false;
  const myRef = conversation.members.find((member) => member.id === me.id) ?? {
    id: me.id,
    displayName: me.displayName,
    avatarUrl: me.avatarUrl,
  };

  useEffect(() => {
    let isCancelled = false;
    setLoading(true);
    setError(null);
    loadThread(rootId)
      .catch((failure: unknown) => {
        if (!isCancelled) setError(failure);
      })
      .finally(() => {
        if (!isCancelled) setLoading(false);
      });
    return () => {
      isCancelled = true;
    };
  }, [rootId, loadThread]);

  // New replies (and the caller's own) come into view at the end.
  const count = replies.length + pending.length;
  useLayoutEffect(() => {
    if (!isLoading) end.current?.scrollIntoView({ block: 'nearest' });
  }, [count, isLoading]);

  const loadOlder = () => {
    setLoadingOlder(true);
    loadThread(rootId, true)
      .catch((failure: unknown) => setError(failure))
      .finally(() => setLoadingOlder(false));
  };

  const body = (
    <div className="flex flex-col gap-1">
      {root ? (
        <div className="border-b border-border pb-2">
          <MessageItem
            message={root}
            isContinuation={false}
            isMine={root.authorId === me.id}
            canModerate={canModerate}
            canReact={canPost}
            onToggleReaction={(emoji) => room.toggleReaction(root, emoji)}
            onEdit={(text) => room.edit(root.id, text)}
            onDelete={() => room.remove(root.id)}
          />
        </div>
      ) : (
        <p className="text-text-muted">{t('thread.missing')}</p>
      )}
      {Boolean(error) && (
        <p role="alert" className="text-sm text-danger">
          {t('thread.loadFailed')} {errorText(error)}
        </p>
      )}
      {isLoading ? (
        <div className="px-2 py-3" role="status" aria-label={t('thread.loading')}>
          <SkeletonText lines={3} />
        </div>
      ) : (
        <>
          {hasOlder && (
            <div className="flex justify-center py-1">
              <Button variant="ghost" size="sm" isLoading={isLoadingOlder} onClick={loadOlder}>
                {t('thread.showOlder')}
              </Button>
            </div>
          )}
          {replies.length === 0 && pending.length === 0 && <p className="px-2 py-3 text-sm text-text-muted">{t('thread.empty')}</p>}
          <div role="log" aria-label={t('thread.repliesLabel')} aria-relevant="additions" className="flex flex-col">
            {replies.map((reply, index) => (
              <MessageItem
                key={reply.id}
                message={reply}
                isContinuation={continuesGroup(replies[index - 1], reply)}
                isMine={reply.authorId === me.id}
                canModerate={canModerate}
                canReact={canPost}
                onToggleReaction={(emoji) => room.toggleReaction(reply, emoji)}
                onEdit={(text) => room.edit(reply.id, text)}
                onDelete={() => room.remove(reply.id)}
              />
            ))}
          </div>
          {pending.map((item, index) => (
            <PendingItem
              key={item.key}
              item={item}
              author={myRef}
              isContinuation={index > 0 || continuesGroup(replies.at(-1), { authorId: me.id, createdAt: item.createdAt })}
              onRetry={() => room.retry(item.key)}
              onDiscard={() => room.discard(item.key)}
              onEdit={() => {
                room.discard(item.key);
                composerRef.current?.restore(item.body);
              }}
            />
          ))}
        </>
      )}
      <div ref={end} />
    </div>
  );

  // A root withheld across a block cannot be replied to (the server refuses it too).
  const canReply = canPost && root !== undefined && root.status === 'published' && !root.isHidden;
  const composer = canReply ? (
    <Composer
      ref={composerRef}
      label={t('thread.composerLabel')}
      placeholder={t('thread.placeholder')}
      sendLabel={t('thread.send')}
      onSend={(text) => room.send(text, rootId)}
      onTyping={room.noteTyping}
      autoFocus={variant === 'side'}
      className="w-full"
    />
  ) : null;

  if (variant === 'dialog') {
    return (
      <Dialog open onClose={onClose} title={t('thread.title')} variant="dialog" footer={composer}>
        {body}
      </Dialog>
    );
  }
  return (
    <aside aria-label={t('thread.title')} className="flex min-h-0 w-80 shrink-0 flex-col rounded-xl border border-border bg-surface">
      <div className="flex items-center gap-2 border-b border-border py-1 pr-1 pl-4">
        <h2 className="flex-1 font-semibold">{t('thread.title')}</h2>
        <button
          type="button"
          onClick={onClose}
          aria-label={t('thread.close')}
          title={t('thread.close')}
          className="flex size-11 items-center justify-center rounded-lg text-text-muted hover:bg-surface-muted hover:text-text"
        >
          <X className="size-5" aria-hidden="true" />
        </button>
      </div>
      <div className="min-h-0 flex-1 overflow-x-hidden overflow-y-auto px-1 py-2">{body}</div>
      {composer && <div className="border-t border-border p-2">{composer}</div>}
    </aside>
  );
}
