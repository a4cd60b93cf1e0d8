/**
 * The trust module's public surface: members' trust levels 0–4 (from tenure, activity,
 * reactions received and upheld flags; admins may lock one), the limits of the low levels
 * that the moderation gate and chat ask before a write, and the owner's thresholds.
 */
import type { FastifyInstance } from 'fastify';
import { registerTrustRoutes } from './trust.routes.js';
import { TrustService, type TrustDeps } from './trust.service.js';
import { TrustSettingsStore } from './trust-settings.js';
import { scheduleTrustSweep, subscribeToTrustEvents } from './trust.subscribers.js';

export type { TrustDeps } from './trust.service.js';
export { TrustService } from './trust.service.js';

export interface TrustModule {
  service: TrustService;
  registerRoutes(app: FastifyInstance): void;
}

export async function createTrustModule(deps: TrustDeps): Promise<TrustModule> {
  const settings = new TrustSettingsStore(deps.platform);
  const service = new TrustService(deps, settings);
  subscribeToTrustEvents(deps.platform, service);
  await scheduleTrustSweep(deps.platform, deps.platform.clock.now() + 86_400_000);
  return { service, registerRoutes: (app) => registerTrustRoutes(app, service, settings) };
}
