/**
 * The community's calendar: a "day" is the number of days since 1970-01-01 of the local date
 * in the community's time zone, so check-ins and daily caps turn over at local midnight.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The local date of an instant, as `YYYY-MM-DD`. */
export function localDateOf(at: number, timeZone: string): string {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(new Date(at))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** Days since the epoch of a `YYYY-MM-DD` date. */
export function dayOfDate(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
}

export function dateOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** The community-local day of an instant. */
export function localDayOf(at: number, timeZone: string): number {
  return dayOfDate(localDateOf(at, timeZone));
}

/** `YYYY-MM` of a day, and the first and last day of that month. */
export function monthOf(day: number): { month: string; first: number; last: number } {
  const date = new Date(day * 86_400_000);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  return {
    month: `${y}-${String(m + 1).padStart(2, '0')}`,
    first: Math.floor(Date.UTC(y, m, 1) / 86_400_000),
    last: Math.floor(Date.UTC(y, m + 1, 0) / 86_400_000),
  };
}

/** The instant `months` calendar months after `at` (UTC; the 31st becomes the month's last day). */
export function addMonths(at: number, months: number): number {
  const d = new Date(at);
  const target = new Date(
    Date.UTC(
      d.getUTCFullYear(),
      d.getUTCMonth() + months,
      1,
      d.getUTCHours(),
      d.getUTCMinutes(),
      d.getUTCSeconds(),
      d.getUTCMilliseconds(),
    ),
  );
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return target.getTime();
}
