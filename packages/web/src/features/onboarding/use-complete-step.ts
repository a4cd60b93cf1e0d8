import { memberRoutes, type OnboardingStepId } from '@hearth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { apiQuery } from '../../api/api-query';
import { call } from '../../api/client';
import { meQuery } from '../../api/session';
import { paths } from '../../app/routes';
import { useToast } from '../../ui';

export const onboardingQuery = apiQuery(memberRoutes.onboarding);

interface CompleteStepInput {
  /** What the step saves first (interests, bio), so the server's check sees it. */
  before?: () => Promise<unknown>;
  introduction?: string;
}

/**
 * Completes one onboarding step on the server, which checks it and answers with the next
 * step; after the last one the member lands home, welcomed.
 */
export function useCompleteStep(step: OnboardingStepId) {
  const { t } = useTranslation('onboarding');
  const queryClient = useQueryClient();
  const toast = useToast();
  const [, navigate] = useLocation();
  return useMutation({
    mutationFn: async ({ before, introduction }: CompleteStepInput = {}) => {
      await before?.();
      return call(memberRoutes.completeOnboardingStep, {
        params: { step },
        body: introduction === undefined ? undefined : { introduction },
      });
    },
    onSuccess: (onboarding) => {
      queryClient.setQueryData(onboardingQuery.queryKey, onboarding);
      if (onboarding.current !== null) return;
      void queryClient.invalidateQueries({ queryKey: meQuery.queryKey });
      toast.show({ title: t('finished.toast'), tone: 'success' });
      navigate(paths.home);
    },
  });
}
