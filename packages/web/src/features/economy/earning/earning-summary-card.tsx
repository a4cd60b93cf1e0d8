import { useQuery } from '@tanstack/react-query';
import { Hourglass, Sparkles } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../app/format/use-format';
import { SectionCard } from '../../../ui';
import { earningSummaryQuery } from './earning-queries';

/** Beside the balance: points still in their review window, the next expiry, and the member's level. */
export function EarningSummaryCard() {
  const { t } = useTranslation('economy');
  const format = useFormat();
  const summary = useQuery({ ...earningSummaryQuery, refetchInterval: 15_000 });
  if (!summary.data) return null;
  const { pending, expiring, level } = summary.data;
  const toNext = level.nextThreshold === null ? null : level.nextThreshold - level.xp;
  const progress = level.nextThreshold === null ? 100 : Math.min(100, Math.round((level.xp / level.nextThreshold) * 100));
  return (
    <SectionCard title={t('earning.title')}>
      <div className="flex flex-col gap-3 text-sm">
        <p className="flex items-center gap-2">
          <Sparkles className="size-4 text-accent-text" aria-hidden="true" />
          <span data-testid="member-level">{t('earning.level', { name: level.name, xp: format.number(level.xp) })}</span>
        </p>
        {toNext !== null && (
          <div className="flex flex-col gap-1">
            <div
              role="progressbar"
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={progress}
              aria-label={t('earning.toNext', { count: toNext, name: level.nextName })}
              className="h-2 w-full overflow-hidden rounded-full bg-surface-muted"
            >
              <div className="h-full bg-accent" style={{ width: `${progress}%` }} />
            </div>
            <span className="text-xs text-text-muted">{t('earning.toNext', { count: toNext, name: level.nextName })}</span>
          </div>
        )}
        <p className="flex items-center gap-2" data-testid="points-pending">
          <Hourglass className="size-4 text-text-muted" aria-hidden="true" />
          {pending > 0 ? t('earning.pending', { amount: format.number(pending) }) : t('earning.noPending')}
        </p>
        {expiring && (
          <p className="text-warning" data-testid="points-expiring">
            {t('earning.expiring', { amount: format.number(expiring.amount), date: format.date(expiring.on) })}
          </p>
        )}
      </div>
    </SectionCard>
  );
}
