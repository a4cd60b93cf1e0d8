import { systemRoutes } from '@hearth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { call } from '../../api/client';
import { AuthCard } from '../../app/auth-layout/auth-card';
import { isLocale } from '../../app/i18n/languages';
import { forgetMemberData, markSetUp } from '../../app/session/session-cache';
import { useFormErrors } from '../../app/use-form-errors';
import { Alert } from '../../ui';
import { CommunityStep } from './community-step';
import { OwnerStep } from './owner-step';
import { StepIndicator } from './step-indicator';
import type { SetupDraft, SetupField } from './setup-draft';

const COMMUNITY_FIELDS: readonly SetupField[] = ['name', 'locale'];

/** First run: name the community and pick its language, then create the owner's account. */
export default function SetupPage() {
  const { t, i18n } = useTranslation('setup');
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const [step, setStep] = useState<1 | 2>(1);
  const [draft, setDraft] = useState<SetupDraft>(() => ({
    name: '',
    locale: isLocale(i18n.language) ? i18n.language : 'en',
    displayName: '',
    email: '',
    password: '',
    demo: true,
  }));
  const update = (patch: Partial<SetupDraft>) => setDraft((current) => ({ ...current, ...patch }));

  const setup = useMutation({
    mutationFn: () =>
      call(systemRoutes.setup, {
        body: {
          community: { name: draft.name, locale: draft.locale },
          owner: { displayName: draft.displayName, email: draft.email, password: draft.password },
          demo: draft.demo,
        },
      }),
    onSuccess: ({ member }) => {
      markSetUp(queryClient);
      forgetMemberData(queryClient, member);
      navigate('/', { replace: true });
    },
  });

  const errors = useFormErrors<SetupField>(setup.error, {
    'community.name': 'name',
    'community.locale': 'locale',
    'owner.displayName': 'displayName',
    'owner.email': 'email',
    'owner.password': 'password',
  });
  const hasCommunityError = COMMUNITY_FIELDS.some((field) => errors.fields[field]);

  return (
    <AuthCard title={t('title')} description={t('description')}>
      <StepIndicator current={step} labels={[t('steps.community'), t('steps.owner')]} />
      {errors.form && <Alert tone="danger">{errors.form}</Alert>}
      {step === 2 && hasCommunityError && (
        <Alert tone="danger">
          {t('fixCommunity')}{' '}
          <button type="button" className="font-medium underline underline-offset-4" onClick={() => setStep(1)}>
            {t('backToCommunity')}
          </button>
        </Alert>
      )}
      {step === 1 ? (
        <CommunityStep draft={draft} onChange={update} errors={errors.fields} onNext={() => setStep(2)} />
      ) : (
        <OwnerStep
          draft={draft}
          onChange={update}
          errors={errors.fields}
          isSubmitting={setup.isPending}
          onBack={() => setStep(1)}
          onSubmit={() => setup.mutate()}
        />
      )}
    </AuthCard>
  );
}
