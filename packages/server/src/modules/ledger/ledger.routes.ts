import { ledgerRoutes as r } from '@hearth/contracts';
import type { FastifyInstance } from 'fastify';
import { registerRoute } from '../../platform/http/route.js';
import type { LedgerService } from './ledger.service.js';

/** The ledger's own routes (owners and admins); the economy's member routes build on the service. */
export function registerLedgerRoutes(app: FastifyInstance, ledger: LedgerService): void {
  registerRoute(app, r.ledgerAudit, async () => ledger.audit());
}
