import { leaderboardRoutes as r } from '@hearth/contracts';
import type { FastifyInstance } from 'fastify';
import { registerRoute as route } from '../../../platform/http/route.js';
import type { LeaderboardsService } from './leaderboards.service.js';

export function registerLeaderboardRoutes(app: FastifyInstance, leaderboards: LeaderboardsService): void {
  route(app, r.leaderboard, ({ actor, query }) => leaderboards.board(actor, query.metric, query.period, query.limit));
  route(app, r.leaderboardVisibility, ({ actor }) => leaderboards.visibility(actor));
  route(app, r.setLeaderboardVisibility, ({ actor, body }) => leaderboards.setVisibility(actor, body.isHidden));
}
