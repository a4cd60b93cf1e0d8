import { sql } from 'kysely';
import type { DbOrTx } from '../../db/database.js';
import { DAY_MS } from '../../platform/clock.js';
import { findAssetByCode, findChipOf, toAsset } from './ledger.repository.js';
import { TRANSFER_COLUMNS, type Asset, type Transfer } from './ledger.types.js';

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
}
