import type { Onboarding, OnboardingStepId } from '@hearth/contracts';
import { useQuery } from '@tanstack/react-query';
import { PartyPopper, RotateCw } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useCommunity } from '../../api/session';
import { paths } from '../../app/routes';
import { useDocumentTitle } from '../../app/use-document-title';
import { useErrorText } from '../../app/use-error-text';
import { Alert, Button, buttonClass, Card, EmptyState, PageHeader, Skeleton, SkeletonText } from '../../ui';
import { InterestsStep } from './interests-step';
import { IntroduceStep } from './introduce-step';
import { OnboardingProgress } from './onboarding-progress';
import { ProfileStep } from './profile-step';
import { onboardingQuery } from './use-complete-step';
import { WelcomeStep } from './welcome-step';

function CurrentStep({ step, onboarding }: { step: OnboardingStepId; onboarding: Onboarding }) {
  switch (step) {
    case 'welcome':
      return <WelcomeStep onboarding={onboarding} />;
    case 'interests':
      return <InterestsStep />;
    case 'profile':
      return <ProfileStep />;
    case 'introduce':
      return <IntroduceStep />;
  }
}

/** /welcome: the server's onboarding steps, one at a time, resuming where the newcomer left off. */
export default function OnboardingPage() {
  const { t } = useTranslation('onboarding');
  const community = useCommunity();
  const onboarding = useQuery(onboardingQuery);
  const errorText = useErrorText();
  useDocumentTitle(t('title'));
  const heading = <PageHeader title={t('heading', { community: community.data?.name ?? '' })} description={t('description')} />;

  if (onboarding.isPending) {
    return (
      <div className="flex flex-col gap-5" aria-busy="true">
        {heading}
        <Skeleton className="h-10 w-full" />
        <Card padding="lg">
          <SkeletonText lines={5} />
        </Card>
      </div>
    );
  }
  if (onboarding.isError) {
    return (
      <div className="flex flex-col gap-5">
        {heading}
        <Alert tone="danger" title={t('loadFailed')}>
          <p>{errorText(onboarding.error)}</p>
          <Button
            variant="secondary"
            size="sm"
            className="mt-2"
            onClick={() => void onboarding.refetch()}
            icon={<RotateCw className="size-4" aria-hidden="true" />}
          >
            {t('retry')}
          </Button>
        </Alert>
      </div>
    );
  }
  const { current } = onboarding.data;
  return (
    <div className="flex flex-col gap-5">
      {heading}
      <OnboardingProgress onboarding={onboarding.data} />
      {current ? (
        <CurrentStep key={current} step={current} onboarding={onboarding.data} />
      ) : (
        <EmptyState
          icon={<PartyPopper className="size-6" />}
          title={t('finished.title')}
          action={
            <div className="flex flex-wrap justify-center gap-2">
              <Link href={paths.home} className={buttonClass()}>
                {t('finished.home')}
              </Link>
              <Link href={paths.members} className={buttonClass({ variant: 'secondary' })}>
                {t('finished.members')}
              </Link>
            </div>
          }
        >
          {t('finished.body')}
        </EmptyState>
      )}
    </div>
  );
}
