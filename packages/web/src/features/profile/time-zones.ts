import type { ComboboxOption } from '../../ui';

function zoneName(timeZone: string, language: string, style: 'shortOffset' | 'longGeneric', now: Date): string {
  try {
    const parts = new Intl.DateTimeFormat(language, { timeZone, timeZoneName: style }).formatToParts(now);
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
  } catch {
    return '';
  }
}

/**
 * Every IANA time zone the browser knows, as options "Asia/Taipei · GMT+8" that also match
 * their name in the UI language (台北標準時間). `current` is kept even if the list lacks it.
 */
export function timeZoneOptions(language: string, current: string): ComboboxOption[] {
  const now = new Date();
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const all = zones.includes(current) || !current ? zones : [current, ...zones];
  return (all.includes('UTC') ? all : [...all, 'UTC']).map((zone) => ({
    value: zone,
    label: `${zone.replaceAll('_', ' ')} · ${zoneName(zone, 'en', 'shortOffset', now)}`,
    keywords: zoneName(zone, language, 'longGeneric', now),
  }));
}
