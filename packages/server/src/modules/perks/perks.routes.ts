import { perkRoutes as r } from '@hearth/contracts';
import type { FastifyInstance } from 'fastify';
import { registerRoute as route } from '../../platform/http/route.js';
import type { PerkListing } from './perk-listing.service.js';
import type { PerkOrders } from './perk-orders.service.js';
import type { PerkSettingsStore } from './perk-settings.js';

export interface PerkServices {
  listing: PerkListing;
  orders: PerkOrders;
  settings: PerkSettingsStore;
}

export function registerPerkRoutes(app: FastifyInstance, s: PerkServices): void {
  route(app, r.listPerks, ({ actor, query }) => s.listing.list(actor, query));
  route(app, r.perkSellerInfo, ({ actor }) => s.listing.sellerInfo(actor));
  route(app, r.getPerk, ({ actor, params }) => s.listing.get(actor, params.id));
  route(app, r.createPerk, ({ actor, body }) => s.listing.create(actor, body));
  route(app, r.updatePerk, ({ actor, params, body }) => s.listing.update(actor, params.id, body));
  route(app, r.redeemPerk, ({ actor, params, body }) => s.orders.redeem(actor, params.id, body));
  route(app, r.listPerkOrders, ({ actor, query }) => s.orders.list(actor, query));
  route(app, r.getPerkOrder, ({ actor, params }) => s.orders.get(actor, params.id));
  route(app, r.fulfilPerkOrder, ({ actor, params, body }) => s.orders.fulfil(actor, params.id, body));
  route(app, r.declinePerkOrder, ({ actor, params, body }) => s.orders.decline(actor, params.id, body.reason));
  route(app, r.cancelPerkOrder, ({ actor, params }) => s.orders.cancel(actor, params.id));
  route(app, r.refundPerkOrder, ({ actor, params, body }) => s.orders.refund(actor, params.id, body.reason));
  route(app, r.getPerkSettings, () => s.settings.get());
  route(app, r.updatePerkSettings, ({ actor, body }) => s.settings.update(actor.memberId, body));
}
