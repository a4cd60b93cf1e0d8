import type { Onboarding } from '@hearth/contracts';
import { useTranslation } from 'react-i18next';
import { useCommunity } from '../../api/session';
import { useFormErrors } from '../../app/use-form-errors';
import { Alert } from '../../ui';
import { StepCard } from './step-card';
import { useCompleteStep } from './use-complete-step';

/** Step 1: the community's own welcome, in its words. */
export function WelcomeStep({ onboarding }: { onboarding: Onboarding }) {
  const { t } = useTranslation('onboarding');
  const community = useCommunity();
  const complete = useCompleteStep('welcome');
  const errors = useFormErrors(complete.error, {});
  return (
    <StepCard
      title={t('steps.welcome.title', { community: community.data?.name ?? '' })}
      description={community.data?.description}
      submitLabel={t('steps.welcome.submit')}
      onSubmit={() => complete.mutate({})}
      isSubmitting={complete.isPending}
    >
      {errors.form && <Alert tone="danger">{errors.form}</Alert>}
      <blockquote className="rounded-xl border-l-4 border-accent bg-accent-soft px-4 py-3 whitespace-pre-line">
        {onboarding.welcome}
      </blockquote>
    </StepCard>
  );
}
