import { sql } from 'kysely';
import type { DbOrTx } from '../../db/database.js';
import type { PerkOrderTable, PerkTable } from '../../db/schema/perk-tables.js';
import { olderThan, type Keyset } from '../../platform/pagination.js';

export type PerkRow = PerkTable;
export type PerkOrderRow = PerkOrderTable;
export type OrderStatus = PerkOrderRow['status'];

/** Orders that count against stock and per-member limits: open, or delivered. */
export const ACTIVE_ORDER_STATUSES: readonly OrderStatus[] = ['held', 'fulfilled'];

export async function insertPerk(db: DbOrTx, row: PerkRow): Promise<void> {
  await db.insertInto('perk').values(row).execute();
}

export async function findPerk(db: DbOrTx, id: string): Promise<PerkRow | undefined> {
  return db.selectFrom('perk').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updatePerkRow(db: DbOrTx, id: string, patch: Partial<PerkRow>): Promise<void> {
  await db.updateTable('perk').set(patch).where('id', '=', id).execute();
}

/**
 * Changes the stock total, moving what is left by the same difference, unless that would
 * take it below zero (units held or delivered cannot be un-sold). One statement, so a
 * concurrent redemption cannot slip between the read and the write. False when refused.
 */
export async function setStock(db: DbOrTx, id: string, total: number | null, now: number): Promise<boolean> {
  if (total === null) {
    await db.updateTable('perk').set({ stockTotal: null, stockLeft: null, updatedAt: now }).where('id', '=', id).execute();
    return true;
  }
  const result = await db
    .updateTable('perk')
    .set({
      // Unlimited before: everything active counts as used.
      stockLeft: sql<number>`case when stock_total is null then ${total} - (select count(*) from perk_order o where o.perk_id = perk.id and o.status in ('held','fulfilled')) else stock_left + ${total} - stock_total end`,
      stockTotal: total,
      updatedAt: now,
    })
    .where('id', '=', id)
    .where(
      sql<boolean>`(case when stock_total is null then ${total} - (select count(*) from perk_order o where o.perk_id = perk.id and o.status in ('held','fulfilled')) else stock_left + ${total} - stock_total end) >= 0`,
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * Reserves one unit: stock left goes down by one (unlimited stays unlimited: null − 1 is
 * null), only while the perk is active and not sold out. The row lock this takes (on
 * PostgreSQL) also serialises the per-member limit check that follows. False when refused.
 */
export async function reserveUnit(db: DbOrTx, id: string): Promise<boolean> {
  const result = await db
    .updateTable('perk')
    .set({ stockLeft: sql<number>`stock_left - 1` })
    .where('id', '=', id)
    .where('status', '=', 'active')
    .where((eb) => eb.or([eb('stockLeft', 'is', null), eb('stockLeft', '>', 0)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Puts a released unit back (declined, cancelled, expired orders). */
export async function restoreUnit(db: DbOrTx, id: string): Promise<void> {
  await db
    .updateTable('perk')
    .set({ stockLeft: sql<number>`stock_left + 1` })
    .where('id', '=', id)
    .where('stockLeft', 'is not', null)
    .execute();
}

export async function countFulfilled(db: DbOrTx, id: string): Promise<void> {
  await db
    .updateTable('perk')
    .set({ fulfilledCount: sql<number>`fulfilled_count + 1` })
    .where('id', '=', id)
    .execute();
}

export interface PerkFilter {
  kind?: PerkRow['kind'] | undefined;
  assetId?: string | undefined;
  /** Brand perks only (`brand`), one member's, or none. */
  seller?: { type: 'brand' } | { type: 'member'; id: string } | undefined;
  /** Managed view: the caller's own perks (and the brand's for admins), every status. */
  managedBy?: { memberId: string; includeBrand: boolean } | undefined;
  hiddenSellerIds: readonly string[];
  now: number;
}

/** A page of perks, newest first. Browsing sees active perks whose window has not ended. */
export async function listPerks(db: DbOrTx, filter: PerkFilter, cursor: Keyset | null, limit: number): Promise<PerkRow[]> {
  let query = db.selectFrom('perk').selectAll();
  if (filter.managedBy) {
    const { memberId, includeBrand } = filter.managedBy;
    query = query.where((eb) =>
      includeBrand ? eb.or([eb('sellerId', '=', memberId), eb('sellerKind', '=', 'brand')]) : eb('sellerId', '=', memberId),
    );
  } else {
    query = query.where('status', '=', 'active').where((eb) => eb.or([eb('endsAt', 'is', null), eb('endsAt', '>', filter.now)]));
  }
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  if (filter.assetId) query = query.where('assetId', '=', filter.assetId);
  if (filter.seller?.type === 'brand') query = query.where('sellerKind', '=', 'brand');
  if (filter.seller?.type === 'member') query = query.where('sellerId', '=', filter.seller.id);
  if (filter.hiddenSellerIds.length > 0) {
    query = query.where((eb) => eb.or([eb('sellerId', 'is', null), eb('sellerId', 'not in', [...filter.hiddenSellerIds])]));
  }
  if (cursor) query = query.where(olderThan(cursor, 'perk.createdAt', 'perk.id'));
  return query
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
}

export async function insertOrder(db: DbOrTx, row: PerkOrderRow): Promise<void> {
  await db.insertInto('perkOrder').values(row).execute();
}

export async function findOrder(db: DbOrTx, id: string): Promise<PerkOrderRow | undefined> {
  return db.selectFrom('perkOrder').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Moves an order from one status to the next with the given changes, only if it still has
 * `from` (and, with `beforeExpiry`, has not reached its expiry; with `dueAt`, has). Of two
 * racing resolutions exactly one gets `true`.
 */
export async function claimOrder(
  db: DbOrTx,
  id: string,
  from: OrderStatus,
  patch: Partial<PerkOrderRow>,
  time: { beforeExpiry?: number; dueAt?: number; disputeOpenAt?: number } = {},
): Promise<boolean> {
  let query = db.updateTable('perkOrder').set(patch).where('id', '=', id).where('status', '=', from);
  if (time.beforeExpiry !== undefined) query = query.where('expiresAt', '>', time.beforeExpiry);
  if (time.dueAt !== undefined) query = query.where('expiresAt', '<=', time.dueAt);
  if (time.disputeOpenAt !== undefined) query = query.where('disputeUntil', '>=', time.disputeOpenAt);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** How many of this perk the buyer holds open or received. */
export async function countActiveOrders(db: DbOrTx, perkId: string, buyerId: string): Promise<number> {
  const row = await db
    .selectFrom('perkOrder')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('perkId', '=', perkId)
    .where('buyerId', '=', buyerId)
    .where('status', 'in', [...ACTIVE_ORDER_STATUSES])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface OrderFilter {
  buyerId?: string;
  /** Orders of perks this member sells (and, with includeBrand, of the brand's perks). */
  sellerId?: string;
  includeBrand?: boolean;
  status?: OrderStatus | undefined;
}

export async function listOrders(db: DbOrTx, filter: OrderFilter, cursor: Keyset | null, limit: number): Promise<PerkOrderRow[]> {
  let query = db.selectFrom('perkOrder').selectAll();
  if (filter.buyerId) query = query.where('buyerId', '=', filter.buyerId);
  if (filter.sellerId) {
    const sellerId = filter.sellerId;
    query = query.where((eb) =>
      filter.includeBrand ? eb.or([eb('sellerId', '=', sellerId), eb('sellerKind', '=', 'brand')]) : eb('sellerId', '=', sellerId),
    );
  }
  if (filter.status) query = query.where('status', '=', filter.status);
  if (cursor) query = query.where(olderThan(cursor, 'perkOrder.createdAt', 'perkOrder.id'));
  return query
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
}

export async function perksByIds(db: DbOrTx, ids: readonly string[]): Promise<Map<string, PerkRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('perk')
    .selectAll()
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r]));
}
