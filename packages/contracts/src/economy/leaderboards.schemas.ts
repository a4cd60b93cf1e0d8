import { z } from 'zod';
import { Id, IsoTime } from '../common/index.js';
import { AuthorRef } from '../posts/posts.schemas.js';

export const LeaderboardMetric = z.enum(['points', 'tips', 'answers']);
export type LeaderboardMetric = z.infer<typeof LeaderboardMetric>;
export const LeaderboardPeriod = z.enum(['week', 'month', 'all']);
export type LeaderboardPeriod = z.infer<typeof LeaderboardPeriod>;

export const LeaderboardQuery = z.object({
  metric: LeaderboardMetric.default('points'),
  period: LeaderboardPeriod.default('week'),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export const LeaderboardEntry = z.object({ rank: z.number().int().min(1), member: AuthorRef, score: z.number().int() });
export type LeaderboardEntry = z.infer<typeof LeaderboardEntry>;

export const Leaderboard = z.object({
  metric: LeaderboardMetric,
  period: LeaderboardPeriod,
  /** The window's first and last community-local dates (`YYYY-MM-DD`); null for all time. */
  from: z.string().nullable(),
  to: z.string().nullable(),
  items: z.array(LeaderboardEntry),
  /** The caller's place: null when they have no score in the window or keep off the boards. */
  me: z.object({ rank: z.number().int().min(1), score: z.number().int() }).nullable(),
  isHidden: z.boolean(),
  computedAt: IsoTime,
});
export type Leaderboard = z.infer<typeof Leaderboard>;

export const LeaderboardVisibility = z.object({ isHidden: z.boolean() });
export type LeaderboardVisibility = z.infer<typeof LeaderboardVisibility>;
export const LeaderboardVisibilityBody = z.strictObject({ isHidden: z.boolean() });

export const LeaderboardMemberParams = z.object({ id: Id });
