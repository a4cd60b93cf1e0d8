import type { PerkSettings } from '@hearth/contracts';
import type { Platform } from '../../app/platform.js';
import type { DbOrTx } from '../../db/database.js';

/** The owner's marketplace rules (one row, made by migration 0020: admins only, 7-day holds, 14-day disputes). */
export class PerkSettingsStore {
  constructor(private readonly platform: Platform) {}

  async get(db: DbOrTx = this.platform.db): Promise<PerkSettings> {
    const row = await db
      .selectFrom('perkSettings')
      .select(['sellerMinTierRank', 'holdDays', 'disputeDays'])
      .where('id', '=', 1)
      .executeTakeFirstOrThrow();
    return {
      sellerMinTierRank: row.sellerMinTierRank === null ? null : Number(row.sellerMinTierRank),
      holdDays: Number(row.holdDays),
      disputeDays: Number(row.disputeDays),
    };
  }

  /** Changes the rules given; the others stay. Open orders keep the expiry they were given. */
  async update(patch: Partial<PerkSettings>): Promise<PerkSettings> {
    const set: Partial<PerkSettings> = {};
    if (patch.sellerMinTierRank !== undefined) set.sellerMinTierRank = patch.sellerMinTierRank;
    if (patch.holdDays !== undefined) set.holdDays = patch.holdDays;
    if (patch.disputeDays !== undefined) set.disputeDays = patch.disputeDays;
    await this.platform.db
      .updateTable('perkSettings')
      .set({ ...set, updatedAt: this.platform.clock.now() })
      .where('id', '=', 1)
      .execute();
    return this.get();
  }
}
