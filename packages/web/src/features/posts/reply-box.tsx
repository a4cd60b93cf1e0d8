import { postRoutes, type Comment } from '@hearth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useFormErrors } from '../../app/use-form-errors';
import { Button, Form, useToast } from '../../ui';
import { refreshSpaces } from '../spaces/spaces-queries';
import { draftKey } from './draft-store';
import { applyTextChange, MarkdownEditor } from './markdown-editor';
import { threadKey } from './post-cache';
import { withQuote } from './quote';
import { useDraft } from './use-draft';
import { useSubmissionKey } from './use-submission-key';

/** A quote to add to the reply; a new object each time (the same text quoted twice is added twice). */
export interface QuoteRequest {
  text: string;
}

export interface ReplyBoxProps {
  postId: string;
  spaceId: string;
  /** The comment answered, or null for a reply to the thread. */
  parentId: string | null;
  label: string;
  quote?: QuoteRequest | null;
  autoFocus?: boolean;
  onPosted?: (comment: Comment) => void;
  onCancel?: () => void;
}

/**
 * A reply in Markdown, kept as a draft on this device (per thread and per comment answered),
 * posted with an Idempotency-Key. A quote request adds a blockquote to what is written.
 */
export function ReplyBox({ postId, spaceId, parentId, label, quote, autoFocus = false, onPosted, onCancel }: ReplyBoxProps) {
  const { t } = useTranslation('spaces');
  const toast = useToast();
  const queryClient = useQueryClient();
  const draft = useDraft(draftKey('reply', postId, parentId ?? 'thread'), { body: '' });
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [handledQuote, setHandledQuote] = useState<QuoteRequest | null>(null);
  const idempotencyKey = useSubmissionKey(draft.fields.body);

  useEffect(() => {
    if (!quote || quote === handledQuote) return;
    setHandledQuote(quote);
    draft.update({ body: withQuote(draft.fields.body, quote.text) });
    window.requestAnimationFrame(() => {
      const element = textarea.current;
      if (!element) return;
      element.focus();
      element.setSelectionRange(element.value.length, element.value.length);
    });
  }, [quote, handledQuote, draft]);

  useEffect(() => {
    if (autoFocus) textarea.current?.focus();
  }, [autoFocus]);

  const [isUploading, setUploading] = useState(false);
  const send = useMutation({
    mutationFn: () =>
      call(postRoutes.createComment, {
        params: { id: postId },
        body: { body: draft.fields.body, ...(parentId ? { parentId } : {}) },
        idempotencyKey,
      }),
    onSuccess: async ({ comment }) => {
      draft.clear();
      toast.show({ tone: 'success', title: t('reply.posted') });
      await queryClient.invalidateQueries({ queryKey: threadKey(postId) });
      void refreshSpaces(queryClient, spaceId);
      onPosted?.(comment);
    },
  });
  const errors = useFormErrors(send.error, { body: 'body', parentId: 'body' });
  const canSend = draft.fields.body.trim() !== '' && !isUploading;
  const submit = () => canSend && !send.isPending && send.mutate();

  return (
    <Form onSubmit={submit} error={errors.form} className="flex flex-col gap-3">
      <MarkdownEditor
        label={label}
        value={draft.fields.body}
        onChange={(change) => draft.update((fields) => ({ body: applyTextChange(change, fields.body) }))}
        onUploadingChange={setUploading}
        onSubmitShortcut={submit}
        placeholder={t('reply.placeholder')}
        error={errors.fields.body}
        textareaRef={textarea}
        rows={4}
      />
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" isLoading={send.isPending} disabled={!canSend}>
          {t('reply.submit')}
        </Button>
        {onCancel && (
          <Button variant="ghost" onClick={onCancel} disabled={send.isPending}>
            {t('actions.cancel')}
          </Button>
        )}
        {draft.fields.body.trim() !== '' && <span className="text-sm text-text-muted">{t('composer.savedLocally')}</span>}
      </div>
    </Form>
  );
}
