import type { Me } from '@hearth/contracts';

/**
 * Who may open a page:
 * - `setup`: only while the community is not set up yet (the first-run wizard);
 * - `guest`: people who are not signed in (sign-in, register, forgot password);
 * - `public`: anyone (links from mail: magic link, reset, confirm email);
 * - `applicant`: anyone signed in, whatever their membership status;
 * - `member`: signed-in members whose membership is active (also muted);
 * - `staff`: members who are moderators, admins or the owner.
 */
export type PageAccess = 'setup' | 'guest' | 'public' | 'applicant' | 'member' | 'staff';

export type AccessDecision = { kind: 'render' } | { kind: 'redirect'; to: string } | { kind: 'forbidden' };

const STAFF_ROLES = new Set<Me['role']>(['owner', 'admin', 'moderator']);

export function isStaff(me: Pick<Me, 'role'> | null | undefined): boolean {
  return Boolean(me && STAFF_ROLES.has(me.role));
}

export function isAwaitingApproval(me: Pick<Me, 'status'>): boolean {
  return me.status === 'pending' || me.status === 'declined';
}

/** A same-site path to return to after signing in; anything else (//evil, https://) is dropped. */
export function safeNext(next: string | null | undefined): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  return next;
}

export function loginPathFor(location: string): string {
  return location === '/' ? '/login' : `/login?next=${encodeURIComponent(location)}`;
}

/** Decides whether a page renders, or where the visitor goes instead. */
export function decideAccess(access: PageAccess, state: { needsSetup: boolean; me: Me | null; location: string }): AccessDecision {
  const { needsSetup, me, location } = state;
  if (access === 'setup') return needsSetup ? { kind: 'render' } : { kind: 'redirect', to: '/' };
  if (needsSetup) return { kind: 'redirect', to: '/setup' };
  switch (access) {
    case 'public':
      return { kind: 'render' };
    case 'guest':
      if (!me) return { kind: 'render' };
      return { kind: 'redirect', to: isAwaitingApproval(me) ? '/application-status' : '/' };
    case 'applicant':
      return me ? { kind: 'render' } : { kind: 'redirect', to: '/login' };
    case 'member':
    case 'staff':
      if (!me) return { kind: 'redirect', to: loginPathFor(location) };
      if (isAwaitingApproval(me)) return { kind: 'redirect', to: '/application-status' };
      if (access === 'staff' && !isStaff(me)) return { kind: 'forbidden' };
      return { kind: 'render' };
  }
}
