import { z } from 'zod';
import { Id, IsoTime } from '../common/index.js';
import { AuthorRef } from '../posts/posts.schemas.js';

/** One moderator or admin action: who, what, on what, when, why, and the state before and after. */
export const AuditEntry = z.object({
  id: Id,
  actor: AuthorRef.nullable(),
  /** Dotted action name, e.g. `penalty.mute`, `hold.remove`, `member.role`, `points.grant`, `filter.words.add`. */
  action: z.string(),
  targetKind: z.string(),
  targetId: z.string().nullable(),
  reason: z.string().nullable(),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
  createdAt: IsoTime,
});
export type AuditEntry = z.infer<typeof AuditEntry>;

const Day = z.iso.date();

export const AuditFilter = z.object({
  actorId: Id.optional(),
  /** An action name, or a prefix ending in `.` (`penalty.` for every penalty action). */
  action: z.string().trim().min(1).max(60).optional(),
  targetId: z.string().trim().min(1).max(64).optional(),
  /** First and last day (UTC, inclusive). */
  from: Day.optional(),
  to: Day.optional(),
});
export type AuditFilter = z.infer<typeof AuditFilter>;

export const AuditQuery = AuditFilter.extend({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(200).optional(),
});

export const AuditPage = z.object({ items: z.array(AuditEntry), nextCursor: z.string().nullable() });
export type AuditPage = z.infer<typeof AuditPage>;
