import type { MarketSettings } from '@hearth/contracts';
import { DAY_MS } from '../../platform/clock.js';
import type { Actor } from '../../platform/http/actor.js';

/**
 * Minimum trust to trade: the one place that decides it. Until trust levels land, trust is
 * the member's tier rank and how long ago they joined (a fresh sign-up cannot trade at once,
 * so throwaway accounts cannot wash chips around on day one). Swap this function's body for
 * a trust-level check when those exist; every market write path calls it.
 * Returns a refusal code, or null when the member may trade.
 */
export function mayTrade(
  actor: Pick<Actor, 'role' | 'status' | 'tierRank'>,
  joinedAt: number | null,
  settings: Pick<MarketSettings, 'minTierRank' | 'minAccountAgeDays'>,
  now: number,
): string | null {
  if (actor.status !== 'active' && actor.status !== 'muted') return 'market_member_unavailable';
  // Staff are trusted by the owner who made them staff.
  if (actor.role === 'admin' || actor.role === 'owner') return null;
  if (actor.tierRank < settings.minTierRank) return 'market_trust_too_low';
  if (joinedAt === null || now - joinedAt < settings.minAccountAgeDays * DAY_MS) return 'market_account_too_new';
  return null;
}
