import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../app/session/session-context';

/** A compact numeric date for table cells (2026/11/25, 11/25/2026), in the UI language and the member's time zone. */
export function useShortDate(): (iso: string) => string {
  const { i18n } = useTranslation();
  const { me } = useSession();
  const timeZone = me?.timeZone || undefined;
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(i18n.language, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone });
    return (iso: string) => format.format(new Date(iso));
  }, [i18n.language, timeZone]);
}
