import type { PerkSettings } from '@hearth/contracts';
import type { Actor } from '../../platform/http/actor.js';
import type { PerkOrderRow, PerkRow } from './perks.repository.js';

/** Admins and owners speak for the community (the brand). */
export const isBrandStaff = (actor: Pick<Actor, 'role'>): boolean => actor.role === 'admin' || actor.role === 'owner';

/**
 * Who may list perks: admins for the brand; members whose tier rank reaches the owner's
 * minimum (no minimum set: nobody but admins).
 */
export function sellingRightsOf(
  actor: Pick<Actor, 'role' | 'tierRank' | 'status'>,
  settings: PerkSettings,
): { canSell: boolean; asBrand: boolean } {
  if (actor.status !== 'active' && actor.status !== 'muted') return { canSell: false, asBrand: false };
  if (isBrandStaff(actor)) return { canSell: true, asBrand: true };
  const canSell = settings.sellerMinTierRank !== null && actor.tierRank >= settings.sellerMinTierRank;
  return { canSell, asBrand: false };
}

/** The seller manages a member's perk; admins manage brand perks, and any perk for moderation (pause, archive). */
export function canManagePerk(actor: Pick<Actor, 'memberId' | 'role'>, perk: Pick<PerkRow, 'sellerKind' | 'sellerId'>): boolean {
  if (perk.sellerKind === 'brand') return isBrandStaff(actor);
  return perk.sellerId === actor.memberId || isBrandStaff(actor);
}

/** Fulfil and decline: the seller of a member's perk (only they can deliver it); any admin for the brand's. */
export function canFulfilOrder(actor: Pick<Actor, 'memberId' | 'role'>, order: Pick<PerkOrderRow, 'sellerKind' | 'sellerId'>): boolean {
  if (order.sellerKind === 'brand') return isBrandStaff(actor);
  return order.sellerId === actor.memberId;
}

/** Refunds: the seller, or an admin settling a dispute. */
export function canRefundOrder(actor: Pick<Actor, 'memberId' | 'role'>, order: Pick<PerkOrderRow, 'sellerKind' | 'sellerId'>): boolean {
  return isBrandStaff(actor) || (order.sellerKind === 'member' && order.sellerId === actor.memberId);
}

/** Who may see an order at all: its buyer, its seller, admins. */
export function canSeeOrder(
  actor: Pick<Actor, 'memberId' | 'role'>,
  order: Pick<PerkOrderRow, 'buyerId' | 'sellerKind' | 'sellerId'>,
): boolean {
  return order.buyerId === actor.memberId || order.sellerId === actor.memberId || isBrandStaff(actor);
}
