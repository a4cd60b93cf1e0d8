import { z } from 'zod';
import { Id, IsoTime, PlainText } from '../common/index.js';
import { AuthorRef } from '../posts/posts.schemas.js';

/** What a moderator does to a member: a warning (recorded), a mute (reads, cannot write) or a ban (signed out, cannot sign in). */
export const PenaltyKind = z.enum(['warn', 'mute', 'ban']);
export type PenaltyKind = z.infer<typeof PenaltyKind>;

/**
 * Where a penalty stands now (computed against the clock, so a mute ends exactly at its end):
 * `active` (a mute or ban in force), `ended` (it ran out), `lifted` (a moderator ended it
 * early), `overturned` (an appeal reversed it), `recorded` (a warning, not overturned).
 */
export const PenaltyState = z.enum(['active', 'ended', 'lifted', 'overturned', 'recorded']);
export type PenaltyState = z.infer<typeof PenaltyState>;

export const AppealStatus = z.enum(['pending', 'upheld', 'overturned']);
export type AppealStatus = z.infer<typeof AppealStatus>;

/** Longest timed mute or ban: ten years (a permanent ban has no end at all). */
export const MAX_PENALTY_DAYS = 3650;

export const PenaltyDays = z.number().int().min(1).max(MAX_PENALTY_DAYS);

/** One step of the owner's ladder: a warning, a mute of `days`, or a ban (`days` null = permanent). */
export const LadderStep = z
  .strictObject({ kind: PenaltyKind, days: PenaltyDays.nullable() })
  .refine((s) => (s.kind === 'mute' ? s.days !== null : s.kind === 'warn' ? s.days === null : true), {
    message: 'days_for_kind',
    path: ['days'],
  });
export type LadderStep = z.infer<typeof LadderStep>;

export const ReasonTemplate = z.strictObject({
  id: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .regex(/^[a-z0-9_-]+$/),
  label: PlainText(120).pipe(z.string().trim().min(1)),
});
export type ReasonTemplate = z.infer<typeof ReasonTemplate>;

/** The owner's penalty policy: the ladder, how far back prior penalties count, and the reason templates. */
export const PenaltyPolicy = z.strictObject({
  ladder: z.array(LadderStep).min(1).max(12),
  /** Prior upheld penalties newer than this count towards the next step. */
  lookbackDays: z.number().int().min(1).max(MAX_PENALTY_DAYS),
  templates: z
    .array(ReasonTemplate)
    .max(50)
    .refine((list) => new Set(list.map((t) => t.id)).size === list.length, { message: 'duplicate_template' }),
});
export type PenaltyPolicy = z.infer<typeof PenaltyPolicy>;

export const Appeal = z.object({
  id: Id,
  penaltyId: Id,
  text: z.string(),
  status: AppealStatus,
  decidedBy: AuthorRef.nullable(),
  decisionReason: z.string().nullable(),
  createdAt: IsoTime,
  decidedAt: IsoTime.nullable(),
});
export type Appeal = z.infer<typeof Appeal>;

export const Penalty = z.object({
  id: Id,
  member: AuthorRef,
  moderator: AuthorRef,
  kind: PenaltyKind,
  state: PenaltyState,
  startsAt: IsoTime,
  /** When a mute or timed ban ends; null for warnings and permanent bans. */
  endsAt: IsoTime.nullable(),
  templateId: z.string().nullable(),
  /** The template's label at the time (if one was chosen). */
  templateLabel: z.string().nullable(),
  /** The moderator's own words. */
  reason: z.string(),
  /** Held content removed with this penalty (restored if it is overturned). */
  holdId: Id.nullable(),
  /** Points taken with this penalty (given back if it is overturned). */
  pointsDeducted: z.number().int().min(0),
  /** Which step of the ladder it was, when applied as "next step". */
  ladderStep: z.number().int().min(1).nullable(),
  liftedAt: IsoTime.nullable(),
  liftReason: z.string().nullable(),
  appeal: Appeal.nullable(),
  createdAt: IsoTime,
});
export type Penalty = z.infer<typeof Penalty>;

/** POST /api/moderation/actions: act on a member (the stable route of API.md). */
export const MemberActionBody = z
  .strictObject({
    memberId: Id,
    /** `next` applies the ladder's next step for this member; `unban` lifts their ban. */
    action: z.enum(['warn', 'mute', 'ban', 'unban', 'next']),
    /** Mute: required. Ban: absent = permanent. */
    days: PenaltyDays.optional(),
    templateId: z.string().max(40).optional(),
    reason: PlainText(1000).pipe(z.string().trim()).default(''),
    /** A review-queue item of this member's: removed with the penalty (restored if overturned). */
    holdId: Id.optional(),
    /** Points to take from the member with the penalty (given back if overturned). */
    pointsDeducted: z.number().int().min(1).max(1_000_000_000).optional(),
  })
  .refine((b) => b.reason !== '' || b.templateId !== undefined, { message: 'reason_required', path: ['reason'] })
  .refine((b) => b.action !== 'mute' || b.days !== undefined, { message: 'days_required', path: ['days'] })
  .refine((b) => b.days === undefined || b.action === 'mute' || b.action === 'ban', { message: 'days_not_allowed', path: ['days'] });
export type MemberActionBody = z.infer<typeof MemberActionBody>;

export const PenaltyResult = z.object({ penalty: Penalty });

/** A member's standing: the restriction in force now (if any), for the banner and the write paths. */
export const Restriction = z.object({
  penaltyId: Id,
  kind: z.enum(['mute', 'ban']),
  endsAt: IsoTime.nullable(),
  reason: z.string(),
});
export type Restriction = z.infer<typeof Restriction>;

export const MyStanding = z.object({ restriction: Restriction.nullable(), penalties: z.array(Penalty) });
export type MyStanding = z.infer<typeof MyStanding>;

export const MemberPenalties = z.object({
  items: z.array(Penalty),
  /** What "apply next step" would do now. */
  nextStep: LadderStep.and(z.object({ step: z.number().int().min(1) })),
});
export type MemberPenalties = z.infer<typeof MemberPenalties>;

export const AppealBody = z.strictObject({ actionId: Id, text: PlainText(2000).pipe(z.string().trim().min(1)) });
export const AppealResult = z.object({ appeal: Appeal });

export const AppealQueueItem = z.object({ appeal: Appeal, penalty: Penalty });
export const AppealQueuePage = z.object({ items: z.array(AppealQueueItem), nextCursor: z.string().nullable() });
export type AppealQueuePage = z.infer<typeof AppealQueuePage>;
export type AppealQueueItem = z.infer<typeof AppealQueueItem>;
export const AppealQueueQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
  status: AppealStatus.default('pending'),
});

export const DecideAppealBody = z.strictObject({
  outcome: z.enum(['uphold', 'overturn']),
  reason: PlainText(1000).pipe(z.string().trim().min(1)),
});

export const LiftPenaltyBody = z.strictObject({ reason: PlainText(1000).pipe(z.string().trim().min(1)) });
