import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignedInMember } from '../../../app/session/session-context';

/** The time of day of an instant (下午6:00 / 6:00 PM), in the UI language and the member's time zone. */
export function useTimeOfDay(): (iso: string) => string {
  const { i18n } = useTranslation();
  const { timeZone } = useSignedInMember();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short', timeZone: timeZone || undefined });
    return (iso: string) => format.format(new Date(iso));
  }, [i18n.language, timeZone]);
}
