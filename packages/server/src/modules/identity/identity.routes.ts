import { identityRoutes as r } from '@hearth/contracts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../../platform/http/actor.js';
import { registerRoute } from '../../platform/http/route.js';
import type { MembersService } from '../members/index.js';
import { clientInfo } from './client-info.js';
import type { EmailChangeService } from './email-change.service.js';
import type { IdentityService } from './identity.service.js';
import type { MagicLinkService } from './magic-link.service.js';
import type { PasswordService } from './password.service.js';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';
import type { SessionsService } from './sessions.service.js';

/** Per-IP limits on the routes attackers hammer (credential stuffing, token guessing, mail bombing). */
const AUTH_LIMIT = { max: 10, windowMs: 60_000 };
const MAIL_LIMIT = { max: 5, windowMs: 60_000 };

const ACCEPTED = { accepted: true } as const;

export interface IdentityServices {
  identity: IdentityService;
  sessions: SessionsService;
  magicLinks: MagicLinkService;
  passwords: PasswordService;
  emailChanges: EmailChangeService;
  members: MembersService;
}

export function registerIdentityRoutes(app: FastifyInstance, services: IdentityServices): void {
  const { identity, sessions, magicLinks, passwords, emailChanges, members } = services;

  /** Every sign-in rotates: the browser's previous session (if any) ends and a fresh token is set. */
  const startSession = async (request: FastifyRequest, reply: FastifyReply, token: string) => {
    const previous = request.cookies[SESSION_COOKIE];
    if (previous) await sessions.revokeToken(previous);
    setSessionCookie(request, reply, token, sessions.maxAgeMs);
  };

  registerRoute(
    app,
    r.register,
    async ({ body, request, reply }) => {
      const { member, token } = await identity.register(body, clientInfo(request));
      await startSession(request, reply, token);
      return { member };
    },
    { rateLimit: MAIL_LIMIT },
  );

  registerRoute(
    app,
    r.login,
    async ({ body, request, reply }) => {
      const { member, token } = await identity.login(body, clientInfo(request));
      await startSession(request, reply, token);
      return { member };
    },
    { rateLimit: AUTH_LIMIT },
  );

  registerRoute(app, r.logout, async ({ request, reply }) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await sessions.revokeToken(token);
    clearSessionCookie(reply);
  });

  registerRoute(app, r.logoutAll, async ({ actor, reply }) => {
    await sessions.revokeAll(app.hearth.db, actor.memberId);
    clearSessionCookie(reply);
  });

  registerRoute(
    app,
    r.requestMagicLink,
    async ({ body, request }) => {
      await magicLinks.requestLink(body.email, clientInfo(request));
      return ACCEPTED;
    },
    { rateLimit: MAIL_LIMIT },
  );

  registerRoute(
    app,
    r.verifyMagicLink,
    async ({ body, request, reply }) => {
      const { member, token } = await magicLinks.verify(body.token, clientInfo(request));
      await startSession(request, reply, token);
      return { member };
    },
    { rateLimit: AUTH_LIMIT },
  );

  registerRoute(
    app,
    r.requestPasswordReset,
    async ({ body, request }) => {
      await passwords.requestReset(body.email, clientInfo(request));
      return ACCEPTED;
    },
    { rateLimit: MAIL_LIMIT },
  );

  registerRoute(
    app,
    r.resetPassword,
    async ({ body, request, reply }) => {
      const { member, token } = await passwords.resetPassword(body, clientInfo(request));
      await startSession(request, reply, token);
      return { member };
    },
    { rateLimit: AUTH_LIMIT },
  );

  registerRoute(app, r.changePassword, async ({ actor, body }) => passwords.changePassword(actor, body), { rateLimit: AUTH_LIMIT });

  registerRoute(
    app,
    r.requestEmailChange,
    async ({ actor, body, request }) => {
      await emailChanges.requestChange(actor, body, clientInfo(request));
      return ACCEPTED;
    },
    { rateLimit: MAIL_LIMIT },
  );

  registerRoute(
    app,
    r.confirmEmailChange,
    async ({ body, request, reply }) => {
      // The link may be opened on a device that is not signed in; sign that one in, leave others as they are.
      const { member, token } = await emailChanges.confirmChange(body.token, clientInfo(request), request.actor === null);
      if (token) await startSession(request, reply, token);
      return { member };
    },
    { rateLimit: AUTH_LIMIT },
  );

  registerRoute(app, r.sessions, async ({ actor, query }) => sessions.list(actor, query));

  registerRoute(app, r.revokeSession, async ({ actor, params, reply }) => {
    const { wasCurrent } = await sessions.revokeOwn(actor, params.id);
    if (wasCurrent) clearSessionCookie(reply);
  });

  registerRoute(app, r.application, async ({ actor }) => members.getApplication(actor.memberId));
}
