import { ROLE_RANK, type Role } from '@hearth/contracts';

/** Who a rule is about: enough of a member to rank them. */
export interface Ranked {
  id: string;
  role: Role;
}

/** Why a role or tier change is refused; each is a stable error code. */
export type MemberChangeRefusal = 'last_owner' | 'own_role' | 'outranked' | 'owner_required';

/** True when `actor` ranks strictly above `target` (equals manage nobody of their rank). */
export const outranks = (actor: Role, target: Role): boolean => ROLE_RANK[actor] > ROLE_RANK[target];

/**
 * Roles an actor may hand out: those strictly below their own; an owner may also make
 * another owner (there is nobody above an owner to do it).
 */
export const canGrantRole = (actor: Role, role: Role): boolean => actor === 'owner' || outranks(actor, role);

/**
 * Decides whether `actor` may change `target`'s role and/or tier. Returns the first rule
 * broken, or null when allowed:
 * - the community keeps at least one owner (checked first, so the sole owner trying to step
 *   down learns why rather than only that it is not allowed);
 * - nobody changes their own role or tier;
 * - only members ranked strictly below the actor can be changed;
 * - only roles the actor may grant can be given.
 */
export function checkMemberChange(
  actor: Ranked,
  target: Ranked,
  change: { role?: Role | undefined; tierId?: string | undefined },
  ownerCount: number,
): MemberChangeRefusal | null {
  const demotesOwner = target.role === 'owner' && change.role !== undefined && change.role !== 'owner';
  if (demotesOwner && ownerCount <= 1) return 'last_owner';
  if (actor.id === target.id) return 'own_role';
  if (!outranks(actor.role, target.role)) return 'outranked';
  if (change.role !== undefined && !canGrantRole(actor.role, change.role)) return 'owner_required';
  return null;
}
