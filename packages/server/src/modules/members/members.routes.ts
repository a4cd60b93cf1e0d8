import { memberRoutes as r } from '@hearth/contracts';
import type { FastifyInstance } from 'fastify';
import { registerRoute } from '../../platform/http/route.js';
import type { AdminMembersService } from './admin-members.service.js';
import { registerAdminMemberRoutes } from './admin-members.routes.js';
import { registerAvatarRoutes } from './avatar.routes.js';
import type { AvatarService } from './avatar.service.js';
import { registerInviteRoutes } from './invites.routes.js';
import type { InvitesService } from './invites.service.js';
import type { MembersService } from './members.service.js';
import type { OnboardingService } from './onboarding.service.js';
import { registerTierRoutes } from './tiers.routes.js';
import type { TiersService } from './tiers.service.js';
import type { TopicsService } from './topics.service.js';

export interface MemberServices {
  members: MembersService;
  admin: AdminMembersService;
  avatars: AvatarService;
  invites: InvitesService;
  onboarding: OnboardingService;
  tiers: TiersService;
  topics: TopicsService;
}

/** Every route of the members contract. Thin: contract → service → contract. */
export function registerMemberRoutes(app: FastifyInstance, s: MemberServices): void {
  registerRoute(app, r.me, async ({ actor }) => ({ member: await s.members.getMe(actor.memberId) }));
  registerRoute(app, r.updateMe, async ({ actor, body }) => ({ member: await s.members.updateProfile(actor, body) }));
  registerRoute(app, r.directory, async ({ actor, query }) => s.members.listDirectory(actor.memberId, query));
  registerRoute(app, r.member, async ({ params }) => ({ member: await s.members.getProfile(params.id) }));
  registerRoute(app, r.onboarding, async ({ actor }) => s.onboarding.get(actor.memberId));
  registerRoute(app, r.completeOnboardingStep, async ({ actor, params, body }) => s.onboarding.complete(actor.memberId, params.step, body));
  registerAvatarRoutes(app, s.avatars);
  registerTierRoutes(app, s.tiers, s.topics);
  registerInviteRoutes(app, s.invites);
  registerAdminMemberRoutes(app, s.admin);
}
