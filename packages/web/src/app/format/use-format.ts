import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/session-context';

const RELATIVE_STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/** Dates and numbers through Intl, in the UI language and the member's time zone. */
export function useFormat() {
  const { i18n } = useTranslation();
  const { me } = useSession();
  const language = i18n.language;
  const timeZone = me?.timeZone || undefined;
  return useMemo(() => {
    const dateFormat = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone });
    const dateTimeFormat = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone });
    const relativeFormat = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
    const numberFormat = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
    const compactFormat = new Intl.NumberFormat(language, { notation: 'compact', maximumFractionDigits: 1 });
    return {
      /** 2026年5月3日 / May 3, 2026 */
      date: (iso: string) => dateFormat.format(new Date(iso)),
      dateTime: (iso: string) => dateTimeFormat.format(new Date(iso)),
      /** 3 分鐘前 / 3 minutes ago */
      relative: (iso: string, now = Date.now()) => {
        let value = (new Date(iso).getTime() - now) / 1000;
        for (const [unit, size] of RELATIVE_STEPS) {
          if (Math.abs(value) < size) return relativeFormat.format(Math.round(value), unit);
          value /= size;
        }
        return dateFormat.format(new Date(iso));
      },
      /** 12,000 — integers, for amounts. */
      number: (value: number) => numberFormat.format(value),
      /** 1.2 萬 / 12K */
      compact: (value: number) => compactFormat.format(value),
    };
  }, [language, timeZone]);
}
