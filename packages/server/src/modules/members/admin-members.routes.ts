import { memberRoutes as r } from '@hearth/contracts';
import type { FastifyInstance } from 'fastify';
import { baseUrlOf } from '../../platform/http/base-url.js';
import { registerRoute } from '../../platform/http/route.js';
import type { AdminMembersService } from './admin-members.service.js';

/** The members console: list, inspect, change role/tier, decide applications, history. */
export function registerAdminMemberRoutes(app: FastifyInstance, admin: AdminMembersService): void {
  registerRoute(app, r.adminMembers, async ({ query }) => admin.list(query));
  registerRoute(app, r.adminMember, async ({ params }) => ({ member: await admin.get(params.id) }));
  registerRoute(app, r.adminUpdateMember, async ({ actor, params, body }) => ({ member: await admin.update(actor, params.id, body) }));
  registerRoute(app, r.approveMember, async ({ actor, params, body, request }) => ({
    member: await admin.decide(actor, params.id, 'active', body?.reason, baseUrlOf(request)),
  }));
  registerRoute(app, r.declineMember, async ({ actor, params, body, request }) => ({
    member: await admin.decide(actor, params.id, 'declined', body?.reason, baseUrlOf(request)),
  }));
  registerRoute(app, r.memberHistory, async ({ params, query }) => admin.history(params.id, query));
}
