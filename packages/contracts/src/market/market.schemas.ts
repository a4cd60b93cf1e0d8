import { z } from 'zod';
import { Amount, Id, IsoTime } from '../common/index.js';
import { AssetView } from '../economy/economy.schemas.js';
import { AuthorRef } from '../posts/posts.schemas.js';

/**
 * Orders between members (掛單): a seller offers `quantity` units of one asset at a whole
 * `price` per unit in another. Per-unit integer pricing keeps every partial fill exact:
 * a fill of k units costs exactly k × price. The unfilled units sit in the ledger's escrow.
 * `open` → `filled` (all units taken), `cancelled` (by the seller, or an admin) or
 * `expired`; the units left go back to the seller.
 */
export const MarketOrderStatus = z.enum(['open', 'filled', 'cancelled', 'expired']);
export type MarketOrderStatus = z.infer<typeof MarketOrderStatus>;

export const MarketOrderBody = z
  .strictObject({
    /** The asset sold (usually a chip). */
    assetId: Id,
    /** The asset paid in (usually points); not the asset sold. */
    priceAssetId: Id,
    quantity: Amount,
    /** Per unit, in the price asset. */
    price: Amount,
    /** Days the order stays open before its rest goes back to the seller. */
    expiresInDays: z.number().int().min(1).max(30).default(7),
  })
  .refine((b) => b.assetId !== b.priceAssetId, { path: ['priceAssetId'], message: 'same_asset' })
  .refine((b) => Number.isSafeInteger(b.quantity * b.price), { path: ['price'], message: 'total_too_big' });
export type MarketOrderBody = z.infer<typeof MarketOrderBody>;

/** A fill: `quantity` units (at most what is left); `price` repeats the price the taker saw. */
export const MarketFillBody = z.strictObject({ quantity: Amount, price: Amount });
export type MarketFillBody = z.infer<typeof MarketFillBody>;

export const MarketOrder = z.object({
  id: Id,
  seller: AuthorRef.nullable(),
  asset: AssetView,
  priceAsset: AssetView,
  price: z.number().int(),
  quantity: z.number().int(),
  remaining: z.number().int(),
  status: MarketOrderStatus,
  expiresAt: IsoTime,
  createdAt: IsoTime,
  closedAt: IsoTime.nullable(),
  /** What the caller may do with it now. */
  can: z.object({ fill: z.boolean(), cancel: z.boolean() }),
});
export type MarketOrder = z.infer<typeof MarketOrder>;

/** One fill (成交): the taker paid `total` = quantity × price to the seller and got the units. */
export const MarketFill = z.object({
  id: Id,
  orderId: Id,
  seller: AuthorRef.nullable(),
  taker: AuthorRef.nullable(),
  asset: AssetView,
  priceAsset: AssetView,
  quantity: z.number().int(),
  price: z.number().int(),
  total: z.number().int(),
  createdAt: IsoTime,
});
export type MarketFill = z.infer<typeof MarketFill>;

export const MarketFillResult = z.object({ order: MarketOrder, fill: MarketFill });
export type MarketFillResult = z.infer<typeof MarketFillResult>;

export const MarketOrderListQuery = z.object({
  /** Open orders selling this asset (the order book); with `mine`, every order of the caller. */
  assetId: Id.optional(),
  priceAssetId: Id.optional(),
  mine: z.enum(['true', 'false']).default('false'),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type MarketOrderListQuery = z.infer<typeof MarketOrderListQuery>;

export const MarketOrderList = z.object({ items: z.array(MarketOrder) });
export type MarketOrderList = z.infer<typeof MarketOrderList>;

export const MarketFillListQuery = z.object({
  assetId: Id.optional(),
  /** `true`: the caller's own fills (as seller or taker), every asset. */
  mine: z.enum(['true', 'false']).default('false'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export const MarketFillList = z.object({ items: z.array(MarketFill) });
export type MarketFillList = z.infer<typeof MarketFillList>;

/**
 * The owner's safeguards. `priceBandPercent`: a new order's price must be within ±this % of
 * the median of the last `bandFills` fills of its pair (no fills yet: no band; null: off).
 * Daily volume: units of one asset a member may buy or post for sale per UTC day.
 * Minimum trust (until trust levels land): tier rank and days since joining.
 */
export const MarketSettings = z.object({
  priceBandPercent: z.number().int().min(1).max(1000).nullable(),
  bandFills: z.number().int().min(1).max(500),
  dailyVolumeCap: Amount.nullable(),
  maxOpenOrders: z.number().int().min(1).max(1000),
  minTierRank: z.number().int().min(0).max(1000),
  minAccountAgeDays: z.number().int().min(0).max(3650),
});
export type MarketSettings = z.infer<typeof MarketSettings>;
export const MarketSettingsPatch = MarketSettings.partial().strict();
export type MarketSettingsPatch = z.infer<typeof MarketSettingsPatch>;

/** One tradable asset on the market page, with its book's depth and last price. */
export const MarketAssetSummary = z.object({
  asset: AssetView,
  openOrders: z.number().int(),
  unitsOffered: z.number().int(),
  /** The last fill's price per unit and its price asset; null before the first fill. */
  lastPrice: z.number().int().nullable(),
  lastPriceAsset: AssetView.nullable(),
});
export const MarketOverview = z.object({
  assets: z.array(MarketAssetSummary),
  /** Assets the caller may pay with or sell (held, not frozen), for the dialogs. */
  myAssets: z.array(z.object({ asset: AssetView, balance: z.number().int() })),
  /** Why the caller may not trade, or null. */
  refusal: z.string().nullable(),
  settings: MarketSettings,
});
export type MarketOverview = z.infer<typeof MarketOverview>;
