import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

function formatIn(language: string, timeZone: string, now: Date): string | null {
  try {
    return new Intl.DateTimeFormat(language, { weekday: 'short', hour: 'numeric', minute: '2-digit', timeZone }).format(now);
  } catch {
    return null;
  }
}

/** The time it is now where the member lives, kept current each minute; nothing for an unknown zone. */
export function LocalTime({ timeZone }: { timeZone: string }) {
  const { i18n } = useTranslation();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 30_000);
    return () => window.clearInterval(timer);
  }, []);
  const text = formatIn(i18n.language, timeZone, now);
  if (!text) return null;
  return <time className="num">{text}</time>;
}
