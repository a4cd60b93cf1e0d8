/** The member market's tables (migration 0026; modules/market). Amounts are integers, as in the ledger. */

export interface MarketOrderTable {
  id: string;
  sellerId: string | null;
  assetId: string;
  priceAssetId: string;
  /** Per unit, in the price asset. */
  price: number;
  quantity: number;
  /** Units not yet taken; while open, exactly what its hold keeps in escrow. */
  remaining: number;
  holdId: string | null;
  status: 'open' | 'filled' | 'cancelled' | 'expired';
  expiresAt: number;
  createdAt: number;
  closedAt: number | null;
  /** Who cancelled (the seller or an admin), `system` for expiry; null while open or when filled. */
  closedBy: string | null;
}

export interface MarketFillTable {
  id: string;
  orderId: string;
  sellerId: string | null;
  takerId: string | null;
  assetId: string;
  priceAssetId: string;
  quantity: number;
  price: number;
  createdAt: number;
}

export interface MarketSettingsTable {
  id: number;
  priceBandPercent: number | null;
  bandFills: number;
  dailyVolumeCap: number | null;
  maxOpenOrders: number;
  minTierRank: number;
  minAccountAgeDays: number;
  updatedAt: number;
}

export interface MarketTables {
  marketOrder: MarketOrderTable;
  marketFill: MarketFillTable;
  marketSettings: MarketSettingsTable;
}
