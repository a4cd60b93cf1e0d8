import { leaderboardRoutes, type LeaderboardMetric, type LeaderboardPeriod } from '@hearth/contracts';
import { apiQuery } from '../../../api/api-query';

export const leaderboardQuery = (metric: LeaderboardMetric, period: LeaderboardPeriod) =>
  apiQuery(leaderboardRoutes.leaderboard, { query: { metric, period, limit: 50 } });
export const leaderboardVisibilityQuery = apiQuery(leaderboardRoutes.leaderboardVisibility);
export const leaderboardsPath = '/leaderboards';
