import { memberRoutes } from '@hearth/contracts';
import { useQuery } from '@tanstack/react-query';
import { ChevronRight, CircleCheck, Circle } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { apiQuery } from '../../api/api-query';
import { useSignedInMember } from '../../app/session/session-context';
import { Card, cn, SkeletonText } from '../../ui';
import { buildNextSteps } from './next-steps';

/** "Your next steps": what is left of onboarding, then where to go next. Never empty. */
export function NextStepsCard() {
  const { t } = useTranslation('home');
  const me = useSignedInMember();
  const onboarding = useQuery({ ...apiQuery(memberRoutes.onboarding), retry: false });
  const steps = buildNextSteps(me, onboarding.data);
  const onboardingSteps = steps.filter((step) => step.id !== 'members');
  const doneCount = onboardingSteps.filter((step) => step.isDone).length;
  const isAllDone = doneCount === onboardingSteps.length;

  return (
    <Card as="section" aria-labelledby="next-steps-title" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="next-steps-title" className="text-lg font-semibold">
          {t('steps.title')}
        </h2>
        <span className="num text-sm text-text-muted">{t('steps.progress', { done: doneCount, total: onboardingSteps.length })}</span>
      </div>
      {isAllDone && <p className="text-text-muted">{t('steps.allDone')}</p>}
      {onboarding.isPending ? (
        <SkeletonText lines={4} />
      ) : (
        <ul className="-mx-2 flex flex-col">
          {steps
            .filter((step) => !isAllDone || !step.isDone)
            .map((step) => (
              <li key={step.id}>
                <Link href={step.href} className="group flex min-h-14 items-center gap-3 rounded-xl px-2 py-2 hover:bg-surface-muted">
                  {step.isDone ? (
                    <CircleCheck className="size-6 shrink-0 text-success" aria-hidden="true" />
                  ) : (
                    <Circle className="size-6 shrink-0 text-border-strong" aria-hidden="true" />
                  )}
                  <span className="flex min-w-0 flex-1 flex-col">
                    <span className={cn('font-medium', step.isDone && 'text-text-muted line-through decoration-1')}>
                      {t(`steps.${step.id}.title`)}
                    </span>
                    <span className="text-sm text-text-muted">{t(`steps.${step.id}.body`)}</span>
                  </span>
                  {step.isDone && <span className="sr-only">{t('steps.done')}</span>}
                  <ChevronRight
                    className="size-5 shrink-0 text-text-muted transition-transform group-hover:translate-x-0.5"
                    aria-hidden="true"
                  />
                </Link>
              </li>
            ))}
        </ul>
      )}
    </Card>
  );
}
