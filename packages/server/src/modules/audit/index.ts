/**
 * The audit module's public surface: admins read and export the log of moderator and admin
 * actions. Modules write it through `platform.audit.record` (platform/audit), in the
 * transaction of each action.
 */
import { auditRoutes as r, type AuthorRef } from '@hearth/contracts';
import type { FastifyInstance } from 'fastify';
import type { Platform } from '../../app/platform.js';
import { registerRoute } from '../../platform/http/route.js';
import { AuditService } from './audit.service.js';

export { AuditService } from './audit.service.js';

export interface AuditModule {
  service: AuditService;
  registerRoutes(app: FastifyInstance): void;
}

export function createAuditModule(platform: Platform, refs: (ids: readonly string[]) => Promise<Map<string, AuthorRef>>): AuditModule {
  const service = new AuditService(platform, refs);
  return {
    service,
    registerRoutes: (app) => {
      registerRoute(app, r.listAudit, async ({ query }) => {
        const { cursor, limit, ...filter } = query;
        return service.list(filter, { cursor, limit });
      });
      registerRoute(app, r.exportAudit, async ({ query, reply }) => {
        reply.header('content-disposition', 'attachment; filename="hearth-audit.csv"');
        // A stream: the export is read in batches while the client downloads it.
        return service.exportCsv(query);
      });
    },
  };
}
