/**
 * The moderation module's public surface: the evasion-resistant word filter (the lists
 * admins keep and `check`/`mask`), the ContentScreen every write path of member text calls
 * before it commits, and the review queue of content a review word held.
 */
import type { AuthorRef } from '@hearth/contracts';
import type { FastifyInstance } from 'fastify';
import type { Platform } from '../../app/platform.js';
import { ContentGate, type TrustLimits } from './content-gate.js';
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
import { isTrustedReporter, type TrustThreshold } from './spam/trust.js';
import { trustFactsOf, type TrustFacts } from './trust-facts.js';

export { ModerationService, compileFilter } from './moderation.service.js';
export { WordFilter, type FilterEntry, type FoundWord } from './word-filter.js';
export { normalizeText, normalizedString, wordKey, type NormalizedText } from './normalize.js';
export { BUILT_IN_LURES } from './lures.js';
export type { ContentScreen, FieldReason, ScreenFields, ScreenOptions, Screened, TrustLimits, WriteFacts } from './content-gate.js';
export type { ContentHolds, HeldContentHandler, HoldInput } from './holds.service.js';
export type { ReportTargets, ReportedTarget } from './reports/report-targets.js';
export { ReportsHandled } from './reports/reports.events.js';
export { ModerationNotice } from './penalties/penalty-notices.js';
export type { TrustFacts } from './trust-facts.js';
export type { TrustThreshold } from './spam/trust.js';
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
  /** A member's upheld flags since `since` and whether a mute or ban is in force (trust levels). */
  trustFacts(memberId: string, since: number): Promise<TrustFacts>;
  /** The trust levels spam detection counts as established and whose reports can hide content (spam settings). */
  trustThreshold(): Promise<TrustThreshold>;
  registerRoutes(app: FastifyInstance): void;
}

export interface ModerationDeps {
  /** Authors of held items, for the queue (members module, bound by the composition root). */
  authorRefs(ids: readonly string[]): Promise<Map<string, AuthorRef>>;
  /** A member's trust level (modules/trust, bound late; staff 4, null when unknown): spam detection and reports. */
  trustLevel(memberId: string): Promise<number | null>;
  /** Trust limits (links, images, posts an hour) the gate applies to writes with an author (modules/trust, bound late). */
  trustLimits: TrustLimits;
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
  const detector = new SpamDetector(platform, spamSettings, spamModel, (id) => deps.trustLevel(id));
  let targets: ReportTargets | null = null;
  const reports = new ReportsService(platform, holds, {
    targets: () => {
      if (!targets) throw new Error('report targets are not bound');
      return targets;
    },
    isEstablished: async (id) => {
      const [level, settings] = await Promise.all([deps.trustLevel(id), spamSettings.get()]);
      return level !== null && isTrustedReporter(level, settings);
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
    screen: new ContentGate(service, detector, deps.trustLimits),
    holds,
    reports,
    bindReportTargets: (bound) => void (targets = bound),
    penalties,
    trustThreshold: async () => {
      const { trustedLevel, reporterLevel } = await spamSettings.get();
      return { trustedLevel, reporterLevel };
    },
    trustFacts: (memberId, since) => trustFactsOf(platform.db, memberId, since, platform.clock.now()),
    registerRoutes: (app) => {
      registerModerationRoutes(app, service, holds);
      registerSpamReportRoutes(app, { settings: spamSettings, model: spamModel, reports });
      registerPenaltyRoutes(app, platform, penalties, appeals);
    },
  };
}
