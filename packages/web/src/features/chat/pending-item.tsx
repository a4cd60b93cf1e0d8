import type { AuthorRef } from '@hearth/contracts';
import { CircleAlert, Pencil, RotateCw, X } from 'lucide-react';
import { ApiError } from '../../api/api-error';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/use-error-text';
import { Avatar, cn, Spinner } from '../../ui';
import type { PendingMessage } from './message-store';

/**
 * The caller's message on its way ("Sending…"), or refused / undelivered with the reason.
 * Undelivered (network, server trouble) offers Retry; refused (the server said no: a listed
 * word, too long) would be refused again, so it offers to take the text back into the
 * composer and change it.
 */
export function PendingItem({
  item,
  author,
  isContinuation,
  onRetry,
  onDiscard,
  onEdit,
}: {
  item: PendingMessage;
  author: AuthorRef;
  isContinuation: boolean;
  onRetry: () => void;
  onDiscard: () => void;
  /** Puts the text back in the composer (and drops this item). */
  onEdit: () => void;
}) {
  const { t } = useTranslation('chat');
  const errorText = useErrorText();
  const isFailed = item.status === 'failed';
  const isRefused = item.error instanceof ApiError && item.error.status >= 400 && item.error.status < 500 && item.error.status !== 429;
  return (
    <div className={cn('flex gap-3 rounded-lg px-2', isContinuation ? 'py-0.5' : 'mt-2 pt-1.5 pb-0.5', isFailed && 'bg-danger-soft/40')}>
      <div className="w-8 shrink-0">
        {!isContinuation && <Avatar name={author.displayName} src={author.avatarUrl} size="sm" isDecorative />}
      </div>
      <div className="min-w-0 flex-1">
        {!isContinuation && <p className="text-sm font-semibold">{author.displayName}</p>}
        <p className={cn('break-words whitespace-pre-wrap', !isFailed && 'text-text-muted')}>{item.body}</p>
        {isFailed ? (
          <div className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm" role="alert">
            <span className="inline-flex items-center gap-1.5 text-danger">
              <CircleAlert className="size-4 shrink-0" aria-hidden="true" />
              {t('messages.failed', { error: errorText(item.error) })}
            </span>
            {isRefused ? (
              <button
                type="button"
                onClick={onEdit}
                className="inline-flex min-h-9 items-center gap-1 rounded-md px-2 font-medium text-accent-text hover:bg-surface-muted"
              >
                <Pencil className="size-4" aria-hidden="true" />
                {t('messages.editFailed')}
              </button>
            ) : (
              <button
                type="button"
                onClick={onRetry}
                className="inline-flex min-h-9 items-center gap-1 rounded-md px-2 font-medium text-accent-text hover:bg-surface-muted"
              >
                <RotateCw className="size-4" aria-hidden="true" />
                {t('messages.retry')}
              </button>
            )}
            <button
              type="button"
              onClick={onDiscard}
              className="inline-flex min-h-9 items-center gap-1 rounded-md px-2 text-text-muted hover:bg-surface-muted hover:text-text"
            >
              <X className="size-4" aria-hidden="true" />
              {t('messages.discard')}
            </button>
          </div>
        ) : (
          <p className="mt-0.5 inline-flex items-center gap-1.5 text-xs text-text-muted">
            <Spinner className="size-3" />
            {t('messages.sending')}
          </p>
        )}
      </div>
    </div>
  );
}
