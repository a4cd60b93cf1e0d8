import type { Me, Onboarding } from '@hearth/contracts';
import { paths } from '../../app/routes';

export type StepId = Onboarding['steps'][number]['id'] | 'members';

export interface NextStep {
  id: StepId;
  isDone: boolean;
  href: string;
}

function hrefOf(id: StepId): string {
  if (id === 'profile') return paths.editProfile;
  if (id === 'members') return paths.members;
  return paths.welcome;
}

/**
 * The member's next steps: the onboarding steps (from the server when it answers, else
 * estimated from the profile), then meeting the other members, which is always worth doing.
 */
export function buildNextSteps(me: Me, onboarding: Onboarding | undefined): NextStep[] {
  const steps: { id: StepId; isDone: boolean }[] = onboarding
    ? onboarding.steps.map((step) => ({ id: step.id, isDone: step.done }))
    : [
        { id: 'welcome', isDone: me.onboardingDone },
        { id: 'interests', isDone: me.interests.length > 0 },
        { id: 'profile', isDone: me.bio.trim().length > 0 || Boolean(me.avatarUrl) },
        { id: 'introduce', isDone: me.onboardingDone },
      ];
  return [...steps, { id: 'members' as const, isDone: false }].map((step) => ({ ...step, href: hrefOf(step.id) }));
}
