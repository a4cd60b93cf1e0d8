/**
 * The perks marketplace's public surface (積分商城 / 籌碼兌換): perks listed by the brand and
 * eligible members, redeemed into the ledger's escrow, fulfilled, declined, cancelled,
 * expired or refunded. Nothing else here is importable.
 */
import type { FastifyInstance } from 'fastify';
import { PerkListing } from './perk-listing.service.js';
import { PerkOrders } from './perk-orders.service.js';
import { PerkSettingsStore } from './perk-settings.js';
import { PerkViews } from './perk-views.js';
import type { PerksDeps } from './perks.deps.js';
import { definePerkJobs } from './perks.jobs.js';
import { registerPerkRoutes } from './perks.routes.js';

export type { PerksDeps } from './perks.deps.js';
export { PerkOrderChanged } from './perks.events.js';
export type { PerkListing } from './perk-listing.service.js';
export type { PerkOrders } from './perk-orders.service.js';

export interface PerksModule {
  listing: PerkListing;
  orders: PerkOrders;
  settings: PerkSettingsStore;
  registerRoutes(app: FastifyInstance): void;
}

export function createPerksModule(deps: PerksDeps): PerksModule {
  const settings = new PerkSettingsStore(deps.platform);
  const views = new PerkViews(deps);
  const orders = new PerkOrders(deps, settings, views);
  const listing = new PerkListing(deps, settings, views, orders);
  definePerkJobs(deps.platform, orders);
  const services = { listing, orders, settings };
  return { ...services, registerRoutes: (app) => registerPerkRoutes(app, services) };
}
