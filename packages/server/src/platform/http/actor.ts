import type { Role, MemberStatus, Locale } from '@hearth/contracts';

/** The caller of a request, resolved from the session cookie or an API token. */
export interface Actor {
  memberId: string;
  role: Role;
  status: MemberStatus;
  tierId: string;
  tierRank: number;
  sessionId: string | null;
  locale: Locale;
}

/** What the HTTP layer needs from the identity module, injected to keep platform free of modules. */
export interface Authenticator {
  /** Resolves a session token to its actor, or null when unknown or expired. */
  resolveSession(token: string): Promise<Actor | null>;
}

export const SESSION_COOKIE = 'hearth_session';
