import type { Onboarding, OnboardingStepId } from '@hearth/contracts';
import type { CompleteStepBody } from '@hearth/contracts';
import { z } from 'zod';
import type { Platform } from '../../app/platform.js';
import { withTransaction } from '../../db/database.js';
import { invalid, notFound, refused } from '../../platform/errors/app-error.js';
import type { CommunityInfo } from './community-info.js';
import { ONBOARDING_STEPS, parseJson } from './members.mappers.js';
import { findMemberById, updateMemberRow, type MemberWithTier } from './members.repository.js';

const StringList = z.array(z.string());
/** Bios are at most 500 characters (UpdateProfileBody); a longer introduction is shortened to fit. */
const BIO_MAX = 500;

/**
 * Onboarding: a fixed sequence of steps the server defines and checks (welcome → interests
 * → profile → introduce), so any client — the web app, or later an AI host — can walk a
 * newcomer through it without knowing the rules. Done steps live in `member.onboarding`.
 */
export class OnboardingService {
  constructor(
    private readonly platform: Platform,
    private readonly community: CommunityInfo,
  ) {}

  /** The caller's steps, the first one not done, and the community's welcome text. @throws not_found */
  async get(memberId: string): Promise<Onboarding> {
    const welcome = await this.community.welcome();
    const row = await findMemberById(this.platform.db, memberId);
    if (!row) throw notFound();
    return toOnboarding(row, welcome);
  }

  /**
   * Completes one step, in any order; completing a done step again changes nothing.
   * - interests: at least one interest must be on the profile;
   * - profile: a bio or an avatar;
   * - introduce: `introduction` (1..1000 characters), which becomes the bio when it is empty;
   * - welcome: nothing to check.
   * @throws not_found, interests_required (422), profile_incomplete (422), invalid_input (introduction required)
   */
  async complete(memberId: string, step: OnboardingStepId, body: z.output<typeof CompleteStepBody> | undefined): Promise<Onboarding> {
    const introduction = body?.introduction?.trim() ?? '';
    if (step === 'introduce' && !introduction) throw invalid('introduction', 'required');
    const welcome = await this.community.welcome();
    return withTransaction(this.platform.db, async (tx) => {
      const row = await findMemberById(tx, memberId);
      if (!row) throw notFound();
      if (step === 'interests' && parseJson(StringList, row.interests).length === 0) throw refused('interests_required');
      if (step === 'profile' && !row.bio.trim() && !row.avatarKey) throw refused('profile_incomplete');
      const done = new Set(parseJson(StringList, row.onboarding));
      const setsBio = step === 'introduce' && !row.bio.trim();
      if (!done.has(step) || setsBio) {
        done.add(step);
        await updateMemberRow(tx, memberId, {
          onboarding: JSON.stringify(ONBOARDING_STEPS.filter((s) => done.has(s))),
          ...(setsBio ? { bio: shorten(introduction, BIO_MAX) } : {}),
          updatedAt: this.platform.clock.now(),
        });
      }
      const updated = await findMemberById(tx, memberId);
      return toOnboarding(updated!, welcome);
    });
  }
}

function toOnboarding(row: MemberWithTier, welcome: string): Onboarding {
  const done = new Set(parseJson(StringList, row.onboarding));
  const steps = ONBOARDING_STEPS.map((id) => ({ id, done: done.has(id) }));
  return { steps, current: steps.find((s) => !s.done)?.id ?? null, welcome };
}

/** Cuts at a character (not UTF-16 unit) boundary and marks the cut. */
function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}
