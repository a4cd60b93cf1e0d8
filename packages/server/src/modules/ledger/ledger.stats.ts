import { sql } from 'kysely';
import type { DbOrTx } from '../../db/database.js';
import { DAY_MS } from '../../platform/clock.js';
import { findAccounts, findAssetByCode, findChipOf, toAsset } from './ledger.repository.js';
import { TRANSFER_COLUMNS, type Account, type Asset, type Hold, type Transfer } from './ledger.types.js';

/** Supply figures of one asset, read from its accounts (never recomputed from transfers: the audit does that). */
export interface AssetStats {
  assetId: string;
  /** Outstanding: −balance of the issuance account (minted minus burned). */
  supply: number;
  /** Member wallets with a positive balance. */
  holders: number;
  /** Minted in the current UTC day (what the daily limit counts). */
  mintedToday: number;
}

/**
 * Read-only views of the ledger for pages that show an asset (the chip page, the asset
 * list): supply, holders, top holders and recent movements. Other modules read these
 * through here, never the ledger's tables.
 */
export class LedgerStats {
  /** Assets in creation order (points first), `limit` after the asset id `afterId`. */
  async listAssets(db: DbOrTx, options: { afterId?: string | null; limit: number; kind?: 'points' | 'chip' }): Promise<Asset[]> {
    let query = db.selectFrom('asset').selectAll();
    if (options.afterId) query = query.where('id', '>', options.afterId);
    if (options.kind) query = query.where('kind', '=', options.kind);
    const rows = await query.orderBy('id').limit(options.limit).execute();
    return rows.map(toAsset);
  }

  async assetByCode(db: DbOrTx, code: string): Promise<Asset | undefined> {
    const row = await findAssetByCode(db, code.trim().toUpperCase());
    return row && toAsset(row);
  }

  /** The personal chip a member issues, if any. */
  async chipOf(db: DbOrTx, memberId: string): Promise<Asset | undefined> {
    const row = await findChipOf(db, memberId);
    return row && toAsset(row);
  }

  /** Supply, holders and today's mints of each listed asset. */
  async statsOf(db: DbOrTx, assetIds: readonly string[], now: number): Promise<Map<string, AssetStats>> {
    const out = new Map<string, AssetStats>();
    if (assetIds.length === 0) return out;
    const ids = [...new Set(assetIds)];
    const day = Math.floor(now / DAY_MS);
    const [assets, issuance, holders] = await Promise.all([
      db.selectFrom('asset').select(['id', 'mintDay', 'mintedToday']).where('id', 'in', ids).execute(),
      db.selectFrom('account').select(['assetId', 'balance']).where('assetId', 'in', ids).where('kind', '=', 'issuance').execute(),
      db
        .selectFrom('account')
        .select(['assetId', (eb) => eb.fn.countAll<number>().as('n')])
        .where('assetId', 'in', ids)
        .where('kind', '=', 'wallet')
        .where('balance', '>', 0)
        .groupBy('assetId')
        .execute(),
    ]);
    for (const a of assets) {
      out.set(a.id, { assetId: a.id, supply: 0, holders: 0, mintedToday: Number(a.mintDay) === day ? Number(a.mintedToday) : 0 });
    }
    for (const i of issuance) {
      const stats = out.get(i.assetId);
      if (stats) stats.supply = -Number(i.balance);
    }
    for (const h of holders) {
      const stats = out.get(h.assetId);
      if (stats) stats.holders = Number(h.n);
    }
    return out;
  }

