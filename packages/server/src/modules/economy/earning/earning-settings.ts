import { EarningSettings, type EarningRuleId, type EarningSettingsPatch } from '@hearth/contracts';
import type { Platform } from '../../../app/platform.js';
import type { DbOrTx } from '../../../db/database.js';
import { invalid } from '../../../platform/errors/app-error.js';

/** Until the owner changes anything: every rule off, a ten-minute review window, no expiry. */
export const DEFAULT_EARNING_SETTINGS: EarningSettings = {
  rules: {
    daily_checkin: { isEnabled: false, amount: 5, dailyCap: 5, threshold: 1 },
    checkin_streak: { isEnabled: false, amount: 20, dailyCap: 20, threshold: 7 },
    first_post_of_day: { isEnabled: false, amount: 10, dailyCap: 10, threshold: 1 },
    reply_reactions: { isEnabled: false, amount: 10, dailyCap: 50, threshold: 3 },
    reactions_received: { isEnabled: false, amount: 1, dailyCap: 20, threshold: 1 },
    profile_completed: { isEnabled: false, amount: 20, dailyCap: 20, threshold: 1 },
    referral_active: { isEnabled: false, amount: 50, dailyCap: 200, threshold: 1 },
  },
  reviewWindowSeconds: 600,
  timeZone: 'UTC',
  makeUpsPerMonth: 0,
  makeUpCost: 10,
  expiryMonths: null,
  expiryNoticeDays: 14,
  levels: [
    { name: 'Newcomer', threshold: 0 },
    { name: 'Regular', threshold: 100 },
    { name: 'Expert', threshold: 1000 },
    { name: 'Legend', threshold: 10000 },
  ],
};

/**
 * The owner's earning settings: one row of JSON, validated by the contract's schema on
 * every read and write (a row that no longer parses falls back to the defaults' shape
 * merged with what still does, so a newer rule never breaks an older row).
 */
export class EarningSettingsStore {
  constructor(private readonly platform: Platform) {}

  async get(db: DbOrTx = this.platform.db): Promise<EarningSettings> {
    const row = await db.selectFrom('earningSettings').select('config').where('id', '=', 1).executeTakeFirst();
    if (!row) return DEFAULT_EARNING_SETTINGS;
    const stored = JSON.parse(row.config) as Partial<EarningSettings>;
    const merged = { ...DEFAULT_EARNING_SETTINGS, ...stored, rules: { ...DEFAULT_EARNING_SETTINGS.rules, ...stored.rules } };
    const parsed = EarningSettings.safeParse(merged);
    return parsed.success ? parsed.data : DEFAULT_EARNING_SETTINGS;
  }

  /**
   * Merges the patch (rules one by one) and stores the result.
   * @throws invalid_input (levels: the first starts at 0 and thresholds increase)
   */
  async update(patch: EarningSettingsPatch): Promise<EarningSettings> {
    const current = await this.get();
    const rules = { ...current.rules };
    for (const [id, change] of Object.entries(patch.rules ?? {}) as [EarningRuleId, Partial<EarningSettings['rules'][EarningRuleId]>][]) {
      if (change) rules[id] = { ...rules[id], ...change };
    }
    const next = EarningSettings.safeParse({ ...current, ...patch, rules });
    if (!next.success) throw invalid(next.error.issues[0]?.path.join('.') ?? 'body', 'invalid_value');
    const now = this.platform.clock.now();
    const config = JSON.stringify(next.data);
    await this.platform.db
      .insertInto('earningSettings')
      .values({ id: 1, config, updatedAt: now })
      .onConflict((oc) => oc.column('id').doUpdateSet({ config, updatedAt: now }))
      .execute();
    return next.data;
  }
}
