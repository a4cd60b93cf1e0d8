import { ShieldAlert } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useFormat } from '../../app/format/use-format';
import { useMyStanding } from './penalty-queries';
import { noticePath } from './penalty-paths';

/** Shown above every page while the member is muted: until when, why, and the way to the notice (and appeal). */
export function MuteBanner() {
  // Not suspending: the banner must never hold up the page around it while its words load.
  const { t, ready } = useTranslation('penalties', { useSuspense: false });
  const format = useFormat();
  const standing = useMyStanding();
  const restriction = standing.data?.restriction;
  if (!restriction || !ready) return null;
  return (
    <div
      role="status"
      data-testid="mute-banner"
      className="mb-4 flex gap-3 rounded-xl border border-warning/40 bg-warning-soft p-3 text-sm sm:p-4"
    >
      <ShieldAlert className="mt-0.5 size-5 shrink-0 text-warning" aria-hidden="true" />
      <div className="flex min-w-0 flex-col gap-1">
        <p className="font-semibold">
          {t('banner.muted', { until: restriction.endsAt ? format.dateTime(restriction.endsAt) : t('notice.noEnd') })}
        </p>
        <p className="break-words text-text-muted">{t('banner.reason', { reason: restriction.reason })}</p>
        <Link href={noticePath(restriction.penaltyId)} className="w-fit font-medium text-accent-text underline underline-offset-2">
          {t('banner.details')}
        </Link>
      </div>
    </div>
  );
}
