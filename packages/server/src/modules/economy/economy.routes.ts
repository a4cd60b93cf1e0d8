import { economyRoutes as r } from '@hearth/contracts';
import type { FastifyInstance } from 'fastify';
import { registerRoute as route } from '../../platform/http/route.js';
import type { EconomySettingsStore } from './economy-settings.js';
import type { PointsAdminService } from './points-admin.service.js';
import type { TipsService } from './tips.service.js';
import type { WalletService } from './wallet.service.js';

export interface EconomyServices {
  wallet: WalletService;
  tips: TipsService;
  points: PointsAdminService;
  settings: EconomySettingsStore;
}

export function registerEconomyRoutes(app: FastifyInstance, s: EconomyServices): void {
  route(app, r.getWallet, ({ actor }) => s.wallet.get(actor));
  route(app, r.walletHistory, ({ actor, query }) => s.wallet.history(actor, query));
  route(app, r.grantPoints, ({ actor, body }) => s.points.adjust(actor, 'grant', body));
  route(app, r.deductPoints, ({ actor, body }) => s.points.adjust(actor, 'deduct', body));
  route(app, r.tip, ({ actor, body }) => s.tips.tip(actor, body));
  route(app, r.tipSummaries, ({ actor, query }) => s.tips.summaries(actor, query.targets));
  route(app, r.tipAllowance, ({ actor }) => s.tips.allowance(actor));
  route(app, r.getEconomySettings, () => s.settings.get());
  route(app, r.updateEconomySettings, ({ body }) => s.settings.update(body));
}
