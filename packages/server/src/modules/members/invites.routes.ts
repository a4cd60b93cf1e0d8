import { memberRoutes as r } from '@hearth/contracts';
import type { FastifyInstance } from 'fastify';
import { baseUrlOf } from '../../platform/http/base-url.js';
import { registerRoute } from '../../platform/http/route.js';
import type { InvitesService } from './invites.service.js';

/** Public look-ups of a code are limited per IP, so codes cannot be guessed at speed. */
const PREVIEW_LIMIT = { max: 30, windowMs: 60_000 };

export function registerInviteRoutes(app: FastifyInstance, invites: InvitesService): void {
  registerRoute(app, r.invites, async ({ query, request }) => invites.list(query, baseUrlOf(request)));
  registerRoute(app, r.createInvite, async ({ actor, body, request }) => invites.create(actor, body, baseUrlOf(request)));
  registerRoute(app, r.revokeInvite, async ({ params }) => invites.revoke(params.id));
  registerRoute(app, r.inviteQr, async ({ params, request }) => invites.qrSvg(params.id, baseUrlOf(request)));
  registerRoute(app, r.invitePreview, async ({ params }) => invites.preview(params.code), { rateLimit: PREVIEW_LIMIT });
}