  /** The member wallets holding the most of an asset, most first (erased members' wallets included, ownerless). */
  async topHolders(db: DbOrTx, assetId: string, limit: number): Promise<{ memberId: string | null; balance: number }[]> {
    const rows = await db
      .selectFrom('account')
      .select(['ownerMemberId', 'balance'])
      .where('assetId', '=', assetId)
      .where('kind', '=', 'wallet')
      .where('balance', '>', 0)
      .orderBy('balance', 'desc')
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ memberId: r.ownerMemberId, balance: Number(r.balance) }));
  }

  /** An asset's newest transfers, newest first. */
  async recentTransfers(db: DbOrTx, assetId: string, limit: number): Promise<Transfer[]> {
    return db.selectFrom('transfer').select(TRANSFER_COLUMNS).where('assetId', '=', assetId).orderBy('seq', 'desc').limit(limit).execute();
  }

  /** How many transfers of these kinds the asset has, and their total. */
  async kindTotals(db: DbOrTx, assetId: string, kinds: readonly string[]): Promise<{ count: number; amount: number }> {
    const row = await db
      .selectFrom('transfer')
      .select([(eb) => eb.fn.countAll<number>().as('n'), sql<number | null>`sum(amount)`.as('total')])
      .where('assetId', '=', assetId)
      .where('kind', 'in', [...kinds])
      .executeTakeFirstOrThrow();
    return { count: Number(row.n), amount: Number(row.total ?? 0) };
  }

  // Reads other modules page through (moved from the service: points expiry, wallet history, perk pricing).

  /** Every asset, points first, then chips by code (for choosing what to price something in). */
  async allAssets(db: DbOrTx): Promise<Asset[]> {
    const rows = await db.selectFrom('asset').selectAll().orderBy('kind', 'desc').orderBy('code').limit(1000).execute();
    return rows.map(toAsset);
  }

  /** The listed holds that exist (for naming who stands behind an escrow movement). */
  async holdsByIds(db: DbOrTx, ids: readonly string[]): Promise<Hold[]> {
    if (ids.length === 0) return [];
    return db
      .selectFrom('hold')
      .selectAll()
      .where('id', 'in', [...new Set(ids)])
      .execute();
  }

  /**
   * What an account received up to `until` (inclusive) and what it paid out in all: the two
   * sums a first-in-first-out reading of its balance needs (points expiry: what arrived by the
   * cutoff and was not spent since is what expires).
   */
  async flowsOf(db: DbOrTx, accountId: string, until: number): Promise<{ creditedUntil: number; debited: number }> {
    const [credited, debited] = await Promise.all([
      db
        .selectFrom('transfer')
        .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amount'), eb.lit(0)).as('total'))
        .where('creditAccountId', '=', accountId)
        .where('createdAt', '<=', until)
        .executeTakeFirstOrThrow(),
      db
        .selectFrom('transfer')
        .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amount'), eb.lit(0)).as('total'))
        .where('debitAccountId', '=', accountId)
        .executeTakeFirstOrThrow(),
    ]);
    return { creditedUntil: Number(credited.total), debited: Number(debited.total) };
  }

  /** Members' wallets of an asset holding more than zero, after `afterId` (id order), `limit` at a time. */
  async holdersOf(db: DbOrTx, assetId: string, options: { afterId?: string; limit?: number } = {}): Promise<Account[]> {
    const rows = await db
      .selectFrom('account')
      .select('id')
      .where('assetId', '=', assetId)
      .where('kind', '=', 'wallet')
      .where('ownerMemberId', 'is not', null)
      .where('balance', '>', 0)
      .where('id', '>', options.afterId ?? '')
      .orderBy('id')
      .limit(options.limit ?? 200)
      .execute();
    return findAccounts(
      db,
      rows.map((r) => r.id),
    );
  }

  /** Each credit of the account (amount, when, `seq` to page on), oldest first, after `afterSeq`. */
  async creditsOf(
    db: DbOrTx,
    accountId: string,
    options: { afterSeq?: number; limit?: number } = {},
  ): Promise<{ amount: number; at: number; seq: number }[]> {
    const rows = await db
      .selectFrom('transfer')
      .select(['amount', 'createdAt', 'seq'])
      .where('creditAccountId', '=', accountId)
      .where('seq', '>', options.afterSeq ?? -1)
      .orderBy('seq')
      .limit(options.limit ?? 1000)
      .execute();
    return rows.map((r) => ({ amount: Number(r.amount), at: Number(r.createdAt), seq: Number(r.seq) }));
  }
}
