import type { SpaceKind } from '@hearth/contracts';
import { useTranslation } from 'react-i18next';
import { cn, Select } from '../../ui';
import { PERIODS, sortsFor, type ThreadOrder, type ThreadPeriod } from './thread-sort';

/** Latest / Top / Unanswered (Q&A spaces) as pressed buttons, and the period when Top is chosen. */
export function ThreadOrderBar({ kind, order, onChange }: { kind: SpaceKind; order: ThreadOrder; onChange: (order: ThreadOrder) => void }) {
  const { t } = useTranslation('spaces');
  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <div role="group" aria-label={t('order.label')} className="inline-flex rounded-lg bg-surface-muted p-0.5">
        {sortsFor(kind).map((sort) => (
          <button
            key={sort}
            type="button"
            aria-pressed={order.sort === sort}
            onClick={() => onChange({ sort, period: sort === 'top' ? (order.sort === 'top' ? order.period : 'week') : 'all' })}
            className={cn(
              'min-h-10 rounded-md px-3 text-sm font-medium transition-colors',
              order.sort === sort ? 'bg-surface text-text shadow-card' : 'text-text-muted hover:text-text',
            )}
          >
            {t(`order.${sort}`)}
          </button>
        ))}
      </div>
      {order.sort === 'top' && (
        <Select
          label={t('order.period')}
          className="w-40"
          value={order.period}
          onChange={(event) => onChange({ sort: 'top', period: event.target.value as ThreadPeriod })}
          options={PERIODS.map((period) => ({ value: period, label: t(`order.periods.${period}`) }))}
        />
      )}
    </div>
  );
}
