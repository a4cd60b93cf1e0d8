import { defineRoute } from '../common/index.js';
import { Leaderboard, LeaderboardQuery, LeaderboardVisibility, LeaderboardVisibilityBody } from './leaderboards.schemas.js';

const tags = ['economy'] as const;

/** Leaderboards (排行榜): weekly, monthly and all-time ranks, and each member's opt-out. */
export const leaderboardRoutes = {
  leaderboard: defineRoute({
    method: 'GET',
    path: '/api/leaderboards',
    summary: 'Ranks of points earned, tips received or accepted answers this week, this month or all time',
    tags,
    access: 'member',
    query: LeaderboardQuery,
    status: 200,
    response: Leaderboard,
  }),
  leaderboardVisibility: defineRoute({
    method: 'GET',
    path: '/api/me/leaderboards',
    summary: 'Whether the caller keeps off the leaderboards',
    tags,
    access: 'member',
    status: 200,
    response: LeaderboardVisibility,
  }),
  setLeaderboardVisibility: defineRoute({
    method: 'PUT',
    path: '/api/me/leaderboards',
    summary: 'Keep off (or return to) the leaderboards',
    tags,
    access: 'member',
    body: LeaderboardVisibilityBody,
    status: 200,
    response: LeaderboardVisibility,
  }),
};
