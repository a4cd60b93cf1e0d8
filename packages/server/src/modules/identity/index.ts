/** The identity module's public surface: accounts' credentials, sessions and sign-in. */
import type { FastifyInstance } from 'fastify';
import type { Platform } from '../../app/platform.js';
import type { Authenticator } from '../../platform/http/actor.js';
import type { InviteGate, MembersService } from '../members/index.js';
import { registerIdentityRoutes } from './identity.routes.js';
import { IdentityService, type CommunityPolicy } from './identity.service.js';
import { SessionsService } from './sessions.service.js';

export type { CommunityPolicy } from './identity.service.js';
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
  deps: { members: MembersService; invites: InviteGate; policy: () => Promise<CommunityPolicy | null> },
): IdentityModule {
  const sessions = new SessionsService(platform, deps.members);
  const identity = new IdentityService(platform, deps.members, sessions, deps.invites, deps.policy);
  return {
    identity,
    sessions,
    authenticator: { resolveSession: (token) => sessions.resolve(token) },
    registerRoutes: (app) => registerIdentityRoutes(app, identity, sessions),
  };
}
