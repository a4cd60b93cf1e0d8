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
import { AppealsService } from './penalties/appeals.service.js';
import { registerPenaltyRoutes } from './penalties/penalties.routes.js';
import { PenaltiesService } from './penalties/penalties.service.js';
import type { PenaltyDeps } from './penalties/penalty-deps.js';
import { definePenaltyJobs } from './penalties/penalty-jobs.js';
import { subscribeToNotices } from './penalties/penalty-notices.js';

export { ModerationService, compileFilter } from './moderation.service.js';
export { WordFilter, type FilterEntry, type FoundWord } from './word-filter.js';
export { normalizeText, normalizedString, wordKey, type NormalizedText } from './normalize.js';
export { BUILT_IN_LURES } from './lures.js';
export type { ContentScreen, FieldReason, ScreenFields, ScreenOptions, Screened } from './content-gate.js';
export type { ContentHolds, HeldContentHandler, HoldInput } from './holds.service.js';
export type { PenaltyDeps } from './penalties/penalty-deps.js';
export { PenaltiesService } from './penalties/penalties.service.js';

export interface ModerationModule {
  service: ModerationService;
  /** What write paths call before they commit (block, mask, hold for review). */
  screen: ContentGate;
  /** The review queue; owners of held content bind their handlers with `holds.handle`. */
  holds: HoldsService;
  /** Warnings, mutes and bans; sign-in asks it about banned members. */
  penalties: PenaltiesService;
  registerRoutes(app: FastifyInstance): void;
}

export interface ModerationDeps {
  /** Authors of held items, for the queue (members module, bound by the composition root). */
  authorRefs(ids: readonly string[]): Promise<Map<string, AuthorRef>>;
  /** What penalties need of members, identity, realtime, the ledger and notifications (bound late). */
  penalties: PenaltyDeps;
}

export async function createModerationModule(platform: Platform, deps: ModerationDeps): Promise<ModerationModule> {
  const service = new ModerationService(platform);
  await service.listen();
  const holds = new HoldsService(platform, (ids) => deps.authorRefs(ids));
  const penalties = new PenaltiesService(platform, deps.penalties, holds);
  const appeals = new AppealsService(platform, deps.penalties, penalties, holds);
  // Every write path of every module asks this before it commits (platform/audit/write-restrictions.ts).
  platform.restrictions.bind((memberId) => penalties.assertMayWrite(memberId));
  definePenaltyJobs(platform.jobs, (memberId) => penalties.releaseExpiredBan(memberId));
  subscribeToNotices(platform, () => deps.penalties.notices);
  return {
    service,
    screen: new ContentGate(service),
    holds,
    penalties,
    registerRoutes: (app) => {
      registerModerationRoutes(app, service, holds);
      registerPenaltyRoutes(app, platform, penalties, appeals);
    },
  };
}
