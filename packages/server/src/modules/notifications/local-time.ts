/**
 * Wall-clock arithmetic in a member's time zone (quiet hours, digest times) with Intl only:
 * the runtime's tz database knows every zone's offsets and DST rules.
 */
const MINUTE = 60_000;
const DAY_MINUTES = 24 * 60;

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function localParts(at: number, timeZone: string): LocalParts {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    weekday: WEEKDAYS.indexOf(parts.weekday!),
  };
}

/** Minutes after local midnight. */
export function minuteOfDay(at: number, timeZone: string): number {
  const p = localParts(at, timeZone);
  return p.hour * 60 + p.minute;
}

/** The zone's offset from UTC at `at`, in ms (positive east of Greenwich). */
function offsetAt(at: number, timeZone: string): number {
  const p = localParts(at, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return asUtc - Math.floor(at / MINUTE) * MINUTE;
}

/** The instant a local wall time happens (the later reading when DST makes it ambiguous or skipped). */
export function instantOf(year: number, month: number, day: number, hour: number, minute: number, timeZone: string): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  let at = wall - offsetAt(wall, timeZone);
  at = wall - offsetAt(at, timeZone);
  return at;
}

/**
 * When quiet hours (minutes after local midnight, `start` to `end`, possibly across
 * midnight) that contain `at` end; null when `at` is outside them.
 */
export function quietUntil(at: number, timeZone: string, quiet: { start: number; end: number } | null): number | null {
  if (!quiet || quiet.start === quiet.end) return null;
  const now = minuteOfDay(at, timeZone);
  const inside = quiet.start < quiet.end ? now >= quiet.start && now < quiet.end : now >= quiet.start || now < quiet.end;
  if (!inside) return null;
  const minutesLeft = (quiet.end - now + DAY_MINUTES) % DAY_MINUTES;
  return Math.floor(at / MINUTE) * MINUTE + minutesLeft * MINUTE;
}

/** Local hour at which digests go out. */
export const DIGEST_HOUR = 8;

/**
 * The next digest time strictly after `after`: 08:00 local the next day it is due (daily:
 * every day; weekly: Mondays).
 */
export function nextDigestAt(after: number, timeZone: string, frequency: 'daily' | 'weekly'): number {
  const today = localParts(after, timeZone);
  for (let days = 0; days <= 8; days++) {
    const date = new Date(Date.UTC(today.year, today.month - 1, today.day + days));
    if (frequency === 'weekly' && date.getUTCDay() !== 1) continue;
    const at = instantOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), DIGEST_HOUR, 0, timeZone);
    if (at > after) return at;
  }
  throw new Error('no digest time within 8 days');
}

export const parseClockTime = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
export const formatClockTime = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
