import { z } from 'zod';
import { DisplayName, Id, IsoTime, Locale, PlainText, TimeZone } from '../common/index.js';

export const Role = z.enum(['owner', 'admin', 'moderator', 'member']);
export type Role = z.infer<typeof Role>;
/** Higher outranks lower; an actor may only manage members ranked below them. */
export const ROLE_RANK: Record<Role, number> = { owner: 3, admin: 2, moderator: 1, member: 0 };

export const MemberStatus = z.enum(['pending', 'active', 'declined', 'muted', 'banned']);
export type MemberStatus = z.infer<typeof MemberStatus>;

export const TierRef = z.object({ id: Id, name: z.string(), rank: z.number().int() });
export type TierRef = z.infer<typeof TierRef>;

export const Tier = TierRef.extend({
  description: z.string(),
  perks: z.array(z.string()),
  isDefault: z.boolean(),
  memberCount: z.number().int().optional(),
});
export type Tier = z.infer<typeof Tier>;

export const ProfileLink = z.object({
  label: z.string().trim().min(1).max(40),
  url: z.url({ protocol: /^https?$/ }).max(500),
});
export type ProfileLink = z.infer<typeof ProfileLink>;

/** What any member sees of another member. */
export const MemberSummary = z.object({
  id: Id,
  displayName: z.string(),
  avatarUrl: z.string().nullable(),
  role: Role,
  tier: TierRef,
  bio: z.string(),
  joinedAt: IsoTime,
});
export type MemberSummary = z.infer<typeof MemberSummary>;

export const MemberProfile = MemberSummary.extend({
  location: z.string(),
  links: z.array(ProfileLink),
  interests: z.array(z.string()),
  locale: Locale,
  timeZone: z.string(),
  status: MemberStatus,
});
export type MemberProfile = z.infer<typeof MemberProfile>;

/** The signed-in member's own view (API.md `GET /api/me`). */
export const Me = MemberProfile.extend({
  email: z.string(),
  emailVerified: z.boolean(),
  onboardingDone: z.boolean(),
});
export type Me = z.infer<typeof Me>;

/** What admins see in the members console. */
export const AdminMember = MemberProfile.extend({
  email: z.string(),
  source: z.string().nullable(),
  inviteCode: z.string().nullable(),
  answers: z.array(z.object({ question: z.string(), answer: z.string() })),
  lastSeenAt: IsoTime.nullable(),
});
export type AdminMember = z.infer<typeof AdminMember>;

export const UpdateProfileBody = z
  .object({
    displayName: DisplayName,
    bio: PlainText(500),
    location: PlainText(80),
    links: z.array(ProfileLink).max(5),
    interests: z.array(z.string().min(1).max(40)).max(20),
    locale: Locale,
    timeZone: TimeZone,
  })
  .partial()
  .strict();
export type UpdateProfileBody = z.infer<typeof UpdateProfileBody>;

export const MemberListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
});

export const AdminMemberListQuery = MemberListQuery.extend({
  status: MemberStatus.optional(),
  role: Role.optional(),
  tierId: Id.optional(),
  source: z.string().max(60).optional(),
});

export const AdminUpdateMemberBody = z
  .object({ role: Role.optional(), tierId: Id.optional(), reason: PlainText(300).optional() })
  .strict()
  .refine((body) => body.role !== undefined || body.tierId !== undefined, { message: 'nothing_to_change' });

export const DecisionBody = z.object({ reason: PlainText(300).optional() }).strict();

export const MemberChange = z.object({
  id: Id,
  memberId: Id,
  /** `points`: a grant or deduction; `from`/`to` are the balances before and after. */
  field: z.enum(['role', 'tier', 'status', 'points']),
  from: z.string().nullable(),
  to: z.string(),
  actorId: Id.nullable(),
  actorName: z.string().nullable(),
  reason: z.string().nullable(),
  createdAt: IsoTime,
});
export type MemberChange = z.infer<typeof MemberChange>;

export const TierBody = z
  .object({
    name: z.string().trim().min(1).max(40),
    description: PlainText(500).default(''),
    perks: z.array(z.string().trim().min(1).max(120)).max(20).default([]),
  })
  .strict();
export const TierPatchBody = z
  .object({
    name: z.string().trim().min(1).max(40),
    description: PlainText(500),
    perks: z.array(z.string().trim().min(1).max(120)).max(20),
    isDefault: z.literal(true),
  })
  .partial()
  .strict();
export const TierOrderBody = z.object({ ids: z.array(Id).min(1).max(50) }).strict();

export const Invite = z.object({
  id: Id,
  code: z.string(),
  url: z.string(),
  source: z.string().nullable(),
  maxUses: z.number().int().nullable(),
  uses: z.number().int(),
  expiresAt: IsoTime.nullable(),
  revokedAt: IsoTime.nullable(),
  createdAt: IsoTime,
  createdBy: Id,
});
export type Invite = z.infer<typeof Invite>;

export const InviteSource = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u, 'invalid_source');

export const CreateInviteBody = z
  .object({
    source: InviteSource.optional(),
    maxUses: z.number().int().min(1).max(100_000).optional(),
    expiresAt: IsoTime.optional(),
  })
  .strict();

/** What a visitor learns from an invite code before registering. */
export const InvitePreview = z.object({
  code: z.string(),
  valid: z.boolean(),
  community: z.object({ name: z.string() }),
  invitedBy: z.string().nullable(),
});
export type InvitePreview = z.infer<typeof InvitePreview>;

export const Topic = z.object({ slug: z.string(), name: z.string() });
export type Topic = z.infer<typeof Topic>;
export const TopicsBody = z
  .object({ topics: z.array(z.object({ slug: z.string().regex(/^[a-z0-9-]{1,40}$/), name: z.string().trim().min(1).max(40) })).max(100) })
  .strict();

export const OnboardingStepId = z.enum(['welcome', 'interests', 'profile', 'introduce']);
export type OnboardingStepId = z.infer<typeof OnboardingStepId>;
export const OnboardingStep = z.object({ id: OnboardingStepId, done: z.boolean() });
export const Onboarding = z.object({
  steps: z.array(OnboardingStep),
  current: OnboardingStepId.nullable(),
  welcome: z.string(),
});
export type Onboarding = z.infer<typeof Onboarding>;
export const CompleteStepBody = z.object({ introduction: PlainText(1000).optional() }).strict();
