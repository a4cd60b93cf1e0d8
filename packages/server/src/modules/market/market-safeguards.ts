import type { MarketSettings } from '@hearth/contracts';
import type { DbOrTx } from '../../db/database.js';
import { DAY_MS } from '../../platform/clock.js';
import { AppError } from '../../platform/errors/app-error.js';
import { countOpenOrders, recentPrices, volumeSince } from './market.repository.js';

/** Refusals by the state of an order (409) or by the rules and the people (422). */
const STATUS: Record<string, 403 | 409 | 422> = {
  market_order_closed: 409,
  market_order_expired: 409,
  market_order_short: 409,
  market_price_changed: 409,
  market_order_not_yours: 403,
};
// The figures also ride in the problem body, so a client can show the allowed range or what is left.
export const marketRefusal = (code: string, params?: Record<string, string | number>) =>
  new AppError(code, STATUS[code] ?? 422, params, undefined, params);

/** The median of whole numbers (the lower middle one for an even count, so it stays whole). */
export function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/**
 * Price band: a new order's price per unit must lie within ±percent of the median of the
 * pair's last fills, so one order cannot set a wild price that later fills lean on. No
 * fills yet: no band (the first trades find the price).
 * @throws market_price_out_of_band (422) with the allowed range
 */
export async function assertInBand(db: DbOrTx, settings: MarketSettings, assetId: string, priceAssetId: string, price: number) {
  if (settings.priceBandPercent === null) return;
  const prices = await recentPrices(db, assetId, priceAssetId, settings.bandFills);
  if (prices.length === 0) return;
  const median = medianOf(prices);
  const low = Math.max(1, Math.ceil((median * (100 - settings.priceBandPercent)) / 100));
  const high = Math.floor((median * (100 + settings.priceBandPercent)) / 100);
  if (price < low || price > high) throw marketRefusal('market_price_out_of_band', { low, high, median });
}

/** Start of the UTC day `now` falls in. */
export const dayStart = (now: number) => Math.floor(now / DAY_MS) * DAY_MS;

/** Daily volume: units of the asset bought or posted for sale today, plus `adding`, within the cap. @throws market_daily_volume_reached (422) */
export async function assertVolume(db: DbOrTx, settings: MarketSettings, memberId: string, assetId: string, adding: number, now: number) {
  if (settings.dailyVolumeCap === null) return;
  const used = await volumeSince(db, memberId, assetId, dayStart(now));
  if (used + adding > settings.dailyVolumeCap) {
    throw marketRefusal('market_daily_volume_reached', {
      cap: settings.dailyVolumeCap,
      remaining: Math.max(settings.dailyVolumeCap - used, 0),
    });
  }
}

/** Open-order cap per member. @throws market_open_orders_reached (422) */
export async function assertOpenOrders(db: DbOrTx, settings: MarketSettings, sellerId: string) {
  if ((await countOpenOrders(db, sellerId)) >= settings.maxOpenOrders) {
    throw marketRefusal('market_open_orders_reached', { max: settings.maxOpenOrders });
  }
}
