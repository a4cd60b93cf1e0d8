import type { MarketFillList, MarketOrderList, MarketOverview } from '@hearth/contracts';
import type { Actor } from '../../platform/http/actor.js';
import type { MarketDeps } from './market.deps.js';
import type { MarketOrders } from './market-orders.service.js';
import { bookDepth, lastFills, listFills, openOrdersOf, ordersOfSeller } from './market.repository.js';
import type { MarketSettingsStore } from './market-settings.js';
import type { MarketViews } from './market-views.js';

/** What the market pages read: the assets with their books, an asset's book and fills, the caller's own. */
export class MarketPages {
  constructor(
    private readonly deps: MarketDeps,
    private readonly settings: MarketSettingsStore,
    private readonly views: MarketViews,
    private readonly orders: MarketOrders,
  ) {}

  /** Every asset not frozen, those with open orders first; the caller's balances; why they may not trade. */
  async overview(actor: Actor): Promise<MarketOverview> {
    const { ledger, platform } = this.deps;
    const db = platform.db;
    const assets = (await ledger.stats.allAssets(db)).filter((a) => !a.frozen);
    const views = await this.views.assets(assets);
    const depth = await bookDepth(db);
    const last = await lastFills(
      db,
      assets.map((a) => a.id),
    );
    const summaries = assets.map((a) => {
      const fill = last.get(a.id);
      return {
        asset: views.get(a.id)!,
        openOrders: depth.get(a.id)?.orders ?? 0,
        unitsOffered: depth.get(a.id)?.units ?? 0,
        lastPrice: fill?.price ?? null,
        lastPriceAsset: fill ? (views.get(fill.priceAssetId) ?? null) : null,
      };
    });
    summaries.sort((x, y) => y.openOrders - x.openOrders || x.asset.code.localeCompare(y.asset.code));
    const wallets = (await ledger.walletsOf(db, actor.memberId)).filter(
      (w) => !w.asset.frozen && !w.account.frozen && (w.account.balance > 0 || w.asset.kind === 'points'),
    );
    const walletViews = await this.views.assets(wallets.map((w) => w.asset));
    return {
      assets: summaries,
      myAssets: wallets.map((w) => ({ asset: walletViews.get(w.asset.id)!, balance: w.account.balance })),
      refusal: await this.orders.whyNot(actor),
      settings: await this.settings.get(),
    };
  }

  /** An asset's open orders (the book), or with `mine` every order of the caller. */
  async listOrders(
    actor: Actor,
    query: { assetId?: string | undefined; priceAssetId?: string | undefined; mine: 'true' | 'false'; limit: number },
  ): Promise<MarketOrderList> {
    const db = this.deps.platform.db;
    if (query.mine === 'true') return { items: await this.views.orders(actor, await ordersOfSeller(db, actor.memberId, query.limit)) };
    if (!query.assetId) return { items: [] };
    await this.deps.ledger.getAsset(db, query.assetId);
    const now = this.deps.platform.clock.now();
    const rows = (await openOrdersOf(db, query.assetId, query.priceAssetId, query.limit)).filter((r) => r.expiresAt > now);
    return { items: await this.views.orders(actor, rows) };
  }

  /** Recent fills of an asset, or the caller's own (as seller or taker). */
  async listFills(actor: Actor, query: { assetId?: string | undefined; mine: 'true' | 'false'; limit: number }): Promise<MarketFillList> {
    const db = this.deps.platform.db;
    const filter = query.mine === 'true' ? { memberId: actor.memberId } : query.assetId ? { assetId: query.assetId } : null;
    if (!filter) return { items: [] };
    return { items: await this.views.fills(await listFills(db, filter, query.limit)) };
  }
}
