import type { CheckinCalendar } from '@hearth/contracts';
import { useQuery } from '@tanstack/react-query';
import { CalendarCheck, Flame } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../app/use-error-text';
import { Alert, Button, cn, SectionCard, Skeleton } from '../../../ui';
import { checkinQuery, useCheckin } from './earning-queries';

const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6];

/** The month's days as a grid starting on Sunday, blanks before the 1st. */
function monthGrid(month: string): (string | null)[] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 1, 1));
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const cells: (string | null)[] = Array.from({ length: first.getUTCDay() }, () => null);
  for (let d = 1; d <= days; d++) cells.push(`${month}-${String(d).padStart(2, '0')}`);
  return cells;
}

function Calendar({ calendar, onMakeUp, isBusy }: { calendar: CheckinCalendar; onMakeUp: (date: string) => void; isBusy: boolean }) {
  const { t, i18n } = useTranslation('economy');
  const checked = new Map(calendar.days.map((d) => [d.date, d]));
  const canMakeUp = calendar.makeUps.allowed > calendar.makeUps.used;
  const weekday = new Intl.DateTimeFormat(i18n.language, { weekday: 'narrow', timeZone: 'UTC' });
  return (
    <div
      role="grid"
      aria-label={t('checkin.calendarLabel', { month: calendar.month })}
      className="grid grid-cols-7 gap-1 text-center text-sm"
    >
      <div role="row" className="contents">
        {WEEKDAYS.map((d) => (
          <span role="columnheader" key={d} className="py-1 text-xs font-medium text-text-muted">
            {weekday.format(new Date(Date.UTC(2026, 1, 1 + d)))}
          </span>
        ))}
      </div>
      <div role="row" className="contents">
        {monthGrid(calendar.month).map((date, i) => {
          if (!date) return <span role="gridcell" key={`blank-${i}`} />;
          const day = checked.get(date);
          const isToday = date === calendar.today;
          const isMissed = !day && date < calendar.today && date.slice(0, 7) === calendar.today.slice(0, 7);
          const label = day ? (day.isMadeUp ? t('checkin.dayMadeUp', { date }) : t('checkin.dayChecked', { date })) : date;
          return (
            <span role="gridcell" key={date} aria-label={label} data-checked={day ? 'true' : undefined}>
              {isMissed && canMakeUp ? (
                <button
                  type="button"
                  disabled={isBusy}
                  onClick={() => onMakeUp(date)}
                  title={t('checkin.makeUpDay', { date, cost: calendar.makeUps.cost })}
                  aria-label={t('checkin.makeUpDay', { date, cost: calendar.makeUps.cost })}
                  className="flex aspect-square w-full items-center justify-center rounded-lg border border-dashed border-border text-text-muted hover:bg-surface-muted"
                >
                  {Number(date.slice(8))}
                </button>
              ) : (
                <span
                  className={cn(
                    'flex aspect-square w-full items-center justify-center rounded-lg',
                    day ? 'bg-accent font-semibold text-accent-fg' : 'text-text-muted',
                    isToday && !day && 'ring-2 ring-accent-text',
                    day?.isMadeUp && 'opacity-80',
                  )}
                >
                  {Number(date.slice(8))}
                </span>
              )}
            </span>
          );
        })}
      </div>
    </div>
  );
}

/** 簽到: today's button, the streak, and the month with checked-in days marked (missed ones can be made up). */
export function CheckinCard() {
  const { t } = useTranslation('economy');
  const errorText = useErrorText();
  const calendar = useQuery(checkinQuery());
  const { checkIn, makeUp } = useCheckin();
  if (calendar.isPending) return <Skeleton className="h-64 w-full rounded-2xl" />;
  if (calendar.isError || !calendar.data.isEnabled) return null;
  const data = calendar.data;
  const error = checkIn.error ?? makeUp.error;
  return (
    <SectionCard title={t('checkin.title')} description={t('checkin.reward', { amount: data.amount })}>
      <div className="flex flex-col gap-4" data-testid="checkin-card">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="flex items-center gap-2 text-sm">
            <Flame className="size-5 text-warning" aria-hidden="true" />
            <span data-testid="checkin-streak">{t('checkin.streak', { count: data.streak })}</span>
            {data.streakBonus > 0 && (
              <span className="text-text-muted">{t('checkin.bonus', { every: data.streakEvery, amount: data.streakBonus })}</span>
            )}
          </p>
          <Button
            onClick={() => checkIn.mutate()}
            isLoading={checkIn.isPending}
            disabled={data.checkedInToday}
            icon={<CalendarCheck className="size-4" aria-hidden="true" />}
          >
            {data.checkedInToday ? t('checkin.done') : t('checkin.action')}
          </Button>
        </div>
        {checkIn.data?.isNew && checkIn.data.awarded > 0 && (
          <Alert tone="success">{t('checkin.awarded', { amount: checkIn.data.awarded })}</Alert>
        )}
        {error && <Alert tone="danger">{errorText(error)}</Alert>}
        <Calendar calendar={data} onMakeUp={(date) => makeUp.mutate(date)} isBusy={makeUp.isPending} />
        {data.makeUps.allowed > 0 && (
          <p className="text-xs text-text-muted">
            {t('checkin.makeUps', { left: data.makeUps.allowed - data.makeUps.used, cost: data.makeUps.cost })}
          </p>
        )}
      </div>
    </SectionCard>
  );
}
