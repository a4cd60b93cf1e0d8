import type { ChatMessage } from '@hearth/contracts';
import { MessageSquareReply, Pencil, Trash2 } from 'lucide-react';
import { useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { paths } from '../../app/routes';
import { useErrorText } from '../../app/use-error-text';
import { Avatar, cn, ConfirmDialog, useToast } from '../../ui';
import { ReactionsBar } from '../posts/reactions-bar';
import { TipButton } from '../economy/tip-button';
import { ReportButton } from '../reports/report-button';
import { RenderedHtml } from '../posts/rendered-html';
import { MessageEditor } from './message-editor';
import { useChatTime } from './use-chat-time';

export interface MessageItemProps {
  message: ChatMessage;
  /** Shares the previous message's name and avatar. */
  isContinuation: boolean;
  isMine: boolean;
  /** Staff may delete others' messages in a space channel. */
  canModerate: boolean;
  canReact: boolean;
  onToggleReaction: (emoji: string) => void;
  onEdit: (body: string) => Promise<void>;
  onDelete: () => Promise<void>;
  /** Opens the message's thread (main list only); `opener` gets focus back when it closes. */
  onOpenThread?: (opener: HTMLElement) => void;
  /** Under the message, e.g. its read receipt. */
  footer?: ReactNode;
}

const toolButton =
  'inline-flex size-9 shrink-0 items-center justify-center rounded-md text-text-muted transition-colors hover:bg-surface-muted hover:text-text';

/**
 * One chat message: avatar, name and time (left out when it continues its author's group),
 * the server's rendering of it, an "edited" mark, reactions, "N replies", and a small toolbar
 * (react, reply in thread, edit, delete) shown on hover or focus, or after a tap on phones.
 * A message withheld across a block (`isHidden`) is one muted, neutral line.
 */
export function MessageItem({
  message,
  isContinuation,
  isMine,
  canModerate,
  canReact,
  onToggleReaction,
  onEdit,
  onDelete,
  onOpenThread,
  footer,
}: MessageItemProps) {
  const { t } = useTranslation('chat');
  const time = useChatTime();
  const toast = useToast();
  const errorText = useErrorText();
  const [isSelected, setSelected] = useState(false);
  const [isEditing, setEditing] = useState(false);
  const [isConfirmingDelete, setConfirmingDelete] = useState(false);
  const [isDeleting, setDeleting] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const isDeleted = message.status === 'deleted';
  const name = message.author.displayName;
  const canEdit = isMine && !isDeleted;
  const canDelete = (isMine || canModerate) && !isDeleted;

  const selectOnTap = (event: MouseEvent<HTMLElement>) => {
    if ((event.target as HTMLElement).closest('a, button, textarea, input, dialog, [role="group"]')) return;
    setSelected((selected) => !selected);
  };
  const closeEditor = () => {
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  };
  const confirmDelete = () => {
    setDeleting(true);
    onDelete()
      .then(() => {
        setConfirmingDelete(false);
        toast.show({ tone: 'success', title: t('delete.done') });
      })
      .catch((error: unknown) => toast.show({ tone: 'danger', title: t('delete.failed'), description: errorText(error) }))
      .finally(() => setDeleting(false));
  };

  const hasReactions = message.reactions.length > 0 && !isDeleted;
  const reactionsLabel = t('messages.reactions', { name });
  if (message.isHidden) {
    // Withheld across a block, either way: the same neutral line for both sides, no actions.
    return (
      <article aria-label={t('messages.hiddenLabel', { time: time.full(message.createdAt) })} className="flex gap-3 px-2 py-0.5">
        <div className="w-8 shrink-0" />
        <div className="min-w-0 flex-1">
          <p className="text-sm text-text-muted italic">{t('messages.hidden')}</p>
          {onOpenThread && message.replyCount > 0 && (
            <button
              type="button"
              onClick={(event) => onOpenThread(event.currentTarget)}
              className="mt-1 inline-flex min-h-9 items-center gap-1.5 rounded-md px-1 text-sm font-medium text-accent-text hover:underline"
            >
              <MessageSquareReply className="size-4" aria-hidden="true" />
              {t('messages.replies', { count: message.replyCount })}
            </button>
          )}
        </div>
      </article>
    );
  }
  return (
    <article
      aria-label={t('messages.itemLabel', { name, time: time.full(message.createdAt) })}
      onClick={selectOnTap}
      className={cn(
        'group relative flex gap-3 rounded-lg px-2 transition-colors hover:bg-surface-muted/60 focus-within:bg-surface-muted/60',
        isContinuation ? 'py-0.5' : 'mt-2 pt-1.5 pb-0.5',
        isSelected && 'bg-surface-muted/60',
      )}
    >
      <div className="w-8 shrink-0">{!isContinuation && <Avatar name={name} src={message.author.avatarUrl} size="sm" isDecorative />}</div>
      <div className="min-w-0 flex-1">
        {!isContinuation && (
          <p className="flex min-w-0 flex-wrap items-baseline gap-x-2 text-sm">
            <Link href={paths.member(message.author.id)} className="truncate font-semibold text-text hover:underline">
              {name}
            </Link>
            <time dateTime={message.createdAt} title={time.full(message.createdAt)} className="text-xs text-text-muted">
              {time.short(message.createdAt)}
            </time>
          </p>
        )}
        {isDeleted ? (
          <p className="text-text-muted">{t('messages.deleted')}</p>
        ) : isEditing ? (
          <MessageEditor
            initial={message.body}
            onSave={async (body) => {
              await onEdit(body);
              closeEditor();
            }}
            onCancel={closeEditor}
          />
        ) : (
          <>
            {/* A line break typed with Shift+Enter stays a line break (Markdown would make it a space). */}
            <RenderedHtml html={message.html} className="break-words [&_img]:max-h-64 [&_p]:whitespace-pre-line" />
            {message.editedAt && (
              <span className="text-xs text-text-muted" title={t('messages.editedAt', { when: time.full(message.editedAt) })}>
                {t('messages.edited')}
              </span>
            )}
          </>
        )}
        {hasReactions && (
          <div className="mt-1">
            <ReactionsBar reactions={message.reactions} onToggle={onToggleReaction} label={reactionsLabel} isDisabled={!canReact} />
          </div>
        )}
        {onOpenThread && message.replyCount > 0 && (
          <button
            type="button"
            onClick={(event) => onOpenThread(event.currentTarget)}
            className="mt-1 inline-flex min-h-9 items-center gap-1.5 rounded-md px-1 text-sm font-medium text-accent-text hover:underline"
          >
            <MessageSquareReply className="size-4" aria-hidden="true" />
            {t('messages.replies', { count: message.replyCount })}
          </button>
        )}
        {footer}
      </div>
      {!isDeleted && !isEditing && (
        <div
          role="group"
          aria-label={t('messages.actions', { name })}
          className={cn(
            'absolute -top-3 right-2 z-10 flex items-center gap-0.5 rounded-lg border border-border bg-surface p-0.5 shadow-sm transition-opacity',
            isSelected
              ? 'opacity-100'
              : 'opacity-0 group-focus-within:opacity-100 group-hover:opacity-100 pointer-coarse:pointer-events-none',
          )}
        >
          {!hasReactions && canReact && (
            // The picker opens towards the left here: the toolbar sits at the message's right edge.
            <div className="[&_[role=group]_[role=group]]:right-0 [&_[role=group]_[role=group]]:left-auto [&_[role=group]_[role=group]]:w-max">
              <ReactionsBar reactions={[]} onToggle={onToggleReaction} label={reactionsLabel} />
            </div>
          )}
          {onOpenThread && (
            <button
              type="button"
              className={toolButton}
              aria-label={t('messages.replyInThread')}
              title={t('messages.replyInThread')}
              onClick={(event) => onOpenThread(event.currentTarget)}
            >
              <MessageSquareReply className="size-4" aria-hidden="true" />
            </button>
          )}
          {!isMine && message.status === 'published' && (
            <TipButton
              variant="tool"
              className={toolButton}
              target={{ kind: 'message', id: message.id }}
              authorId={message.author.id}
              authorName={name}
            />
          )}
          {!isMine && message.status === 'published' && (
            <ReportButton variant="tool" className={toolButton} targetKind="message" targetId={message.id} authorId={message.author.id} />
          )}
          {canEdit && (
            <button
              ref={editButton}
              type="button"
              className={toolButton}
              aria-label={t('messages.edit')}
              title={t('messages.edit')}
              onClick={() => setEditing(true)}
            >
              <Pencil className="size-4" aria-hidden="true" />
            </button>
          )}
          {canDelete && (
            <button
              type="button"
              className={cn(toolButton, 'hover:bg-danger-soft hover:text-danger')}
              aria-label={t('messages.delete')}
              title={t('messages.delete')}
              onClick={() => setConfirmingDelete(true)}
            >
              <Trash2 className="size-4" aria-hidden="true" />
            </button>
          )}
        </div>
      )}
      {(isMine || canModerate) && (
        <ConfirmDialog
          open={isConfirmingDelete}
          title={t('delete.title')}
          confirmLabel={t('delete.confirm')}
          cancelLabel={t('delete.cancel')}
          isPending={isDeleting}
          onConfirm={confirmDelete}
          onCancel={() => setConfirmingDelete(false)}
        >
          <p>{isMine ? t('delete.body') : t('delete.bodyOther', { name })}</p>
        </ConfirmDialog>
      )}
    </article>
  );
}
