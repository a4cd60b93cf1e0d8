import { TrustRequirement, type TrustSettings, type UpdateTrustSettingsBody } from '@hearth/contracts';
import { z } from 'zod';
import type { Platform } from '../../app/platform.js';
import { withTransaction } from '../../db/database.js';
import { toIso } from '../../platform/clock.js';
import { AppError } from '../../platform/errors/app-error.js';
import type { Actor } from '../../platform/http/actor.js';
import * as repo from './trust.repository.js';
import { DEFAULT_REQUIREMENTS } from './trust-rules.js';

/**
 * Limits start off: a community turns them on when it wants new members held back (its
 * existing members get levels from their history at once, so nobody is locked out by surprise).
 */
export const DEFAULT_TRUST_SETTINGS: Omit<TrustSettings, 'updatedAt'> = { limitsEnabled: false, levels: [...DEFAULT_REQUIREMENTS] };

const StoredLevels = z.array(TrustRequirement).length(4);
/** Settings are read on every screened write: each node keeps them this long before asking again. */
const CACHE_MS = 5_000;

/** The owner's thresholds per level (one row, absent until first changed). */
export class TrustSettingsStore {
  private cached: { value: TrustSettings; at: number } | null = null;

  constructor(private readonly platform: Platform) {}

  async get(): Promise<TrustSettings> {
    const now = this.platform.clock.now();
    if (this.cached && now - this.cached.at < CACHE_MS) return this.cached.value;
    const row = await repo.findSettings(this.platform.db);
    const value: TrustSettings = row
      ? {
          limitsEnabled: Number(row.limitsEnabled) === 1,
          levels: StoredLevels.parse(JSON.parse(row.levels)),
          updatedAt: row.updatedAt === null ? null : toIso(Number(row.updatedAt)),
        }
      : { ...DEFAULT_TRUST_SETTINGS, updatedAt: null };
    this.cached = { value, at: now };
    return value;
  }

  /**
   * Changes the thresholds (admins); every cached level is recomputed when next needed.
   * Each level must take at least what the one below takes.
   * @throws invalid_input (levels.N.<field>: below_previous_level)
   */
  async update(actor: Actor, patch: UpdateTrustSettingsBody): Promise<TrustSettings> {
    this.cached = null;
    const current = await this.get();
    const next = { ...current, ...patch };
    assertAscending(next.levels);
    await withTransaction(this.platform.db, async (tx) => {
      await repo.saveSettings(tx, {
        id: 1,
        limitsEnabled: next.limitsEnabled ? 1 : 0,
        levels: JSON.stringify(next.levels),
        updatedBy: actor.memberId,
        updatedAt: this.platform.clock.now(),
      });
      await repo.markAllStale(tx);
      const { updatedAt: _at, ...before } = current;
      const { updatedAt: _next, ...after } = next;
      await this.platform.audit.record(tx, {
        actorId: actor.memberId,
        action: 'trust.settings',
        targetKind: 'trust_settings',
        targetId: null,
        before,
        after,
      });
    });
    this.cached = null;
    return this.get();
  }
}

function assertAscending(levels: readonly TrustRequirement[]): void {
  const errors: { path: string; code: string }[] = [];
  for (let i = 1; i < levels.length; i++) {
    const [below, level] = [levels[i - 1]!, levels[i]!];
    for (const field of ['days', 'posts', 'reactions'] as const)
      if (level[field] < below[field]) errors.push({ path: `levels.${i}.${field}`, code: 'below_previous_level' });
    if (level.maxFlags > below.maxFlags) errors.push({ path: `levels.${i}.maxFlags`, code: 'below_previous_level' });
  }
  if (errors.length > 0) throw new AppError('invalid_input', 400, {}, errors);
}
