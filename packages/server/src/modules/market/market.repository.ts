import type { DbOrTx, Tx } from '../../db/database.js';
import type { MarketFillTable, MarketOrderTable } from '../../db/schema/market-tables.js';

export type MarketOrderRow = MarketOrderTable;
export type MarketFillRow = MarketFillTable;

/** Bigint columns come back as strings on PostgreSQL: every figure is read as a number. */
const orderOf = (r: MarketOrderRow): MarketOrderRow => ({
  ...r,
  price: Number(r.price),
  quantity: Number(r.quantity),
  remaining: Number(r.remaining),
  expiresAt: Number(r.expiresAt),
  createdAt: Number(r.createdAt),
  closedAt: r.closedAt === null ? null : Number(r.closedAt),
});
const fillOf = (r: MarketFillRow): MarketFillRow => ({
  ...r,
  quantity: Number(r.quantity),
  price: Number(r.price),
  createdAt: Number(r.createdAt),
});

export async function findOrder(db: DbOrTx, id: string): Promise<MarketOrderRow | undefined> {
  const row = await db.selectFrom('marketOrder').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? orderOf(row) : undefined;
}

export async function insertOrder(tx: Tx, row: MarketOrderRow): Promise<void> {
  await tx.insertInto('marketOrder').values(row).execute();
}

/**
 * Takes `quantity` units of an open, unexpired order in one conditional UPDATE: of racing
 * fills (and a cancel) only those that still find the units win; the order turns `filled`
 * when none are left. True when taken.
 */
export async function takeUnits(tx: Tx, id: string, quantity: number, now: number): Promise<boolean> {
  const result = await tx
    .updateTable('marketOrder')
    .set((eb) => ({
      remaining: eb('remaining', '-', quantity),
      status: eb
        .case()
        .when('remaining', '=', quantity)
        .then(eb.val<'filled' | 'open'>('filled'))
        .else(eb.val<'filled' | 'open'>('open'))
        .end(),
    }))
    .where('id', '=', id)
    .where('status', '=', 'open')
    .where('remaining', '>=', quantity)
    .where('expiresAt', '>', now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Closes an open order (cancel, expiry); with `dueAt`, only one whose expiry has come. True when closed. */
export async function closeOrder(
  tx: Tx,
  id: string,
  status: 'cancelled' | 'expired',
  closedBy: string,
  now: number,
  dueAt?: number,
): Promise<boolean> {
  let query = tx.updateTable('marketOrder').set({ status, closedAt: now, closedBy }).where('id', '=', id).where('status', '=', 'open');
  if (dueAt !== undefined) query = query.where('expiresAt', '<=', dueAt);
  return Number((await query.executeTakeFirst()).numUpdatedRows) === 1;
}

/** Points the order at its new hold; null once closed (with `closedAt` when the last units were just taken). */
export async function setHold(tx: Tx, id: string, holdId: string | null, closedAt?: number): Promise<void> {
  await tx
    .updateTable('marketOrder')
    .set({ holdId, ...(closedAt !== undefined ? { closedAt } : {}) })
    .where('id', '=', id)
    .execute();
}

export async function countOpenOrders(db: DbOrTx, sellerId: string): Promise<number> {
  const row = await db
    .selectFrom('marketOrder')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('sellerId', '=', sellerId)
    .where('status', '=', 'open')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Units of the asset the member moved through the market since `since`: bought as a taker
 * plus posted for sale (an order counts its whole quantity, filled or not).
 */
export async function volumeSince(db: DbOrTx, memberId: string, assetId: string, since: number): Promise<number> {
  const bought = await db
    .selectFrom('marketFill')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('quantity'), eb.lit(0)).as('n'))
    .where('takerId', '=', memberId)
    .where('assetId', '=', assetId)
    .where('createdAt', '>=', since)
    .executeTakeFirstOrThrow();
  const posted = await db
    .selectFrom('marketOrder')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('quantity'), eb.lit(0)).as('n'))
    .where('sellerId', '=', memberId)
    .where('assetId', '=', assetId)
    .where('createdAt', '>=', since)
    .executeTakeFirstOrThrow();
  return Number(bought.n) + Number(posted.n);
}

/** The per-unit prices of the pair's last `limit` fills, newest first. */
export async function recentPrices(db: DbOrTx, assetId: string, priceAssetId: string, limit: number): Promise<number[]> {
  const rows = await db
    .selectFrom('marketFill')
    .select('price')
    .where('assetId', '=', assetId)
    .where('priceAssetId', '=', priceAssetId)
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => Number(r.price));
}

export async function insertFill(tx: Tx, row: MarketFillRow): Promise<void> {
  await tx.insertInto('marketFill').values(row).execute();
}

/** Open orders of an asset, cheapest first, then oldest first (who was there first is filled first). */
export async function openOrdersOf(db: DbOrTx, assetId: string, priceAssetId: string | undefined, limit: number) {
  let query = db.selectFrom('marketOrder').selectAll().where('assetId', '=', assetId).where('status', '=', 'open');
  if (priceAssetId) query = query.where('priceAssetId', '=', priceAssetId);
  const rows = await query.orderBy('price', 'asc').orderBy('createdAt', 'asc').orderBy('id', 'asc').limit(limit).execute();
  return rows.map(orderOf);
}

export async function ordersOfSeller(db: DbOrTx, sellerId: string, limit: number) {
  const rows = await db
    .selectFrom('marketOrder')
    .selectAll()
    .where('sellerId', '=', sellerId)
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(orderOf);
}

export async function listFills(db: DbOrTx, filter: { assetId?: string; memberId?: string }, limit: number) {
  let query = db.selectFrom('marketFill').selectAll();
  if (filter.assetId) query = query.where('assetId', '=', filter.assetId);
  const memberId = filter.memberId;
  if (memberId) query = query.where((eb) => eb.or([eb('sellerId', '=', memberId), eb('takerId', '=', memberId)]));
  const rows = await query.orderBy('createdAt', 'desc').orderBy('id', 'desc').limit(limit).execute();
  return rows.map(fillOf);
}

/** Per asset sold: open orders and units on offer. */
export async function bookDepth(db: DbOrTx) {
  const rows = await db
    .selectFrom('marketOrder')
    .select((eb) => ['assetId', eb.fn.countAll().as('orders'), eb.fn.sum<number>('remaining').as('units')])
    .where('status', '=', 'open')
    .groupBy('assetId')
    .execute();
  return new Map(rows.map((r) => [r.assetId, { orders: Number(r.orders), units: Number(r.units) }]));
}

/** The last fill of each asset sold. */
export async function lastFills(db: DbOrTx, assetIds: string[]): Promise<Map<string, MarketFillRow>> {
  const out = new Map<string, MarketFillRow>();
  for (const assetId of assetIds) {
    const row = await db
      .selectFrom('marketFill')
      .selectAll()
      .where('assetId', '=', assetId)
      .orderBy('createdAt', 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (row) out.set(assetId, fillOf(row));
  }
  return out;
}
