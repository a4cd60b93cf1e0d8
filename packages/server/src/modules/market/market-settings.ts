import type { MarketSettings } from '@hearth/contracts';
import type { Platform } from '../../app/platform.js';
import { withTransaction, type DbOrTx } from '../../db/database.js';

const COLUMNS = ['priceBandPercent', 'bandFills', 'dailyVolumeCap', 'maxOpenOrders', 'minTierRank', 'minAccountAgeDays'] as const;
const num = (v: number | string | null) => (v === null ? null : Number(v));

/** The owner's market safeguards (one row, made by migration 0026 with its defaults). */
export class MarketSettingsStore {
  constructor(private readonly platform: Platform) {}

  async get(db: DbOrTx = this.platform.db): Promise<MarketSettings> {
    const row = await db.selectFrom('marketSettings').select(COLUMNS).where('id', '=', 1).executeTakeFirstOrThrow();
    return {
      priceBandPercent: num(row.priceBandPercent),
      bandFills: Number(row.bandFills),
      dailyVolumeCap: num(row.dailyVolumeCap),
      maxOpenOrders: Number(row.maxOpenOrders),
      minTierRank: Number(row.minTierRank),
      minAccountAgeDays: Number(row.minAccountAgeDays),
    };
  }

  /**
   * Changes the safeguards given; the others stay. Open orders keep their terms. The change
   * is recorded in the audit log (who, before and after) in the same transaction.
   */
  async update(actorId: string, patch: Partial<MarketSettings>): Promise<MarketSettings> {
    const set = Object.fromEntries(COLUMNS.filter((k) => patch[k] !== undefined).map((k) => [k, patch[k]])) as Partial<MarketSettings>;
    return withTransaction(this.platform.db, async (tx) => {
      const before = await this.get(tx);
      await tx
        .updateTable('marketSettings')
        .set({ ...set, updatedAt: this.platform.clock.now() })
        .where('id', '=', 1)
        .execute();
      const after = await this.get(tx);
      const changed = COLUMNS.filter((k) => before[k] !== after[k]);
      if (changed.length > 0) {
        await this.platform.audit.record(tx, {
          actorId,
          action: 'market.settings',
          targetKind: 'market_settings',
          targetId: null,
          before: Object.fromEntries(changed.map((k) => [k, before[k]])),
          after: Object.fromEntries(changed.map((k) => [k, after[k]])),
        });
      }
      return after;
    });
  }
}
