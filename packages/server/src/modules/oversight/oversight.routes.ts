import { oversightRoutes as r } from '@hearth/contracts';
import type { FastifyInstance } from 'fastify';
import { registerRoute as route } from '../../platform/http/route.js';
import type { OversightConsoleService } from './oversight.console.service.js';
import type { OversightFlagsService } from './oversight.flags.service.js';
import type { OversightTransparencyService } from './oversight.transparency.service.js';

export interface OversightServices {
  console: OversightConsoleService;
  flags: OversightFlagsService;
  transparency: OversightTransparencyService;
}

export function registerOversightRoutes(app: FastifyInstance, s: OversightServices): void {
  route(app, r.economyOverview, () => s.console.overview());
  route(app, r.economyFlows, ({ query }) => s.console.flows(query.assetId, query.days));
  route(app, r.economyVerify, ({ actor }) => s.console.verify(actor));
  route(app, r.freezeWallet, ({ actor, body }) => s.console.freezeWallet(actor, body));
  route(app, r.getConsoleTransfer, ({ params }) => s.console.transfer(params.transferId));
  route(app, r.reverseTransfer, ({ actor, params, body }) => s.console.reverse(actor, params.transferId, body.reason));
  route(app, r.listEconomyFlags, ({ query }) => s.flags.list(query));
  route(app, r.decideEconomyFlag, ({ actor, params, body }) => s.flags.decide(actor, params.flagId, body));
  route(app, r.scanEconomyFlags, () => s.flags.scan());
  route(app, r.getTransparencySettings, () => s.transparency.settings());
  route(app, r.updateTransparencySettings, ({ actor, body }) => s.transparency.update(actor, body));
  route(app, r.transparency, ({ actor }) => s.transparency.page(actor));
  route(app, r.verifyMyWallet, ({ actor }) => s.transparency.verifyWallet(actor));
}
