/**
 * The ledger module's public surface: every point and chip and every movement of one
 * (ARCHITECTURE "The ledger"). Other modules (points rules, tips, chips, perks, orders)
 * call the service inside their own transactions; nothing else here is importable.
 */
import type { FastifyInstance } from 'fastify';
import type { Platform } from '../../app/platform.js';
import { registerChainFunction } from './ledger.chain.js';
import { registerLedgerRoutes } from './ledger.routes.js';
import { LedgerService } from './ledger.service.js';

export { LedgerService } from './ledger.service.js';
export type { AssetStats, LedgerStats } from './ledger.stats.js';
export type { AssetCirculation, ChainCheck, LedgerConsole, MemberFlow, TransferDetail } from './ledger.console.js';
export type { ReleaseOptions, SettleOptions } from './ledger.holds.js';
export {
  MAX_AMOUNT,
  SYSTEM_INITIATOR,
  type Account,
  type AccountRef,
  type Asset,
  type BurnInput,
  type Hold,
  type HoldInput,
  type MintInput,
  type NewAssetInput,
  type Transfer,
  type TransferInput,
  type TransferMeta,
} from './ledger.types.js';

export interface LedgerModule {
  service: LedgerService;
  registerRoutes(app: FastifyInstance): void;
}

export function createLedgerModule(platform: Platform): LedgerModule {
  registerChainFunction(platform.dbHandle);
  const service = new LedgerService(platform);
  return { service, registerRoutes: (app) => registerLedgerRoutes(app, service) };
}
