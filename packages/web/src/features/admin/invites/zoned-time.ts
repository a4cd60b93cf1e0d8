/** What a wall-clock time in `timeZone` is offset from UTC at the instant `utcMs`, in milliseconds. */
function zoneOffsetMs(utcMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(utcMs));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

/**
 * A `<input type="datetime-local">` value (`2026-11-30T18:00`) read as a wall-clock time in
 * `timeZone`, as an ISO instant (`2026-11-30T10:00:00.000Z` for Asia/Taipei). Null when the
 * value is not a date-time. Around a daylight-saving change, the later offset wins.
 */
export function zonedInputToIso(value: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const first = wall - zoneOffsetMs(wall, timeZone);
  const second = wall - zoneOffsetMs(first, timeZone);
  return new Date(second).toISOString();
}

/** Now as a `datetime-local` value in `timeZone` (the earliest expiry the picker should offer). */
export function nowAsZonedInput(timeZone: string, now = Date.now()): string {
  return new Date(now + zoneOffsetMs(now, timeZone)).toISOString().slice(0, 16);
}
