import { memberRoutes } from '@hearth/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useSignedInMember } from '../../app/session/session-context';
import { useFormErrors } from '../../app/use-form-errors';
import { InterestsPicker } from '../profile/interests-picker';
import { useApplyMe } from '../profile/use-apply-me';
import { StepCard } from './step-card';
import { useCompleteStep } from './use-complete-step';

/** Step 2: topics the newcomer cares about, saved to their profile. */
export function InterestsStep() {
  const { t } = useTranslation('onboarding');
  const me = useSignedInMember();
  const applyMe = useApplyMe();
  const [interests, setInterests] = useState<string[]>(me.interests);
  const complete = useCompleteStep('interests');
  const errors = useFormErrors(complete.error, { interests: 'interests' });
  return (
    <StepCard
      title={t('steps.interests.title')}
      description={t('steps.interests.description')}
      submitLabel={t('continue')}
      isSubmitting={complete.isPending}
      onSubmit={() =>
        complete.mutate({
          before: async () => applyMe((await call(memberRoutes.updateMe, { body: { interests } })).member),
        })
      }
    >
      <InterestsPicker
        legend={t('steps.interests.title')}
        isLegendHidden
        values={interests}
        onChange={setInterests}
        error={errors.fields.interests ?? errors.form}
      />
    </StepCard>
  );
}
