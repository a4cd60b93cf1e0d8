/**
 * The member market's public surface (掛單 / 成交): fixed-price orders between members, fully
 * escrowed in the ledger, filled wholly or partly, cancelled or expired with the rest
 * returned; guarded by the owner's safeguards. Nothing else here is importable.
 */
import type { FastifyInstance } from 'fastify';
import type { MarketDeps } from './market.deps.js';
import { defineMarketJobs } from './market.jobs.js';
import { MarketOrders } from './market-orders.service.js';
import { MarketPages } from './market-pages.service.js';
import { registerMarketRoutes } from './market.routes.js';
import { MarketSettingsStore } from './market-settings.js';
import { MarketViews } from './market-views.js';

export type { MarketDeps } from './market.deps.js';
export { MarketOrderFilled } from './market.events.js';

export interface MarketModule {
  orders: MarketOrders;
  pages: MarketPages;
  settings: MarketSettingsStore;
  registerRoutes(app: FastifyInstance): void;
}

export function createMarketModule(deps: MarketDeps): MarketModule {
  const settings = new MarketSettingsStore(deps.platform);
  const views = new MarketViews(deps);
  const orders = new MarketOrders(deps, settings, views);
  const pages = new MarketPages(deps, settings, views, orders);
  defineMarketJobs(deps.platform, orders);
  const services = { orders, pages, settings };
  return { ...services, registerRoutes: (app) => registerMarketRoutes(app, services) };
}
