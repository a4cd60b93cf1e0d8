/**
 * Points earning, check-in, levels and expiry, inside the economy module: built from the
 * economy's deps and registered by its index.
 */
import type { FastifyInstance } from 'fastify';
import { CheckinService } from './checkin.service.js';
import type { EconomyDeps } from '../economy.deps.js';
import { LevelsService } from './levels.service.js';
import { EarningSettingsStore } from './earning-settings.js';
import { registerEarningRoutes, type EarningServices } from './earning.routes.js';
import { EarningService } from './earning.service.js';
import { subscribeEarning } from './earning.subscribers.js';
import { PointsExpiryService } from './points-expiry.service.js';

export { CheckedIn, LevelReached, PointsExpiring } from './earning.events.js';
export type { EarningSettingsStore } from './earning-settings.js';
export { dateOfDay, localDateOf, localDayOf, monthOf } from './local-day.js';

export function createEarning(deps: EconomyDeps): EarningServices & { registerRoutes(app: FastifyInstance): void } {
  const settings = new EarningSettingsStore(deps.platform);
  const levels = new LevelsService(deps.platform, settings);
  const earning = new EarningService(deps, settings, levels);
  const services: EarningServices = {
    settings,
    earning,
    levels,
    checkin: new CheckinService(deps, settings, earning),
    expiry: new PointsExpiryService(deps, settings),
  };
  subscribeEarning(deps.platform, deps, settings, earning);
  return { ...services, registerRoutes: (app) => registerEarningRoutes(app, services) };
}
