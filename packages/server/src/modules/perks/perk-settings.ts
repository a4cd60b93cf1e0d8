import type { PerkSettings } from '@hearth/contracts';
import type { Platform } from '../../app/platform.js';
import { withTransaction, type DbOrTx } from '../../db/database.js';

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

  /**
   * Changes the rules given; the others stay. Open orders keep the expiry they were given.
   * The change is recorded in the audit log (who, before and after) in the same transaction.
   */
  async update(actorId: string, patch: Partial<PerkSettings>): Promise<PerkSettings> {
    const set: Partial<PerkSettings> = {};
    if (patch.sellerMinTierRank !== undefined) set.sellerMinTierRank = patch.sellerMinTierRank;
    if (patch.holdDays !== undefined) set.holdDays = patch.holdDays;
    if (patch.disputeDays !== undefined) set.disputeDays = patch.disputeDays;
    return withTransaction(this.platform.db, async (tx) => {
      const before = await this.get(tx);
      await tx
        .updateTable('perkSettings')
        .set({ ...set, updatedAt: this.platform.clock.now() })
        .where('id', '=', 1)
        .execute();
      const after = await this.get(tx);
      const changed = (Object.keys(set) as (keyof PerkSettings)[]).filter((k) => before[k] !== after[k]);
      if (changed.length > 0) {
        await this.platform.audit.record(tx, {
          actorId,
          action: 'perk.settings',
          targetKind: 'perk_settings',
          targetId: null,
          before: Object.fromEntries(changed.map((k) => [k, before[k]])),
          after: Object.fromEntries(changed.map((k) => [k, after[k]])),
        });
      }
      return after;
    });
  }
}
