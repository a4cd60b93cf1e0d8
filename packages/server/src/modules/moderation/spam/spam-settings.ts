import type { SpamSettings, UpdateSpamSettingsBody } from '@hearth/contracts';
import type { Platform } from '../../../app/platform.js';
import { withTransaction } from '../../../db/database.js';
import { toIso } from '../../../platform/clock.js';
import { AppError } from '../../../platform/errors/app-error.js';
import type { Actor } from '../../../platform/http/actor.js';
import * as repo from './spam.repository.js';

/** What a community starts with: hold at 40 (a contact detail and a lure), block at 90, established from trust level 1, reports hide from level 2. */
export const DEFAULT_SPAM_SETTINGS: Omit<SpamSettings, 'updatedAt'> = {
  enabled: true,
  holdScore: 40,
  blockScore: 90,
  trustedLevel: 1,
  reporterLevel: 2,
  reportsToHide: 3,
};

/** Settings are read on every screened write: each node keeps them this long before asking again. */
const CACHE_MS = 5_000;

/** The owner's spam thresholds (one row, absent until first changed). */
export class SpamSettingsStore {
  private cached: { value: SpamSettings; at: number } | null = null;

  constructor(private readonly platform: Platform) {}

  async get(): Promise<SpamSettings> {
    const now = this.platform.clock.now();
    if (this.cached && now - this.cached.at < CACHE_MS) return this.cached.value;
    const row = await repo.findSettings(this.platform.db);
    const value: SpamSettings = row
      ? {
          enabled: Number(row.enabled) === 1,
          holdScore: Number(row.holdScore),
          blockScore: Number(row.blockScore),
          trustedLevel: Number(row.trustedLevel),
          reporterLevel: Number(row.reporterLevel),
          reportsToHide: Number(row.reportsToHide),
          updatedAt: row.updatedAt === null ? null : toIso(Number(row.updatedAt)),
        }
      : { ...DEFAULT_SPAM_SETTINGS, updatedAt: null };
    this.cached = { value, at: now };
    return value;
  }

  /**
   * Changes some settings (admins). The block score must stay above the hold score.
   * @throws invalid_input (blockScore: above_hold_score)
   */
  async update(actor: Actor, patch: UpdateSpamSettingsBody): Promise<SpamSettings> {
    this.cached = null;
    const current = await this.get();
    const next = { ...current, ...patch };
    if (next.blockScore <= next.holdScore) throw new AppError('invalid_input', 400, {}, [{ path: 'blockScore', code: 'above_hold_score' }]);
    const now = this.platform.clock.now();
    await withTransaction(this.platform.db, async (tx) => {
      await repo.saveSettings(tx, {
        id: 1,
        enabled: next.enabled ? 1 : 0,
        holdScore: next.holdScore,
        blockScore: next.blockScore,
        trustedLevel: next.trustedLevel,
        reporterLevel: next.reporterLevel,
        reportsToHide: next.reportsToHide,
        updatedBy: actor.memberId,
        updatedAt: now,
      });
      const { updatedAt: _at, ...before } = current;
      const { updatedAt: _next, ...after } = next;
      await this.platform.audit.record(tx, {
        actorId: actor.memberId,
        action: 'spam.settings',
        targetKind: 'spam_settings',
        targetId: null,
        before,
        after,
      });
    });
    this.cached = null;
    return this.get();
  }
}
