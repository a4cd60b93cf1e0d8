import {
  AdminMember,
  type Locale,
  type Me,
  type MemberProfile,
  type MemberSummary,
  type Role,
  type MemberStatus,
  ProfileLink,
} from '@hearth/contracts';
import { z } from 'zod';
import { toIso, toIsoOrNull } from '../../platform/clock.js';
import type { MemberSummaryRow, MemberWithTier } from './members.repository.js';

const StringList = z.array(z.string());
const Links = z.array(ProfileLink);
const Answers = AdminMember.shape.answers;

/** JSON columns are validated on read: a corrupt row fails loudly instead of leaking junk. */
export const parseJson = <T>(schema: z.ZodType<T>, text: string): T => schema.parse(JSON.parse(text));

export const avatarUrl = (key: string | null): string | null => (key ? `/api/avatars/${key}` : null);

export function toMemberSummary(row: MemberSummaryRow): MemberSummary {
  return {
    id: row.id,
    displayName: row.displayName,
    avatarUrl: avatarUrl(row.avatarKey),
    role: row.role as Role,
    tier: { id: row.tierId, name: row.tierName, rank: row.tierRank },
    bio: row.bio,
    joinedAt: toIso(row.createdAt),
  };
}

export function toMemberProfile(row: MemberWithTier): MemberProfile {
  return {
    ...toMemberSummary(row),
    location: row.location,
    links: parseJson(Links, row.links),
    interests: parseJson(StringList, row.interests),
    locale: row.locale as Locale,
    timeZone: row.timeZone,
    status: row.status as MemberStatus,
  };
}

export const ONBOARDING_STEPS = ['welcome', 'interests', 'profile', 'introduce'] as const;

export function toMe(row: MemberWithTier): Me {
  const done = parseJson(StringList, row.onboarding);
  return {
    ...toMemberProfile(row),
    email: row.email,
    emailVerified: row.emailVerifiedAt !== null,
    onboardingDone: ONBOARDING_STEPS.every((step) => done.includes(step)),
  };
}

/** `inviteCode` comes from the joined invite (see selectAdminMembers); absent means none. */
export function toAdminMember(row: MemberWithTier & { inviteCode?: string | null }): AdminMember {
  return {
    ...toMemberProfile(row),
    email: row.email,
    source: row.source,
    inviteCode: row.inviteCode ?? null,
    answers: parseJson(Answers, row.answers),
    lastSeenAt: toIsoOrNull(row.lastSeenAt),
  };
}
