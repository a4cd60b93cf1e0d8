/**
 * The economy module's public surface: the wallet (籌碼包), tips (打賞) and owners' grants
 * and deductions of points, all built on the ledger's service.
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

export type { EconomyDeps } from './economy.deps.js';
export type { ImportedActivity } from './economy-import.js';
export { TipSent } from './economy.events.js';
export { LevelReached, PointsExpiring } from './earning/index.js';
export type { TipsService } from './tips.service.js';

export interface EconomyModule {
  tips: TipsService;
  points: PointsAdminService;
  wallet: WalletService;
  /** Earning rules, check-in, levels and expiry. */
  earning: ReturnType<typeof createEarning>;
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
  return {
    ...services,
    earning,
    importActivity: (tx, activity) => importActivity(deps, tx, activity),
    registerRoutes: (app) => {
      registerEconomyRoutes(app, services);
      earning.registerRoutes(app);
    },
  };
}
