import { chipRoutes as r } from '@hearth/contracts';
import type { FastifyInstance } from 'fastify';
import { registerRoute as route } from '../../../platform/http/route.js';
import type { ChipIssuanceService } from './chip-issuance.service.js';
import type { ChipMovementsService } from './chip-movements.service.js';
import type { ChipPagesService } from './chip-pages.service.js';

export interface ChipServices {
  issuance: ChipIssuanceService;
  movements: ChipMovementsService;
  pages: ChipPagesService;
}

export function registerChipRoutes(app: FastifyInstance, s: ChipServices): void {
  route(app, r.listAssets, ({ query }) => s.pages.list(query));
  route(app, r.getAsset, ({ actor, params }) => s.pages.detail(actor, params.code));
  route(app, r.chipEligibility, ({ actor }) => s.issuance.eligibility(actor));
  route(app, r.issueChip, ({ actor, body }) => s.issuance.issue(actor, body));
  route(app, r.issueBrandChip, ({ actor, body }) => s.issuance.issueBrand(actor, body));
  route(app, r.mintChip, ({ actor, params, body }) => s.movements.mint(actor, params.assetId, body));
  route(app, r.giveChip, ({ actor, params, body }) => s.movements.give(actor, params.assetId, body));
  route(app, r.airdropChip, ({ actor, params, body }) => s.movements.airdrop(actor, params.assetId, body));
  route(app, r.freezeChip, async ({ actor, params, body }) => {
    await s.movements.setFrozen(actor, params.assetId, true, body.reason);
    return s.pages.detailById(actor, params.assetId);
  });
  route(app, r.unfreezeChip, async ({ actor, params, body }) => {
    await s.movements.setFrozen(actor, params.assetId, false, body.reason);
    return s.pages.detailById(actor, params.assetId);
  });
  route(app, r.getChipSettings, () => s.issuance.settings());
  route(app, r.updateChipSettings, ({ body }) => s.issuance.updateSettings(body));
  route(app, r.listChipRequests, ({ query }) => s.issuance.listRequests(query));
  route(app, r.approveChipRequest, ({ actor, params, body }) => s.issuance.approve(actor, params.requestId, body.reason));
  route(app, r.declineChipRequest, ({ actor, params, body }) => s.issuance.decline(actor, params.requestId, body.reason));
}
