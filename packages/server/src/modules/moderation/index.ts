/**
 * The moderation module's public surface: the evasion-resistant word filter (the lists
 * admins keep and `check`/`mask`), the ContentScreen every write path of member text calls
 * before it commits, and the review queue of content a review word held.
 */
import type { AuthorRef } from '@hearth/contracts';
import type { FastifyInstance } from 'fastify';
import type { Platform } from '../../app/platform.js';
import { ContentGate } from './content-gate.js';
import { HoldsService } from './holds.service.js';
import { registerModerationRoutes } from './moderation.routes.js';
import { ModerationService } from './moderation.service.js';

export { ModerationService, compileFilter } from './moderation.service.js';
export { WordFilter, type FilterEntry, type FoundWord } from './word-filter.js';
export { normalizeText, normalizedString, wordKey, type NormalizedText } from './normalize.js';
export { BUILT_IN_LURES } from './lures.js';
export type { ContentScreen, FieldReason, ScreenFields, ScreenOptions, Screened } from './content-gate.js';
export type { ContentHolds, HeldContentHandler, HoldInput } from './holds.service.js';

export interface ModerationModule {
  service: ModerationService;
  /** What write paths call before they commit (block, mask, hold for review). */
  screen: ContentGate;
  /** The review queue; owners of held content bind their handlers with `holds.handle`. */
  holds: HoldsService;
  registerRoutes(app: FastifyInstance): void;
}

export interface ModerationDeps {
  /** Authors of held items, for the queue (members module, bound by the composition root). */
  authorRefs(ids: readonly string[]): Promise<Map<string, AuthorRef>>;
}

export async function createModerationModule(platform: Platform, deps: ModerationDeps): Promise<ModerationModule> {
  const service = new ModerationService(platform);
  await service.listen();
  const holds = new HoldsService(platform, (ids) => deps.authorRefs(ids));
  return {
    service,
    screen: new ContentGate(service),
    holds,
    registerRoutes: (app) => registerModerationRoutes(app, service, holds),
  };
}
