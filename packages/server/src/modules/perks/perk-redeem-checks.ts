import { AppError } from '../../platform/errors/app-error.js';
import type { Actor } from '../../platform/http/actor.js';
import type { PerksDeps } from './perks.deps.js';
import { isBrandStaff } from './perks.policy.js';
import type { PerkRow } from './perks.repository.js';

/** Why a redemption is refused, with its HTTP status: state of the perk (409) or of the people (422). */
const REFUSAL_STATUS: Record<string, 409 | 422> = {
  perk_unavailable: 409,
  perk_not_started: 409,
  perk_ended: 409,
  perk_sold_out: 409,
  perk_limit_reached: 409,
  perk_price_changed: 409,
  perk_tier_already_held: 409,
  perk_self_purchase: 422,
  perk_blocked: 422,
  perk_seller_unavailable: 422,
  perk_wallet_frozen: 422,
  perk_seller_frozen: 422,
  insufficient_balance: 422,
};
export const refusal = (code: string, params?: Record<string, string | number>) => new AppError(code, REFUSAL_STATUS[code] ?? 422, params);

/** Whether a mute or ban in force keeps the caller from redeeming (for the perk page's reason). */
export async function isMuted(deps: PerksDeps, actor: Actor): Promise<boolean> {
  try {
    await deps.platform.restrictions.assertMayWrite(actor.memberId);
    return false;
  } catch (error) {
    if (error instanceof AppError && error.code === 'member_muted') return true;
    throw error;
  }
}

/** Refusals that need no transaction: the perk's state and window, and who is buying from whom. */
export async function precheckRedemption(deps: PerksDeps, actor: Actor, perk: PerkRow, now: number): Promise<string | null> {
  if (perk.status !== 'active') return 'perk_unavailable';
  if (perk.startsAt !== null && now < perk.startsAt) return 'perk_not_started';
  if (perk.endsAt !== null && now >= perk.endsAt) return 'perk_ended';
  if (perk.sellerId === actor.memberId || (perk.sellerKind === 'brand' && isBrandStaff(actor))) return 'perk_self_purchase';
  if (perk.sellerId) {
    if (await deps.people.blockedEither(actor.memberId, perk.sellerId)) return 'perk_blocked';
    const seller = await deps.members.findById(deps.platform.db, perk.sellerId);
    if (!seller || (seller.status !== 'active' && seller.status !== 'muted')) return 'perk_seller_unavailable';
  }
  if (perk.kind === 'tier_upgrade' && perk.tierId) {
    const target = (await deps.members.tierRefs()).find((t) => t.id === perk.tierId);
    if (!target) return 'perk_unavailable';
    if (actor.tierRank >= target.rank) return 'perk_tier_already_held';
  }
  return null;
}
