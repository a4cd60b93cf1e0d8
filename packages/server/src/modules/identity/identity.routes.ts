import { identityRoutes as r } from '@hearth/contracts';
import type { FastifyInstance } from 'fastify';
import { SESSION_COOKIE } from '../../platform/http/actor.js';
import { registerRoute } from '../../platform/http/route.js';
import { clientInfo } from './client-info.js';
import type { IdentityService } from './identity.service.js';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';
import type { SessionsService } from './sessions.service.js';

/** Per-IP limits on the routes attackers hammer (credential stuffing, mail bombing). */
const AUTH_LIMIT = { max: 10, windowMs: 60_000 };
const MAIL_LIMIT = { max: 5, windowMs: 60_000 };

export function registerIdentityRoutes(app: FastifyInstance, identity: IdentityService, sessions: SessionsService): void {
  registerRoute(
    app,
    r.register,
    async ({ body, request, reply }) => {
      const previous = request.cookies[SESSION_COOKIE];
      const { member, token } = await identity.register(body, clientInfo(request));
      if (previous) await sessions.revokeToken(previous);
      setSessionCookie(request, reply, token, sessions.maxAgeMs);
      return { member };
    },
    { rateLimit: MAIL_LIMIT },
  );

  registerRoute(
    app,
    r.login,
    async ({ body, request, reply }) => {
      const previous = request.cookies[SESSION_COOKIE];
      const { member, token } = await identity.login(body, clientInfo(request));
      // Rotate: the pre-login session (if any) ends, a fresh token is issued.
      if (previous) await sessions.revokeToken(previous);
      setSessionCookie(request, reply, token, sessions.maxAgeMs);
      return { member };
    },
    { rateLimit: AUTH_LIMIT },
  );

  registerRoute(app, r.logout, async ({ request, reply }) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await sessions.revokeToken(token);
    clearSessionCookie(reply);
  });
}
