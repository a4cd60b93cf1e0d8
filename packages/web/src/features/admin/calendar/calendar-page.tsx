import { postRoutes, type ScheduledPost } from '@hearth/contracts';
import { useQuery } from '@tanstack/react-query';
import { CalendarClock, ChevronLeft, ChevronRight } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiQuery } from '../../../api/api-query';
import { useSignedInMember } from '../../../app/session/session-context';
import { Badge, Button, Card, cn, EmptyState, SkeletonText } from '../../../ui';
import { useSpaces } from '../../spaces/spaces-queries';
import { AdminPage } from '../shared/admin-page';
import { QueryError } from '../shared/query-error';
import { useIsWide } from '../shared/use-is-wide';
import { byDay, dayKeyOf, monthOf, monthRange, monthWeeks, shiftMonth, type CalendarMonth } from './calendar-month';
import { ScheduledPostDialog } from './scheduled-post-dialog';

/** A thread on the calendar: its time and title; published ones drawn quieter. */
function EntryButton({ post, time, onOpen }: { post: ScheduledPost; time: string; onOpen: () => void }) {
  const { t } = useTranslation('admin');
  const isOut = post.status !== 'scheduled';
  return (
    <button
      type="button"
      onClick={onOpen}
      className={cn(
        'flex w-full min-w-0 flex-col rounded-md border px-1.5 py-1 text-left text-xs leading-snug hover:border-border-strong',
        isOut ? 'border-border bg-surface text-text-muted' : 'border-accent-text/30 bg-accent-soft text-text',
      )}
    >
      <span className="font-semibold tabular-nums">
        {time}
        {isOut && <span className="font-normal"> · {t('calendar.published')}</span>}
      </span>
      <span className="line-clamp-2 break-words">{post.title}</span>
    </button>
  );
}

/** /admin/calendar — the content calendar: a month of scheduled (and scheduled-then-published) threads, as a grid or, on phones, a list. */
export default function CalendarPage() {
  const { t, i18n } = useTranslation('admin');
  const me = useSignedInMember();
  const timeZone = me.timeZone;
  const isWide = useIsWide();
  const today = dayKeyOf(new Date().toISOString(), timeZone);
  const [month, setMonth] = useState<CalendarMonth>(() => monthOf(new Date().toISOString(), timeZone));
  const [open, setOpen] = useState<ScheduledPost | null>(null);
  const range = monthRange(month, timeZone);
  const scheduled = useQuery(apiQuery(postRoutes.scheduledPosts, { query: range }));
  const spaces = useSpaces();
  const spaceNames = new Map((spaces.data?.spaces ?? []).map((space) => [space.id, space.name]));
  const days = useMemo(() => byDay(scheduled.data?.items ?? [], timeZone), [scheduled.data, timeZone]);
  const formats = useMemo(
    () => ({
      month: new Intl.DateTimeFormat(i18n.language, { year: 'numeric', month: 'long', timeZone: 'UTC' }),
      weekday: new Intl.DateTimeFormat(i18n.language, { weekday: 'short', timeZone: 'UTC' }),
      day: new Intl.DateTimeFormat(i18n.language, { month: 'long', day: 'numeric', weekday: 'long', timeZone: 'UTC' }),
      time: new Intl.DateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit', timeZone }),
    }),
    [i18n.language, timeZone],
  );
  const monthLabel = formats.month.format(new Date(Date.UTC(month.year, month.month - 1, 1)));
  const atNoon = (key: string) => new Date(`${key}T12:00:00Z`);
  // 2026-02-01 is a Sunday: the weekday names, Sunday first.
  const weekdays = Array.from({ length: 7 }, (_, i) => formats.weekday.format(new Date(Date.UTC(2026, 1, 1 + i))));
  const entry = (post: ScheduledPost) => (
    <EntryButton key={post.id} post={post} time={formats.time.format(new Date(post.publishAt))} onOpen={() => setOpen(post)} />
  );

  return (
    <AdminPage title={t('calendar.title')} description={t('calendar.description')}>
      <div className="flex flex-wrap items-center gap-2">
        <h2 className="mr-auto text-xl font-semibold" aria-live="polite">
          {monthLabel}
        </h2>
        <Button variant="secondary" size="sm" onClick={() => setMonth(monthOf(new Date().toISOString(), timeZone))}>
          {t('calendar.thisMonth')}
        </Button>
        <Button
          variant="ghost"
          size="sm"
          aria-label={t('calendar.previous')}
          icon={<ChevronLeft className="size-4" aria-hidden="true" />}
          onClick={() => setMonth(shiftMonth(month, -1))}
        />
        <Button
          variant="ghost"
          size="sm"
          aria-label={t('calendar.next')}
          icon={<ChevronRight className="size-4" aria-hidden="true" />}
          onClick={() => setMonth(shiftMonth(month, 1))}
        />
      </div>
      {scheduled.isError ? (
        <QueryError error={scheduled.error} onRetry={() => void scheduled.refetch()} />
      ) : scheduled.isPending ? (
        <Card aria-busy="true">
          <span className="sr-only" role="status">
            {t('calendar.loading')}
          </span>
          <SkeletonText lines={6} />
        </Card>
      ) : isWide ? (
        <table className="w-full table-fixed border-collapse text-sm">
          <caption className="sr-only">{t('calendar.gridCaption', { month: monthLabel })}</caption>
          <thead>
            <tr>
              {weekdays.map((name) => (
                <th key={name} scope="col" className="pb-1 text-left text-xs font-medium text-text-muted">
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {monthWeeks(month).map((week, index) => (
              <tr key={index}>
                {week.map((key, column) => (
                  <td key={key ?? `blank-${column}`} className="h-28 border border-border p-1 align-top">
                    {key && (
                      <div className="flex flex-col gap-1">
                        <span
                          className={cn(
                            'w-fit rounded px-1 text-xs tabular-nums',
                            key === today ? 'bg-accent text-accent-fg font-semibold' : 'text-text-muted',
                          )}
                        >
                          <span aria-hidden="true">{Number(key.slice(8))}</span>
                          <span className="sr-only">{formats.day.format(atNoon(key))}</span>
                        </span>
                        {(days.get(key) ?? []).map(entry)}
                      </div>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : days.size === 0 ? null : (
        <ol className="flex flex-col gap-4" aria-label={t('calendar.listLabel', { month: monthLabel })}>
          {[...days.entries()].map(([key, posts]) => (
            <li key={key} className="flex flex-col gap-2">
              <h3 className="text-sm font-semibold">
                {formats.day.format(atNoon(key))}
                {key === today && (
                  <Badge tone="accent" className="ml-2">
                    {t('calendar.today')}
                  </Badge>
                )}
              </h3>
              <ul className="flex flex-col gap-2">
                {posts.map((post) => (
                  <li key={post.id}>{entry(post)}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      {scheduled.data && scheduled.data.items.length === 0 && (
        <EmptyState icon={<CalendarClock className="size-6" />} title={t('calendar.emptyTitle')} isCompact>
          {t('calendar.emptyBody')}
        </EmptyState>
      )}
      <ScheduledPostDialog
        post={open}
        spaceName={open ? spaceNames.get(open.spaceId) : undefined}
        timeZone={timeZone}
        onClose={() => setOpen(null)}
      />
    </AdminPage>
  );
}
