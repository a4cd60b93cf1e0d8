import { memberRoutes as r } from '@hearth/contracts';
import type { FastifyInstance } from 'fastify';
import { registerRoute } from '../../platform/http/route.js';
import type { TiersService } from './tiers.service.js';
import type { TopicsService } from './topics.service.js';

/** Tiers and topics: public lists and their admin editing. */
export function registerTierRoutes(app: FastifyInstance, tiers: TiersService, topics: TopicsService): void {
  registerRoute(app, r.tiers, async () => ({ items: await tiers.list() }));
  registerRoute(app, r.adminTiers, async () => ({ items: await tiers.list(true) }));
  registerRoute(app, r.createTier, async ({ body }) => ({ tier: await tiers.create(body) }));
  registerRoute(app, r.updateTier, async ({ params, body }) => ({ tier: await tiers.update(params.id, body) }));
  registerRoute(app, r.deleteTier, async ({ params }) => tiers.remove(params.id));
  registerRoute(app, r.reorderTiers, async ({ body }) => ({ items: await tiers.reorder(body) }));
  registerRoute(app, r.topics, async () => ({ items: await topics.list() }));
  registerRoute(app, r.updateTopics, async ({ body }) => ({ items: await topics.replace(body) }));
}
