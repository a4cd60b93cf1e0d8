import { defineRoute } from '../common/index.js';
import { AuditFilter, AuditPage, AuditQuery } from './audit.schemas.js';

const tags = ['audit'] as const;

/** The audit log of moderator and admin actions: filtered pages and a CSV export. */
export const auditRoutes = {
  listAudit: defineRoute({
    method: 'GET',
    path: '/api/admin/audit',
    summary: 'Audit log entries, newest first, filtered by actor, action, target and days',
    tags,
    access: 'admin',
    query: AuditQuery,
    status: 200,
    response: AuditPage,
  }),
  exportAudit: defineRoute({
    method: 'GET',
    path: '/api/admin/audit/export',
    summary: 'The filtered audit log as CSV (streamed, RFC 4180)',
    tags,
    access: 'admin',
    query: AuditFilter,
    status: 200,
    response: null,
    produces: 'text/csv; charset=utf-8',
  }),
} as const;
