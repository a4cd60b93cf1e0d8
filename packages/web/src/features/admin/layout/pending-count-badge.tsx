import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../app/format/use-format';

/** The number of waiting applications beside the Applications entry; nothing when none wait. */
export function PendingCountBadge({ count, hasMore }: { count: number; hasMore: boolean }) {
  const { t } = useTranslation('admin');
  const format = useFormat();
  if (count === 0) return null;
  return (
    <span className="num rounded-full bg-accent px-2 py-0.5 text-xs font-semibold text-accent-fg">
      <span aria-hidden="true">{hasMore ? `${format.number(count)}+` : format.number(count)}</span>
      <span className="sr-only">{t('nav.pendingCount', { count })}</span>
    </span>
  );
}
