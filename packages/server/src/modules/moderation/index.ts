/**
 * The moderation module's public surface. So far: the evasion-resistant word filter — the
 * lists admins keep and `check`/`mask`, which write paths call before they commit.
 */
import type { FastifyInstance } from 'fastify';
import type { Platform } from '../../app/platform.js';
import { registerModerationRoutes } from './moderation.routes.js';
import { ModerationService } from './moderation.service.js';

export { ModerationService, compileFilter } from './moderation.service.js';
export { WordFilter, type FilterEntry, type FoundWord } from './word-filter.js';
export { normalizeText, normalizedString, wordKey, type NormalizedText } from './normalize.js';
export { BUILT_IN_LURES } from './lures.js';

export interface ModerationModule {
  service: ModerationService;
  registerRoutes(app: FastifyInstance): void;
}

export async function createModerationModule(platform: Platform): Promise<ModerationModule> {
  const service = new ModerationService(platform);
  await service.listen();
  return { service, registerRoutes: (app) => registerModerationRoutes(app, service) };
}
