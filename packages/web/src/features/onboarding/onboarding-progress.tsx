import type { Onboarding } from '@hearth/contracts';
import { Check } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { cn } from '../../ui';

/** Where the newcomer is: one segment per step, done ones ticked, the current one marked. */
export function OnboardingProgress({ onboarding }: { onboarding: Onboarding }) {
  const { t } = useTranslation('onboarding');
  const { steps, current } = onboarding;
  const doneCount = steps.filter((step) => step.done).length;
  return (
    <nav aria-label={t('progress.label')} className="flex flex-col gap-2">
      <p className="num text-sm font-medium text-text-muted">{t('progress.count', { done: doneCount, total: steps.length })}</p>
      <ol className="grid gap-2" style={{ gridTemplateColumns: `repeat(${steps.length}, minmax(0, 1fr))` }}>
        {steps.map((step) => {
          const isCurrent = step.id === current;
          return (
            <li key={step.id} aria-current={isCurrent ? 'step' : undefined} className="flex min-w-0 flex-col gap-1.5">
              <span
                className={cn('h-1.5 rounded-full', step.done ? 'bg-accent' : isCurrent ? 'bg-accent/45' : 'bg-border')}
                aria-hidden="true"
              />
              <span className={cn('flex min-w-0 items-center gap-1 text-sm', isCurrent ? 'font-semibold text-text' : 'text-text-muted')}>
                {step.done && <Check className="size-3.5 shrink-0 text-success" aria-hidden="true" />}
                <span className="truncate">{t(`steps.${step.id}.short`)}</span>
                {step.done && <span className="sr-only">{t('progress.done')}</span>}
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
