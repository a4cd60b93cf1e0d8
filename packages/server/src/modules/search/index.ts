/** The search module's public surface: the index other modules feed, and the search routes. */
import type { FastifyInstance } from 'fastify';
import type { Platform } from '../../app/platform.js';
import { createSearchIndexer, defineSearchJobs, type SearchIndexer } from './search.jobs.js';
import { registerSearchRoutes } from './search.routes.js';
import { SearchService, type SearchDeps } from './search.service.js';

export type { SearchDocument, SearchIndexer } from './search.jobs.js';

/** The indexer comes first: the modules that feed it are built before search can read them. */
export function createSearchIndex(platform: Platform): SearchIndexer {
  defineSearchJobs(platform);
  return createSearchIndexer(platform);
}

export function createSearchModule(deps: SearchDeps): { service: SearchService; registerRoutes(app: FastifyInstance): void } {
  const service = new SearchService(deps);
  return { service, registerRoutes: (app) => registerSearchRoutes(app, service) };
}
