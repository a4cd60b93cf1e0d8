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
import type { ReportTargets } from './reports/report-targets.js';
import { ReportsService } from './reports/reports.service.js';
import { registerSpamReportRoutes } from './spam-reports.routes.js';
import { SpamDetector } from './spam/spam-detector.js';
import { SpamModelStore } from './spam/spam-model.js';
import { SpamSettingsStore } from './spam/spam-settings.js';
import { defineSpamJobs, requestRetrain } from './spam/spam.jobs.js';
import { isEstablishedAuthor, type AuthorStanding } from './spam/trust.js';

export { ModerationService, compileFilter } from './moderation.service.js';
export { WordFilter, type FilterEntry, type FoundWord } from './word-filter.js';
export { normalizeText, normalizedString, wordKey, type NormalizedText } from './normalize.js';
export { BUILT_IN_LURES } from './lures.js';
export type { ContentScreen, FieldReason, ScreenFields, ScreenOptions, Screened } from './content-gate.js';
export type { ContentHolds, HeldContentHandler, HoldInput } from './holds.service.js';
export type { ReportTargets, ReportedTarget } from './reports/report-targets.js';
export type { AuthorStanding } from './spam/trust.js';
export { ReportsHandled } from './reports/reports.events.js';
export type { PenaltyDeps } from './penalties/penalty-deps.js';
export { PenaltiesService } from './penalties/penalties.service.js';

export interface ModerationModule {
  service: ModerationService;
  /** What write paths call before they commit (block, mask, hold for review). */
  screen: ContentGate;
  /** The review queue; owners of held content bind their handlers with `holds.handle`. */
  holds: HoldsService;
  /** Member reports (reports/); their targets are bound by the composition root with `bindReportTargets`. */
  reports: ReportsService;
  bindReportTargets(targets: ReportTargets): void;
  /** Warnings, mutes and bans; sign-in asks it about banned members. */
  penalties: PenaltiesService;
  registerRoutes(app: FastifyInstance): void;
}

export interface ModerationDeps {
  /** Authors of held items, for the queue (members module, bound by the composition root). */
  authorRefs(ids: readonly string[]): Promise<Map<string, AuthorRef>>;
  /** Role, tenure and post count of an author, for spam detection's trust threshold (bound late). */
  standing(memberId: string): Promise<AuthorStanding | null>;
  /** What penalties need of members, identity, realtime, the ledger and notifications (bound late). */
  penalties: PenaltyDeps;
}

export async function createModerationModule(platform: Platform, deps: ModerationDeps): Promise<ModerationModule> {
  const service = new ModerationService(platform);
  await service.listen();
  const holds = new HoldsService(platform, (ids) => deps.authorRefs(ids));
  // Ad/spam detection and reports (spam/, reports/).
  const spamSettings = new SpamSettingsStore(platform);
  const spamModel = new SpamModelStore(platform);
  defineSpamJobs(platform, spamModel);
  holds.onDecided((tx) => requestRetrain(platform, tx));
  const detector = new SpamDetector(platform, spamSettings, spamModel, (id) => deps.standing(id));
  let targets: ReportTargets | null = null;
  const reports = new ReportsService(platform, holds, {
    targets: () => {
      if (!targets) throw new Error('report targets are not bound');
      return targets;
    },
    isEstablished: async (id) => {
      const [standing, settings] = await Promise.all([deps.standing(id), spamSettings.get()]);
      return standing ? isEstablishedAuthor(standing, settings, platform.clock.now()) : false;
    },
    reportsToHide: async () => (await spamSettings.get()).reportsToHide,
    authorRefs: (ids) => deps.authorRefs(ids),
  });
  const penalties = new PenaltiesService(platform, deps.penalties, holds);
  const appeals = new AppealsService(platform, deps.penalties, penalties, holds);
  // Every write path of every module asks this before it commits (platform/audit/write-restrictions.ts).
  platform.restrictions.bind((memberId) => penalties.assertMayWrite(memberId));
  definePenaltyJobs(platform.jobs, (memberId) => penalties.releaseExpiredBan(memberId));
  subscribeToNotices(platform, () => deps.penalties.notices);
  return {
    service,
    screen: new ContentGate(service, detector),
    holds,
    reports,
    bindReportTargets: (bound) => void (targets = bound),
    penalties,
    registerRoutes: (app) => {
      registerModerationRoutes(app, service, holds);
      registerSpamReportRoutes(app, { settings: spamSettings, model: spamModel, reports });
      registerPenaltyRoutes(app, platform, penalties, appeals);
    },
  };
}
