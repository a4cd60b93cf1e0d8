import { ROLE_RANK, type Role } from '@hearth/contracts';

/** Whether someone with `role` may use what needs at least `needed` (the route `access` levels of the contracts). */
export function hasRole(role: Role, needed: Role): boolean {
  return ROLE_RANK[role] >= ROLE_RANK[needed];
}
