import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../app/use-form-errors';
import { Alert, CharacterCount, TextArea } from '../../ui';
import { StepCard } from './step-card';
import { useCompleteStep } from './use-complete-step';

const INTRODUCTION_MAX = 1000;

/** Step 4: hello to everyone; it also becomes the bio when the member has none yet. */
export function IntroduceStep() {
  const { t } = useTranslation('onboarding');
  const [introduction, setIntroduction] = useState('');
  const complete = useCompleteStep('introduce');
  const errors = useFormErrors(complete.error, { introduction: 'introduction' });
  return (
    <StepCard
      title={t('steps.introduce.title')}
      description={t('steps.introduce.description')}
      submitLabel={t('steps.introduce.submit')}
      isSubmitting={complete.isPending}
      onSubmit={() => complete.mutate({ introduction })}
    >
      {errors.form && <Alert tone="danger">{errors.form}</Alert>}
      <TextArea
        label={t('steps.introduce.label')}
        required
        rows={5}
        maxLength={INTRODUCTION_MAX}
        placeholder={t('steps.introduce.placeholder')}
        value={introduction}
        onChange={(event) => setIntroduction(event.target.value)}
        error={errors.fields.introduction}
        hint={
          <CharacterCount
            value={introduction}
            max={INTRODUCTION_MAX}
            label={t('steps.introduce.count', { used: introduction.length, max: INTRODUCTION_MAX })}
          />
        }
      />
    </StepCard>
  );
}
