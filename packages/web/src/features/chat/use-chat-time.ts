import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session/session-context';

/**
 * Message times in the UI language and the member's time zone: the clock time for today
 * (14:05 / 下午2:05), the date and time for earlier days.
 */
export function useChatTime() {
  const { i18n } = useTranslation();
  const { me } = useSession();
  const language = i18n.language;
  const timeZone = me?.timeZone || undefined;
  return useMemo(() => {
    const time = new Intl.DateTimeFormat(language, { timeStyle: 'short', timeZone });
    const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone });
    const day = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone });
    return {
      /** Short: the time today, the date and time before. */
      short: (iso: string, now = Date.now()) => {
        const date = new Date(iso);
        return day.format(date) === day.format(now) ? time.format(date) : dateTime.format(date);
      },
      /** Always the date and the time (tooltips). */
      full: (iso: string) => dateTime.format(new Date(iso)),
    };
  }, [language, timeZone]);
}
