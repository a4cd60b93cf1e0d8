import { z } from 'zod';
import { defineRoute, Id, PageQuery } from '../common/index.js';
import { CreateReportBody, Report, ReportGroupPage, ReportTargetKind, ResolveReportsBody, ResolveReportsResult } from './report.schemas.js';
import { SpamModelStatus, SpamSettings, UpdateSpamSettingsBody } from './spam.schemas.js';

const tags = ['moderation'] as const;
const targetParams = z.object({ kind: ReportTargetKind, id: Id });

/** Ad/spam detection settings and the learned model; member reports and their side of the review queue. */
export const spamReportRoutes = {
  getSpamSettings: defineRoute({
    method: 'GET',
    path: '/api/admin/moderation/spam',
    summary: 'Spam detection: thresholds, the trust threshold and reports that hide content',
    tags,
    access: 'moderator',
    status: 200,
    response: SpamSettings,
  }),
  updateSpamSettings: defineRoute({
    method: 'PATCH',
    path: '/api/admin/moderation/spam',
    summary: 'Change spam detection thresholds (block above hold)',
    tags,
    access: 'admin',
    body: UpdateSpamSettingsBody,
    status: 200,
    response: SpamSettings,
  }),
  getSpamModel: defineRoute({
    method: 'GET',
    path: '/api/admin/moderation/spam/model',
    summary: "The spam classifier: how many of this community's decisions it learned from, and when",
    tags,
    access: 'moderator',
    status: 200,
    response: SpamModelStatus,
  }),
  retrainSpamModel: defineRoute({
    method: 'POST',
    path: '/api/admin/moderation/spam/model/retrain',
    summary: 'Retrain the spam classifier now from the seed and the review decisions',
    tags,
    access: 'admin',
    body: z.object({}).strict().optional(),
    status: 200,
    response: SpamModelStatus,
  }),
  createReport: defineRoute({
    method: 'POST',
    path: '/api/reports',
    summary: 'Report a thread, reply, chat message, DM or profile to the moderators (once per target)',
    tags,
    access: 'member',
    body: CreateReportBody,
    status: 201,
    response: Report,
  }),
  listReports: defineRoute({
    method: 'GET',
    path: '/api/moderation/reports',
    summary: 'Open reports grouped per target, oldest first, with counts, reasons and notes',
    tags,
    access: 'moderator',
    query: PageQuery,
    status: 200,
    response: ReportGroupPage,
  }),
  resolveReports: defineRoute({
    method: 'POST',
    path: '/api/moderation/reports/:kind/:id/resolve',
    summary: "Handle a target's open reports: dismiss, uphold, or remove the content; reporters are told",
    tags,
    access: 'moderator',
    params: targetParams,
    body: ResolveReportsBody,
    status: 200,
    response: ResolveReportsResult,
  }),
} as const;
