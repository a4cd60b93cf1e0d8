import { trustRoutes as r } from '@hearth/contracts';
import type { FastifyInstance } from 'fastify';
import { registerRoute } from '../../platform/http/route.js';
import type { TrustService } from './trust.service.js';
import type { TrustSettingsStore } from './trust-settings.js';

/** Trust level routes. Thin: contract → service → contract (access levels are the contract's). */
export function registerTrustRoutes(app: FastifyInstance, trust: TrustService, settings: TrustSettingsStore): void {
  registerRoute(app, r.myTrust, async ({ actor }) => trust.statusOf(actor.memberId));
  registerRoute(app, r.memberTrust, async ({ params }) => trust.statusOf(params.id));
  registerRoute(app, r.lockTrust, async ({ actor, params, body }) => trust.lock(actor, params.id, body));
  registerRoute(app, r.unlockTrust, async ({ actor, params, body }) => trust.unlock(actor, params.id, body));
  registerRoute(app, r.trustLevels, async ({ query }) => trust.levels(query.ids));
  registerRoute(app, r.getTrustSettings, async () => settings.get());
  registerRoute(app, r.updateTrustSettings, async ({ actor, body }) => settings.update(actor, body));
}
