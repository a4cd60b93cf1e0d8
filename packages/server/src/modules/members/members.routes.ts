import { memberRoutes as r } from '@hearth/contracts';
import type { FastifyInstance } from 'fastify';
import { registerRoute } from '../../platform/http/route.js';
import type { MembersService } from './members.service.js';
import { listTiers } from './members.repository.js';
import { toTier } from './tiers.mappers.js';

/** Profile and directory routes. Thin: contract → service → contract. */
export function registerMemberRoutes(app: FastifyInstance, members: MembersService): void {
  registerRoute(app, r.me, async ({ actor }) => ({ member: await members.getMe(actor.memberId) }));
  registerRoute(app, r.updateMe, async ({ actor, body }) => ({ member: await members.updateProfile(actor, body) }));
  registerRoute(app, r.directory, async ({ query }) => members.listDirectory(query));
  registerRoute(app, r.member, async ({ params }) => ({ member: await members.getProfile(params.id) }));
  registerRoute(app, r.tiers, async () => ({ items: (await listTiers(app.hearth.db)).map((t) => toTier(t)) }));
  registerRoute(app, r.topics, async () => ({
    items: await app.hearth.db.selectFrom('topic').select(['slug', 'name']).orderBy('position').execute(),
  }));
}
