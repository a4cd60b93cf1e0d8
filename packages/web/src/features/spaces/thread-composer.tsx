import { postRoutes, type MySpace, type Post } from '@hearth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { BarChart3, PenLine } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { call } from '../../api/client';
import { paths } from '../../app/routes';
import { useFormat } from '../../app/format/use-format';
import { isStaff } from '../../app/routing/access';
import { useSignedInMember } from '../../app/session/session-context';
import { useFormErrors } from '../../app/use-form-errors';
import { Alert, Button, buttonClass, Card, Checkbox, Form, TextField, useToast } from '../../ui';
import { nowAsZonedInput, zonedInputToIso } from '../admin/invites/zoned-time';
import { draftKey } from '../posts/draft-store';
import { applyTextChange, MarkdownEditor, type EditorTab } from '../posts/markdown-editor';
import { emptyPollDraft, parsePollDraft, PollFields, toPollInput, type PollDraft } from '../posts/poll-fields';
import { useDraft } from '../posts/use-draft';
import { useSubmissionKey } from '../posts/use-submission-key';
import { refreshSpaces } from './spaces-queries';

const TITLE_MAX = 200;

/**
 * "Start a thread": a title and a Markdown body, saved on this device as they are typed (per
 * space) and posted with an Idempotency-Key, so a retry after a dropped connection cannot post
 * twice. Folded into one line until opened; opens by itself when a saved draft is waiting.
 * After posting, the preview tab shows the thread as the server rendered it. A poll can go
 * with it, and staff can schedule it for later (a time in their own time zone).
 */
