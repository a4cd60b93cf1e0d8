import { searchRoutes as r } from '@hearth/contracts';
import type { FastifyInstance } from 'fastify';
import { registerRoute } from '../../platform/http/route.js';
import type { SearchService } from './search.service.js';

export function registerSearchRoutes(app: FastifyInstance, search: SearchService): void {
  registerRoute(app, r.search, async ({ actor, query }) => search.search(actor, query));
  registerRoute(app, r.suggest, async ({ actor, query }) => ({ items: await search.suggest(actor, query.q) }));
}
