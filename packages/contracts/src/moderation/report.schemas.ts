import { z } from 'zod';
import { Id, IsoTime, PlainText } from '../common/index.js';
import { AuthorRef } from '../posts/posts.schemas.js';

/** What a member can report: a thread, a reply, a message in a chat space, a DM, a profile. */
export const ReportTargetKind = z.enum(['post', 'comment', 'message', 'dm', 'profile']);
export type ReportTargetKind = z.infer<typeof ReportTargetKind>;

export const ReportReason = z.enum(['spam', 'abuse', 'off_topic', 'other']);
export type ReportReason = z.infer<typeof ReportReason>;

/** How a moderator handled the reports on a target: no violation, acted on it (e.g. a penalty), or removed it. */
export const ReportOutcome = z.enum(['dismissed', 'upheld', 'removed']);
export type ReportOutcome = z.infer<typeof ReportOutcome>;

export const CreateReportBody = z
  .object({
    targetKind: ReportTargetKind,
    targetId: Id,
    reason: ReportReason,
    /** Required for `other`. */
    note: PlainText(500).optional(),
  })
  .strict()
  .refine((b) => b.reason !== 'other' || (b.note ?? '').trim() !== '', { path: ['note'], message: 'required' });
export type CreateReportBody = z.infer<typeof CreateReportBody>;

export const Report = z.object({
  id: Id,
  targetKind: ReportTargetKind,
  targetId: Id,
  reason: ReportReason,
  note: z.string(),
  createdAt: IsoTime,
});
export type Report = z.infer<typeof Report>;

/** The open reports on one target, for the review queue. */
export const ReportGroup = z.object({
  targetKind: ReportTargetKind,
  targetId: Id,
  /** The reported member (the author, or the profile's owner). */
  author: AuthorRef,
  /** The text as it was when first reported (plain text, cut short). */
  excerpt: z.string(),
  /** Where it lives in the app; '' for DMs (moderators do not read DMs). */
  url: z.string(),
  count: z.number().int().min(1),
  reasons: z.record(ReportReason, z.number().int().min(0)),
  /** The reporters' notes, newest first (at most 10). */
  notes: z.array(z.string()),
  /** The review-queue hold of the target when the reports hid it (or a filter held it). */
  holdId: Id.nullable(),
  /** Whether the target can be removed from here (threads, replies and chat messages). */
  removable: z.boolean(),
  firstReportedAt: IsoTime,
  lastReportedAt: IsoTime,
});
export type ReportGroup = z.infer<typeof ReportGroup>;

export const ReportGroupPage = z.object({ items: z.array(ReportGroup), nextCursor: z.string().nullable() });
export type ReportGroupPage = z.infer<typeof ReportGroupPage>;

export const ResolveReportsBody = z
  .object({ outcome: ReportOutcome, reason: PlainText(500).optional() })
  .strict()
  .refine((b) => b.outcome !== 'removed' || (b.reason ?? '').trim() !== '', { path: ['reason'], message: 'required' });
export type ResolveReportsBody = z.infer<typeof ResolveReportsBody>;

export const ResolveReportsResult = z.object({ resolved: z.number().int().min(0), outcome: ReportOutcome });
export type ResolveReportsResult = z.infer<typeof ResolveReportsResult>;