export function ThreadComposer({
  space,
  openRequest = 0,
}: {
  space: MySpace;
  /** Opens the composer each time it grows ("Start the first thread"). */ openRequest?: number;
}) {
  const { t } = useTranslation('spaces');
  const toast = useToast();
  const queryClient = useQueryClient();
  const me = useSignedInMember();
  const format = useFormat();
  const draft = useDraft(draftKey('thread', space.id), { title: '', body: '', poll: '', publishAt: '' });
  const poll = parsePollDraft(draft.fields.poll);
  const setPoll = (next: PollDraft | null) => draft.update({ poll: next ? JSON.stringify(next) : '' });
  const canSchedule = isStaff(me);
  const publishAt = canSchedule && draft.fields.publishAt ? zonedInputToIso(draft.fields.publishAt, me.timeZone) : null;
  const [isScheduling, setScheduling] = useState(draft.fields.publishAt !== '');
  const [isOpen, setOpen] = useState(draft.wasRestored);
  const [tab, setTab] = useState<EditorTab>('write');
  const [posted, setPosted] = useState<Post | null>(null);
  const [isUploading, setUploading] = useState(false);
  const [shouldFocus, setShouldFocus] = useState(false);
  const idempotencyKey = useSubmissionKey(
    [draft.fields.title, draft.fields.body, draft.fields.poll, isScheduling ? draft.fields.publishAt : ''].join('\u0000'),
  );
  const create = useMutation({
    mutationFn: () =>
      call(postRoutes.createPost, {
        params: { id: space.id },
        body: {
          title: draft.fields.title.trim(),
          body: draft.fields.body,
          ...(poll ? { poll: toPollInput(poll, me.timeZone) } : {}),
          ...(isScheduling && publishAt ? { publishAt } : {}),
        },
        idempotencyKey,
      }),
    onSuccess: ({ post }) => {
      draft.clear();
      setScheduling(false);
      setPosted(post);
      setTab('preview');
      toast.show({
        tone: 'success',
        title: post.publishAt
          ? t('schedule.done', { time: format.dateTime(post.publishAt) })
          : post.status === 'pending'
            ? t('composer.held')
            : t('composer.posted'),
      });
      void refreshSpaces(queryClient, space.id);
    },
  });
  const errors = useFormErrors(create.error, {
    title: 'title',
    body: 'body',
    'poll.question': 'pollQuestion',
    'poll.options': 'pollOptions',
    'poll.maxChoices': 'pollMaxChoices',
    'poll.closesAt': 'pollClosesAt',
    publishAt: 'publishAt',
  });

  const open = () => {
    setOpen(true);
    setPosted(null);
    setTab('write');
    setShouldFocus(true);
    create.reset();
  };
  const [handledRequest, setHandledRequest] = useState(openRequest);
  useEffect(() => {
    if (openRequest === handledRequest) return;
    setHandledRequest(openRequest);
    setOpen(true);
    setPosted(null);
    setTab('write');
    setShouldFocus(true);
  }, [openRequest, handledRequest]);

  if (!isOpen) {
    return (
      <button
        type="button"
        onClick={open}
        className="flex min-h-14 w-full items-center gap-3 rounded-2xl border border-border bg-surface px-4 text-left text-text-muted shadow-card hover:border-border-strong hover:text-text"
      >
        <PenLine className="size-5 shrink-0 text-accent-text" aria-hidden="true" />
        <span className="min-w-0 flex-1 truncate">{t('composer.prompt', { space: space.name })}</span>
      </button>
    );
  }

  if (posted) {
    return (
      <Card as="section" aria-labelledby="composer-title" className="flex flex-col gap-4">
        <h2 id="composer-title" className="text-lg font-semibold">
          {t('composer.title')}
        </h2>
        <Alert
          tone={posted.status === 'pending' ? 'info' : 'success'}
          title={
            posted.publishAt
              ? t('schedule.doneTitle', { time: format.dateTime(posted.publishAt) })
              : posted.status === 'pending'
                ? t('composer.heldTitle')
                : t('composer.postedTitle')
          }
        >
          <span className="break-words">{posted.title}</span>
        </Alert>
        <MarkdownEditor
          label={t('composer.body')}
          value={posted.body}
          onChange={() => undefined}
          previewHtml={posted.html}
          tab={tab}
          onTabChange={setTab}
          isDisabled
        />
        <div className="flex flex-wrap gap-2">
          <Link href={paths.post(posted.id)} className={buttonClass()}>
            {t('composer.openThread')}
          </Link>
          <Button variant="secondary" onClick={open}>
            {t('composer.another')}
          </Button>
        </div>
      </Card>
    );
  }

  const canSubmit =
    draft.fields.title.trim() !== '' && draft.fields.body.trim() !== '' && !isUploading && (!isScheduling || publishAt !== null);
  const minTime = nowAsZonedInput(me.timeZone);
  const submit = () => canSubmit && !create.isPending && create.mutate();
  return (
    <Card as="section" aria-labelledby="composer-title" className="flex flex-col gap-4">
      <h2 id="composer-title" className="text-lg font-semibold">
        {t('composer.title')}
      </h2>
      {draft.wasRestored && <p className="-mt-2 text-sm text-text-muted">{t('composer.restored')}</p>}
      <Form onSubmit={submit} error={errors.form}>
        <TextField
          autoFocus={shouldFocus}
          label={t('composer.titleLabel')}
          required
          maxLength={TITLE_MAX}
          value={draft.fields.title}
          onChange={(event) => draft.update({ title: event.target.value })}
          error={errors.fields.title}
        />
        <MarkdownEditor
          label={t('composer.body')}
          value={draft.fields.body}
          onChange={(change) => draft.update((fields) => ({ body: applyTextChange(change, fields.body) }))}
          onUploadingChange={setUploading}
          onSubmitShortcut={submit}
          placeholder={t('composer.bodyPlaceholder')}
          error={errors.fields.body}
          tab={tab}
          onTabChange={setTab}
          rows={8}
        />
        {poll ? (
          <PollFields
            draft={poll}
            onChange={setPoll}
            onRemove={() => setPoll(null)}
            minClosesAt={minTime}
            errors={{
              question: errors.fields.pollQuestion,
              options: errors.fields.pollOptions,
              maxChoices: errors.fields.pollMaxChoices,
              closesAt: errors.fields.pollClosesAt,
            }}
          />
        ) : (
          <Button
            variant="secondary"
            size="sm"
            className="self-start"
            icon={<BarChart3 className="size-4" aria-hidden="true" />}
            onClick={() => setPoll(emptyPollDraft())}
          >
            {t('pollForm.add')}
          </Button>
        )}
        {canSchedule && (
          <div className="flex flex-col gap-2">
            <Checkbox
              label={t('schedule.toggle')}
              hint={t('schedule.hint', { zone: me.timeZone })}
              checked={isScheduling}
              onChange={(event) => setScheduling(event.target.checked)}
            />
            {isScheduling && (
              <TextField
                type="datetime-local"
                label={t('schedule.at')}
                required
                min={minTime}
                value={draft.fields.publishAt}
                onChange={(event) => draft.update({ publishAt: event.target.value })}
                error={errors.fields.publishAt}
              />
            )}
          </div>
        )}
        <div className="flex flex-wrap items-center gap-2">
          <Button type="submit" isLoading={create.isPending} disabled={!canSubmit}>
            {isScheduling ? t('schedule.submit') : t('composer.submit')}
          </Button>
          <Button variant="ghost" onClick={() => setOpen(false)} disabled={create.isPending}>
            {t('composer.close')}
          </Button>
          <span className="text-sm text-text-muted">{t('composer.savedLocally')}</span>
        </div>
      </Form>
    </Card>
  );
}
