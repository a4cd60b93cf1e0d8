/** The perks marketplace's tables (migration 0020; modules/perks). Prices are integers, as in the ledger. */

export interface PerkTable {
  id: string;
  sellerKind: 'brand' | 'member';
  /** The selling member; null for brand perks. */
  sellerId: string | null;
  createdBy: string | null;
  title: string;
  description: string;
  descriptionHtml: string;
  kind: 'goods' | 'download' | 'call' | 'shoutout' | 'event_seat' | 'course_unlock' | 'tier_upgrade';
  assetId: string;
  price: number;
  /** Null (with stockLeft) for unlimited. */
  stockTotal: number | null;
  /** Units neither held by an open order nor delivered. */
  stockLeft: number | null;
  perMemberLimit: number | null;
  startsAt: number | null;
  endsAt: number | null;
  imageUrl: string | null;
  tierId: string | null;
  status: 'active' | 'paused' | 'archived';
  fulfilledCount: number;
  createdAt: number;
  updatedAt: number;
}

export interface PerkOrderTable {
  id: string;
  perkId: string;
  buyerId: string | null;
  sellerKind: 'brand' | 'member';
  sellerId: string | null;
  assetId: string;
  price: number;
  /** The ledger hold that keeps the price in escrow. */
  holdId: string;
  status: 'held' | 'fulfilled' | 'declined' | 'cancelled' | 'expired' | 'refunded';
  buyerNote: string | null;
  fulfilmentCode: string | null;
  fulfilmentNote: string | null;
  fulfilmentUrl: string | null;
  declineReason: string | null;
  refundReason: string | null;
  settleTransferId: string | null;
  refundTransferId: string | null;
  /** Who fulfilled, declined, cancelled or refunded (`system` for expiry and self-fulfilling perks). */
  resolvedBy: string | null;
  expiresAt: number;
  disputeUntil: number | null;
  createdAt: number;
  resolvedAt: number | null;
}

export interface PerkSettingsTable {
  id: number;
  sellerMinTierRank: number | null;
  holdDays: number;
  disputeDays: number;
  updatedAt: number;
}

export interface PerkTables {
  perk: PerkTable;
  perkOrder: PerkOrderTable;
  perkSettings: PerkSettingsTable;
}
