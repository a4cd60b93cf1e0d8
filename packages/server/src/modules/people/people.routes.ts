import { peopleRoutes as r } from '@hearth/contracts';
import type { FastifyInstance } from 'fastify';
import { registerRoute } from '../../platform/http/route.js';
import type { PeopleService } from './people.service.js';

/** Every route of the people contract. Thin: contract → service → contract. */
export function registerPeopleRoutes(app: FastifyInstance, people: PeopleService): void {
  registerRoute(app, r.followMember, async ({ actor, params }) => ({ relationship: await people.follow(actor, params.id) }));
  registerRoute(app, r.unfollowMember, async ({ actor, params }) => ({ relationship: await people.unfollow(actor, params.id) }));
  registerRoute(app, r.listFollowers, async ({ actor, params, query }) => people.followers(actor, params.id, query));
  registerRoute(app, r.listFollowing, async ({ actor, params, query }) => people.following(actor, params.id, query));
  registerRoute(app, r.relationship, async ({ actor, params }) => ({ relationship: await people.relationship(actor, params.id) }));
  registerRoute(app, r.memberActivity, async ({ actor, params, query }) => people.activity(actor, params.id, query));
  registerRoute(app, r.myFriends, async ({ actor, query }) => people.friends(actor, query));
  registerRoute(app, r.blockMember, async ({ actor, params }) => ({ relationship: await people.block(actor, params.id) }));
  registerRoute(app, r.unblockMember, async ({ actor, params }) => ({ relationship: await people.unblock(actor, params.id) }));
  registerRoute(app, r.myBlocks, async ({ actor, query }) => people.blocks(actor, query));
  registerRoute(app, r.myPrivacy, async ({ actor }) => people.privacy(actor));
  registerRoute(app, r.updateMyPrivacy, async ({ actor, body }) => people.updatePrivacy(actor, body));
}
