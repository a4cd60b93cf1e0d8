import { spaceRoutes as r } from '@hearth/contracts';
import type { FastifyInstance } from 'fastify';
import { registerRoute } from '../../platform/http/route.js';
import type { SpacesService } from './spaces.service.js';

/** Every route of the spaces contract. Thin: contract → service → contract. */
export function registerSpaceRoutes(app: FastifyInstance, spaces: SpacesService): void {
  registerRoute(app, r.listSpaces, async ({ actor }) => spaces.list(actor));
  registerRoute(app, r.getSpace, async ({ actor, params }) => ({ space: await spaces.get(actor, params.id) }));
  registerRoute(app, r.createSpace, async ({ actor, body }) => ({ space: await spaces.create(actor, body) }));
  registerRoute(app, r.updateSpace, async ({ actor, params, body }) => ({ space: await spaces.update(actor, params.id, body) }));
  registerRoute(app, r.archiveSpace, async ({ params }) => spaces.archive(params.id));
  registerRoute(app, r.joinSpace, async ({ actor, params }) => ({ space: await spaces.join(actor, params.id) }));
  registerRoute(app, r.leaveSpace, async ({ actor, params }) => ({ space: await spaces.leave(actor, params.id) }));
  registerRoute(app, r.muteSpace, async ({ actor, params, body }) => ({ space: await spaces.mute(actor, params.id, body.muted) }));
  registerRoute(app, r.markSpaceRead, async ({ actor, params }) => spaces.markRead(actor, params.id));
  registerRoute(app, r.listSpaceMembers, async ({ actor, params, query }) => spaces.listMembers(actor, params.id, query));
  registerRoute(app, r.addSpaceMembers, async ({ actor, params, body }) => spaces.addMembers(actor, params.id, body.memberIds));
  registerRoute(app, r.removeSpaceMember, async ({ actor, params }) => spaces.removeMember(actor, params.id, params.memberId));
  registerRoute(app, r.createSection, async ({ body }) => ({ section: await spaces.createSection(body.name) }));
  registerRoute(app, r.updateSection, async ({ params, body }) => ({ section: await spaces.updateSection(params.id, body) }));
  registerRoute(app, r.deleteSection, async ({ params }) => spaces.deleteSection(params.id));
}
