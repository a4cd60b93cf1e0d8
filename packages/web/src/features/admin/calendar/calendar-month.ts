import { zonedInputToIso } from '../invites/zoned-time';

/** A calendar month: `month` is 1–12. */
export interface CalendarMonth {
  year: number;
  month: number;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** `2026-05-03`: the day an instant falls on in `timeZone`. */
export function dayKeyOf(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
}

/** The month an instant falls in, in `timeZone`. */
export function monthOf(iso: string, timeZone: string): CalendarMonth {
  const [year, month] = dayKeyOf(iso, timeZone).split('-').map(Number) as [number, number];
  return { year, month };
}

export function shiftMonth({ year, month }: CalendarMonth, by: number): CalendarMonth {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The month's window as instants: its first midnight in `timeZone` up to (not including) the next month's. */
export function monthRange(month: CalendarMonth, timeZone: string): { from: string; to: string } {
  const next = shiftMonth(month, 1);
  return {
    from: zonedInputToIso(`${month.year}-${pad(month.month)}-01T00:00`, timeZone)!,
    to: zonedInputToIso(`${next.year}-${pad(next.month)}-01T00:00`, timeZone)!,
  };
}

/**
 * The month as weeks of seven day keys, Sunday first; days of the neighbouring months that
 * fill the first and last week are null.
 */
export function monthWeeks({ year, month }: CalendarMonth): (string | null)[][] {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const cells: (string | null)[] = Array.from({ length: first.getUTCDay() }, () => null);
  for (let day = 1; day <= days; day++) cells.push(`${year}-${pad(month)}-${pad(day)}`);
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
}

/** Items grouped by the day (in `timeZone`) of their publish time, each day in time order. */
export function byDay<T extends { publishAt: string }>(items: readonly T[], timeZone: string): Map<string, T[]> {
  const days = new Map<string, T[]>();
  for (const item of [...items].sort((a, b) => a.publishAt.localeCompare(b.publishAt))) {
    const key = dayKeyOf(item.publishAt, timeZone);
    days.set(key, [...(days.get(key) ?? []), item]);
  }
  return days;
}
