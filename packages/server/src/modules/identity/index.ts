/** The identity module's public surface: accounts' credentials, sessions and sign-in. */
import type { FastifyInstance } from 'fastify';
import type { Platform } from '../../app/platform.js';
import type { Authenticator } from '../../platform/http/actor.js';
import { MemoryRateLimiter, unlimitedRateLimiter } from '../../platform/rate-limit/rate-limiter.js';
import type { InviteGate, MembersService } from '../members/index.js';
import { EmailChangeService } from './email-change.service.js';
import { defineIdentityJobs } from './identity.jobs.js';
import { registerIdentityRoutes } from './identity.routes.js';
import { IdentityService, type BanCheck, type CommunityPolicy } from './identity.service.js';
import { MagicLinkService } from './magic-link.service.js';
import { PASSWORD_FAILURES, PasswordGuard } from './password-guard.js';
import { PasswordService } from './password.service.js';
import { SessionsService } from './sessions.service.js';

export type { BanCheck, CommunityPolicy } from './identity.service.js';
export { IdentityService } from './identity.service.js';
export { SessionsService } from './sessions.service.js';
export { setSessionCookie } from './session-cookie.js';

export interface IdentityModule {
  identity: IdentityService;
  sessions: SessionsService;
  authenticator: Authenticator;
  registerRoutes(app: FastifyInstance): void;
}

export function createIdentityModule(
  platform: Platform,
  deps: { members: MembersService; invites: InviteGate; policy: () => Promise<CommunityPolicy | null>; bans?: BanCheck },
): IdentityModule {
  // One node counts failures in memory; a shared limiter can replace it behind the same interface.
  const failures = platform.config.rateLimit ? new MemoryRateLimiter(platform.clock, PASSWORD_FAILURES) : unlimitedRateLimiter;
  const guard = new PasswordGuard(failures);
  const sessions = new SessionsService(platform, deps.members);
  const identity = new IdentityService(platform, deps.members, sessions, deps.invites, deps.policy, guard, deps.bans ?? null);
  const magicLinks = new MagicLinkService(platform, deps.members, sessions, deps.policy);
  const passwords = new PasswordService(platform, deps.members, sessions, guard, deps.policy);
  const emailChanges = new EmailChangeService(platform, deps.members, sessions, guard, deps.policy);
  defineIdentityJobs(platform.jobs, {
    magicLink: (request) => magicLinks.deliverLink(request),
    passwordReset: (request) => passwords.deliverReset(request),
    emailChange: (request) => emailChanges.deliverChange(request),
  });
  return {
    identity,
    sessions,
    authenticator: { resolveSession: (token) => sessions.resolve(token) },
    registerRoutes: (app) =>
      registerIdentityRoutes(app, { identity, sessions, magicLinks, passwords, emailChanges, members: deps.members }),
  };
}
