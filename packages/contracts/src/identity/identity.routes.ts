import { z } from 'zod';
import { defineRoute, Id, Page, PageQuery } from '../common/index.js';
import {
  Accepted, Application, ChangeEmailBody, ChangePasswordBody, EmailBody, LoginBody, MemberEnvelope,
  RegisterBody, ResetPasswordBody, Session, TokenBody,
} from './identity.schemas.js';

const tags = ['identity'] as const;

export const identityRoutes = {
  register: defineRoute({ method: 'POST', path: '/api/auth/register', summary: 'Create an account (and a session)', tags, access: 'public', body: RegisterBody, status: 201, response: MemberEnvelope }),
  login: defineRoute({ method: 'POST', path: '/api/auth/login', summary: 'Sign in with email and password', tags, access: 'public', body: LoginBody, status: 200, response: MemberEnvelope }),
  logout: defineRoute({ method: 'POST', path: '/api/auth/logout', summary: 'End this session', tags, access: 'public', status: 204, response: null }),
  logoutAll: defineRoute({ method: 'POST', path: '/api/auth/logout-all', summary: 'End every session of the caller', tags, access: 'member', pendingOk: true, status: 204, response: null }),
  requestMagicLink: defineRoute({ method: 'POST', path: '/api/auth/magic-link', summary: 'Email a one-time sign-in link', tags, access: 'public', body: EmailBody, status: 202, response: Accepted }),
  verifyMagicLink: defineRoute({ method: 'POST', path: '/api/auth/magic-link/verify', summary: 'Sign in with a magic-link token', tags, access: 'public', body: TokenBody, status: 200, response: MemberEnvelope }),
  requestPasswordReset: defineRoute({ method: 'POST', path: '/api/auth/password-reset', summary: 'Email a password-reset link', tags, access: 'public', body: EmailBody, status: 202, response: Accepted }),
  resetPassword: defineRoute({ method: 'POST', path: '/api/auth/password-reset/confirm', summary: 'Set a new password with a reset token; ends all sessions', tags, access: 'public', body: ResetPasswordBody, status: 200, response: MemberEnvelope }),
  changePassword: defineRoute({ method: 'POST', path: '/api/me/password', summary: 'Change password; other sessions end', tags, access: 'member', pendingOk: true, body: ChangePasswordBody, status: 204, response: null }),
  requestEmailChange: defineRoute({ method: 'POST', path: '/api/me/email', summary: 'Ask to change email; a confirmation goes to the new address', tags, access: 'member', pendingOk: true, body: ChangeEmailBody, status: 202, response: Accepted }),
  confirmEmailChange: defineRoute({ method: 'POST', path: '/api/auth/email-change/confirm', summary: 'Confirm a new email address', tags, access: 'public', body: TokenBody, status: 200, response: MemberEnvelope }),
  sessions: defineRoute({ method: 'GET', path: '/api/me/sessions', summary: 'The caller\'s signed-in devices', tags, access: 'member', pendingOk: true, query: PageQuery, status: 200, response: Page(Session) }),
  revokeSession: defineRoute({ method: 'DELETE', path: '/api/me/sessions/:id', summary: 'Sign a device out', tags, access: 'member', pendingOk: true, params: z.object({ id: Id }), status: 204, response: null }),
  application: defineRoute({ method: 'GET', path: '/api/me/application', summary: 'The caller\'s membership application and its status', tags, access: 'member', pendingOk: true, status: 200, response: Application }),
} as const;
