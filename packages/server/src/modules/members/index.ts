/** The members module's public surface; other modules import only from here. */
import type { FastifyInstance } from 'fastify';
import type { ContentScreen } from '../moderation/index.js';
import type { Platform } from '../../app/platform.js';
import { AdminMembersService } from './admin-members.service.js';
import { AvatarService } from './avatar.service.js';
import type { CommunityInfo } from './community-info.js';
import { InvitesService } from './invites.service.js';
import { registerMemberRoutes } from './members.routes.js';
import { MembersService, type DirectoryVisibility } from './members.service.js';
import { OnboardingService } from './onboarding.service.js';
import { TiersService } from './tiers.service.js';
import { TopicsService } from './topics.service.js';

export type { DirectoryVisibility, NewMember } from './members.service.js';
export { MembersService } from './members.service.js';
export type { MemberWithTier } from './members.repository.js';
export type { CommunityInfo } from './community-info.js';
export { toMe, toMemberSummary } from './members.mappers.js';
export { countMembers } from './members.repository.js';
export { ProfileUpdated } from './members.events.js';
export { activeMemberIdsAfter, hasCompleteProfile } from './member-facts.js';

export interface MembersModule {
  service: MembersService;
  registerRoutes(app: FastifyInstance): void;
}

/**
 * `community` answers what the members module needs of the community row (owned by system);
 * `visibility` which members a viewer must not find (people's blocks, either way).
 */
export function createMembersModule(
  platform: Platform,
  community: CommunityInfo,
  visibility: DirectoryVisibility,
  screen: ContentScreen,
): MembersModule {
  const service = new MembersService(platform, visibility, screen);
  const services = {
    members: service,
    admin: new AdminMembersService(platform, community),
    avatars: new AvatarService(platform),
    invites: new InvitesService(platform, community),
    onboarding: new OnboardingService(platform, community),
    tiers: new TiersService(platform),
    topics: new TopicsService(platform),
  };
  return { service, registerRoutes: (app) => registerMemberRoutes(app, services) };
}
export type { InviteGate } from './invite-gate.js';
export { createInviteGate } from './invite-gate.js';
