import { postRoutes, type ScheduledPost } from '@hearth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { routeKey } from '../../../api/api-query';
import { call } from '../../../api/client';
import { useFormat } from '../../../app/format/use-format';
import { paths } from '../../../app/routes';
import { useFormErrors } from '../../../app/use-form-errors';
import { Button, buttonClass, Dialog, TextField, useToast } from '../../../ui';
import { nowAsZonedInput, zonedInputToIso } from '../invites/zoned-time';

/** `datetime-local` value of an instant in `timeZone`. */
const asZonedInput = (iso: string, timeZone: string) => nowAsZonedInput(timeZone, Date.parse(iso));

/**
 * One thread of the calendar: open it (to edit its text), move its publish time, or cancel it
 * (a scheduled thread that is deleted never goes out). Published ones can only be opened.
 */
export function ScheduledPostDialog({
  post,
  spaceName,
  timeZone,
  onClose,
}: {
  post: ScheduledPost | null;
  spaceName: string | undefined;
  timeZone: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('admin');
  const format = useFormat();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [when, setWhen] = useState('');
  const [isConfirmingCancel, setConfirmingCancel] = useState(false);
  useEffect(() => {
    if (post) setWhen(asZonedInput(post.publishAt, timeZone));
    setConfirmingCancel(false);
  }, [post, timeZone]);
  const refresh = () => queryClient.invalidateQueries({ queryKey: routeKey(postRoutes.scheduledPosts) });
  const reschedule = useMutation({
    mutationFn: (publishAt: string) => call(postRoutes.updatePost, { params: { id: post!.id }, body: { publishAt } }),
    onSuccess: async ({ post: saved }) => {
      toast.show({ tone: 'success', title: t('calendar.rescheduled', { time: format.dateTime(saved.publishAt!) }) });
      await refresh();
      onClose();
    },
  });
  const cancel = useMutation({
    mutationFn: () => call(postRoutes.deletePost, { params: { id: post!.id } }),
    onSuccess: async () => {
      toast.show({ tone: 'success', title: t('calendar.cancelled') });
      await refresh();
      onClose();
    },
  });
  const errors = useFormErrors(reschedule.error ?? cancel.error, { publishAt: 'publishAt' });
  const isScheduled = post?.status === 'scheduled';
  const publishAt = when ? zonedInputToIso(when, timeZone) : null;

  return (
    <Dialog
      open={post !== null}
      onClose={onClose}
      title={post?.title ?? ''}
      description={post ? `${spaceName ?? ''} · ${post.author.displayName} · ${format.dateTime(post.publishAt)}` : undefined}
      footer={
        post && (
          <div className="flex flex-wrap justify-end gap-2">
            <Link href={paths.post(post.id)} className={buttonClass({ variant: 'secondary' })}>
              {isScheduled ? t('calendar.openToEdit') : t('calendar.open')}
            </Link>
            <Button variant="ghost" onClick={onClose}>
              {t('calendar.close')}
            </Button>
          </div>
        )
      }
    >
      {post && isScheduled ? (
        <div className="flex flex-col gap-4">
          <p className="line-clamp-3 text-text-muted">{post.excerpt}</p>
          <form
            className="flex flex-wrap items-end gap-2"
            onSubmit={(event) => {
              event.preventDefault();
              if (publishAt) reschedule.mutate(publishAt);
            }}
          >
            <TextField
              className="min-w-0 flex-1"
              type="datetime-local"
              label={t('calendar.publishAt')}
              hint={t('calendar.zoneHint', { zone: timeZone })}
              min={nowAsZonedInput(timeZone)}
              value={when}
              onChange={(event) => setWhen(event.target.value)}
              error={errors.fields.publishAt}
              required
            />
            <Button type="submit" isLoading={reschedule.isPending} disabled={!publishAt}>
              {t('calendar.reschedule')}
            </Button>
          </form>
          {errors.form && <p className="text-sm text-danger">{errors.form}</p>}
          {isConfirmingCancel ? (
            <div className="flex flex-wrap items-center gap-2 rounded-lg bg-danger-soft p-3">
              <span className="flex-1 text-sm">{t('calendar.cancelConfirm')}</span>
              <Button size="sm" variant="danger" isLoading={cancel.isPending} onClick={() => cancel.mutate()}>
                {t('calendar.cancelYes')}
              </Button>
              <Button size="sm" variant="ghost" onClick={() => setConfirmingCancel(false)}>
                {t('calendar.cancelNo')}
              </Button>
            </div>
          ) : (
            <Button variant="danger" size="sm" className="self-start" onClick={() => setConfirmingCancel(true)}>
              {t('calendar.cancel')}
            </Button>
          )}
        </div>
      ) : (
        post && <p className="text-text-muted">{t('calendar.alreadyOut')}</p>
      )}
    </Dialog>
  );
}
