import type { LeaderboardPeriod } from '@hearth/contracts';
import { dateOfDay, localDateOf, localDayOf, monthOf } from '../earning/index.js';

/** A leaderboard's window in community-local days (`fromDay` null: all time) and its first instant. */
export interface LeaderboardWindow {
  fromDay: number | null;
  toDay: number;
  /** The instant the window starts (local midnight of `fromDay`); null for all time. */
  fromMs: number | null;
}

/**
 * This week (Monday to today), this month (the 1st to today) or all time, on the
 * community's calendar, so a week turns over at local midnight on Monday.
 */
export function windowOf(period: LeaderboardPeriod, now: number, timeZone: string): LeaderboardWindow {
  const today = localDayOf(now, timeZone);
  if (period === 'all') return { fromDay: null, toDay: today, fromMs: null };
  // Day 0 (1970-01-01) was a Thursday: (day + 3) % 7 counts days since Monday.
  const fromDay = period === 'week' ? today - ((today + 3) % 7) : monthOf(today).first;
  return { fromDay, toDay: today, fromMs: startOfLocalDay(fromDay, timeZone) };
}

export const windowDates = (w: LeaderboardWindow) => ({
  from: w.fromDay === null ? null : dateOfDay(w.fromDay),
  to: w.fromDay === null ? null : dateOfDay(w.toDay),
});

/** The instant of local midnight starting `day` in `timeZone` (found by correcting a UTC guess by the zone's offset). */
export function startOfLocalDay(day: number, timeZone: string): number {
  let guess = day * 86_400_000;
  for (let i = 0; i < 3; i++) {
    const offset = wallClockOf(guess, timeZone) - guess;
    const next = day * 86_400_000 - offset;
    if (next === guess) break;
    guess = next;
  }
  return guess;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The local wall-clock time of an instant, read as if it were UTC. */
function wallClockOf(at: number, timeZone: string): number {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(new Date(at)).map((p) => [p.type, p.value]));
  const [y, m, d] = localDateOf(at, timeZone).split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d, Number(parts.hour), Number(parts.minute), Number(parts.second));
}
