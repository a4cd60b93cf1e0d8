/**
 * The economy module's public surface: the wallet (籌碼包), tips (打賞), owners' grants
 * and deductions of points, and personal and brand chips, all built on the ledger's service.
 */
import type { FastifyInstance } from 'fastify';
import type { Tx } from '../../db/database.js';
import { importActivity, type ImportedActivity } from './economy-import.js';
import type { EconomyDeps } from './economy.deps.js';
import { EconomySettingsStore } from './economy-settings.js';
import { createEarning } from './earning/index.js';
import { registerEconomyRoutes } from './economy.routes.js';
import { PointsAdminService } from './points-admin.service.js';
import { TipsService } from './tips.service.js';
import { WalletService } from './wallet.service.js';
import { ChipIssuanceService } from './chips/chip-issuance.service.js';
import { ChipMovementsService } from './chips/chip-movements.service.js';
import { ChipPagesService } from './chips/chip-pages.service.js';
import { registerChipRoutes, type ChipServices } from './chips/chips.routes.js';
import { createBadges } from './badges/index.js';
import { createLeaderboards } from './leaderboards/index.js';

export type { EconomyDeps } from './economy.deps.js';
export type { ImportedActivity } from './economy-import.js';
export { TipSent } from './economy.events.js';
export { LevelReached, PointsExpiring } from './earning/index.js';
export { ChipReceived, ChipRequestDecided } from './chips/chips.events.js';
export { BadgeAwarded } from './badges/index.js';
export type { TipsService } from './tips.service.js';

export interface EconomyModule {
  tips: TipsService;
  points: PointsAdminService;
  wallet: WalletService;
  /** Earning rules, check-in, levels and expiry. */
  earning: ReturnType<typeof createEarning>;
  chips: ChipServices;
  /** Badges (rule and manual) and leaderboards. */
  badges: ReturnType<typeof createBadges>;
  leaderboards: ReturnType<typeof createLeaderboards>;
  /** Writes grants and tips written elsewhere (demo content) inside the caller's transaction. */
  importActivity(tx: Tx, activity: ImportedActivity): Promise<void>;
  registerRoutes(app: FastifyInstance): void;
}

export function createEconomyModule(deps: EconomyDeps): EconomyModule {
  const settings = new EconomySettingsStore(deps.platform);
  const services = {
    wallet: new WalletService(deps),
    tips: new TipsService(deps, settings),
    points: new PointsAdminService(deps),
    settings,
  };
  const earning = createEarning(deps);
  const badges = createBadges(deps);
  const leaderboards = createLeaderboards(deps, earning.settings);
  const chips: ChipServices = {
    issuance: new ChipIssuanceService(deps),
    movements: new ChipMovementsService(deps),
    pages: new ChipPagesService(deps),
  };
  return {
    ...services,
    earning,
    chips,
    badges,
    leaderboards,
    importActivity: (tx, activity) => importActivity(deps, tx, activity),
    registerRoutes: (app) => {
      registerEconomyRoutes(app, services);
      earning.registerRoutes(app);
      registerChipRoutes(app, chips);
      badges.registerRoutes(app);
      leaderboards.registerRoutes(app);
    },
  };
}
