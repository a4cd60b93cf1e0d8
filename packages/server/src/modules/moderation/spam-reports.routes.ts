import { spamReportRoutes as r } from '@hearth/contracts';
import type { FastifyInstance } from 'fastify';
import { registerRoute } from '../../platform/http/route.js';
import type { ReportsService } from './reports/reports.service.js';
import type { SpamModelStore } from './spam/spam-model.js';
import type { SpamSettingsStore } from './spam/spam-settings.js';

/** Reporting is also bounded per member in the service; this bounds a flood from one address. */
const REPORT_LIMIT = { max: 20, windowMs: 60_000 };
const RETRAIN_LIMIT = { max: 6, windowMs: 60_000 };

/** Spam detection settings, the classifier, and member reports. Thin: contract → service → contract. */
export function registerSpamReportRoutes(
  app: FastifyInstance,
  services: { settings: SpamSettingsStore; model: SpamModelStore; reports: ReportsService },
): void {
  const { settings, model, reports } = services;
  registerRoute(app, r.getSpamSettings, async () => settings.get());
  registerRoute(app, r.updateSpamSettings, async ({ actor, body }) => settings.update(actor, body));
  registerRoute(app, r.getSpamModel, async () => model.status());
  registerRoute(app, r.retrainSpamModel, async () => model.retrain(), { rateLimit: RETRAIN_LIMIT });
  registerRoute(app, r.createReport, async ({ actor, body }) => reports.create(actor, body), { rateLimit: REPORT_LIMIT });
  registerRoute(app, r.listReports, async ({ query }) => reports.groups(query));
  registerRoute(app, r.resolveReports, async ({ actor, params, body }) => reports.resolve(actor, params.kind, params.id, body));
}
