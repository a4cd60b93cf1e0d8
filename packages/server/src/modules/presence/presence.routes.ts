import { presenceRoutes as r } from '@hearth/contracts';
import type { FastifyInstance } from 'fastify';
import { registerRoute } from '../../platform/http/route.js';
import type { PresenceService } from './presence.service.js';

/** Every route of the presence contract. Thin: contract → service → contract. */
export function registerPresenceRoutes(app: FastifyInstance, presence: PresenceService): void {
  registerRoute(app, r.listPresence, async ({ actor, query }) => ({ items: await presence.list(actor, query.ids.split(',')) }));
}
