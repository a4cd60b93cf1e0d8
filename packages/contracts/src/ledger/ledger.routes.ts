import { defineRoute } from '../common/index.js';
import { LedgerAudit } from './ledger.schemas.js';

const tags = ['ledger'] as const;

export const ledgerRoutes = {
  ledgerAudit: defineRoute({
    method: 'GET',
    path: '/api/admin/ledger/audit',
    summary: 'Recompute every balance from the transfers and verify zero sums, floors, caps, escrow and the hash chains',
    tags,
    access: 'admin',
    status: 200,
    response: LedgerAudit,
  }),
};
