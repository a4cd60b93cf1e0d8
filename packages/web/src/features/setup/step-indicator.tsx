import { useTranslation } from 'react-i18next';
import { cn } from '../../ui';

/** "Step 1 of 2" with the step names; the current one is marked for assistive tech too. */
export function StepIndicator({ current, labels }: { current: number; labels: readonly string[] }) {
  const { t } = useTranslation('setup');
  return (
    <nav aria-label={t('steps.label')}>
      <p className="sr-only">{t('steps.progress', { current, total: labels.length })}</p>
      <ol className="grid gap-2" style={{ gridTemplateColumns: `repeat(${labels.length}, minmax(0, 1fr))` }}>
        {labels.map((label, index) => {
          const number = index + 1;
          const isCurrent = number === current;
          const isDone = number < current;
          return (
            <li key={label} aria-current={isCurrent ? 'step' : undefined} className="flex flex-col gap-1.5">
              <span className={cn('h-1.5 rounded-full', isCurrent || isDone ? 'bg-accent' : 'bg-border')} aria-hidden="true" />
              <span className={cn('text-sm', isCurrent ? 'font-semibold text-text' : 'text-text-muted')}>
                <span className="num">{number}.</span> {label}
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
