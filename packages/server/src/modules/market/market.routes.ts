import { marketRoutes as r } from '@hearth/contracts';
import type { FastifyInstance } from 'fastify';
import { registerRoute as route } from '../../platform/http/route.js';
import type { MarketOrders } from './market-orders.service.js';
import type { MarketPages } from './market-pages.service.js';
import type { MarketSettingsStore } from './market-settings.js';

export interface MarketServices {
  orders: MarketOrders;
  pages: MarketPages;
  settings: MarketSettingsStore;
}

export function registerMarketRoutes(app: FastifyInstance, s: MarketServices): void {
  route(app, r.marketOverview, ({ actor }) => s.pages.overview(actor));
  route(app, r.listMarketOrders, ({ actor, query }) => s.pages.listOrders(actor, query));
  route(app, r.listMarketFills, ({ actor, query }) => s.pages.listFills(actor, query));
  route(app, r.createMarketOrder, ({ actor, body }) => s.orders.create(actor, body));
  route(app, r.fillMarketOrder, ({ actor, params, body }) => s.orders.fill(actor, params.id, body));
  route(app, r.cancelMarketOrder, ({ actor, params }) => s.orders.cancel(actor, params.id));
  route(app, r.getMarketSettings, () => s.settings.get());
  route(app, r.updateMarketSettings, ({ actor, body }) => s.settings.update(actor.memberId, body));
}
