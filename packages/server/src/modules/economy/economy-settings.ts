import type { EconomySettings } from '@hearth/contracts';
import type { Platform } from '../../app/platform.js';
import type { DbOrTx } from '../../db/database.js';

/** The owner's tip caps (one row, made by migration 0017 with the defaults 500 and 200). */
export class EconomySettingsStore {
  constructor(private readonly platform: Platform) {}

  async get(db: DbOrTx = this.platform.db): Promise<EconomySettings> {
    const row = await db
      .selectFrom('economySettings')
      .select(['tipDailyCap', 'tipPairDailyCap'])
      .where('id', '=', 1)
      .executeTakeFirstOrThrow();
    return { tipDailyCap: Number(row.tipDailyCap), tipPairDailyCap: Number(row.tipPairDailyCap) };
  }

  /** Changes the caps; those not given stay. */
  async update(patch: Partial<EconomySettings>): Promise<EconomySettings> {
    const set: Partial<{ tipDailyCap: number; tipPairDailyCap: number }> = {};
    if (patch.tipDailyCap !== undefined) set.tipDailyCap = patch.tipDailyCap;
    if (patch.tipPairDailyCap !== undefined) set.tipPairDailyCap = patch.tipPairDailyCap;
    await this.platform.db
      .updateTable('economySettings')
      .set({ ...set, updatedAt: this.platform.clock.now() })
      .where('id', '=', 1)
      .execute();
    return this.get();
  }
}
