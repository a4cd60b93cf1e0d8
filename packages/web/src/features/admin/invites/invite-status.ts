import type { Invite } from '@hearth/contracts';

export type InviteStatus = 'active' | 'revoked' | 'expired' | 'usedUp';

/** Whether a link still admits people, and if not, why (revoked wins over expired, expired over used up). */
export function inviteStatus(invite: Invite, now = Date.now()): InviteStatus {
  if (invite.revokedAt) return 'revoked';
  if (invite.expiresAt && Date.parse(invite.expiresAt) <= now) return 'expired';
  if (invite.maxUses !== null && invite.uses >= invite.maxUses) return 'usedUp';
  return 'active';
}
