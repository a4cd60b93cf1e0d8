/** Leaderboards (排行榜) inside the economy module. */
import type { FastifyInstance } from 'fastify';
import type { EconomyDeps } from '../economy.deps.js';
import type { EarningSettingsStore } from '../earning/index.js';
import { registerLeaderboardRoutes } from './leaderboards.routes.js';
import { LeaderboardsService } from './leaderboards.service.js';
import { subscribeLeaderboards } from './leaderboards.subscribers.js';

export function createLeaderboards(deps: EconomyDeps, settings: EarningSettingsStore) {
  const service = new LeaderboardsService(deps, settings);
  subscribeLeaderboards(deps.platform, settings);
  return { service, registerRoutes: (app: FastifyInstance) => registerLeaderboardRoutes(app, service) };
}
