/** The members module's public surface; other modules import only from here. */
import type { FastifyInstance } from 'fastify';
import type { Platform } from '../../app/platform.js';
import { registerMemberRoutes } from './members.routes.js';
import { MembersService } from './members.service.js';

export type { NewMember } from './members.service.js';
export { MembersService } from './members.service.js';
export type { MemberWithTier } from './members.repository.js';
export { toMe, toMemberSummary } from './members.mappers.js';
export { countMembers } from './members.repository.js';

export interface MembersModule {
  service: MembersService;
  registerRoutes(app: FastifyInstance): void;
}

export function createMembersModule(platform: Platform): MembersModule {
  const service = new MembersService(platform);
  return { service, registerRoutes: (app) => registerMemberRoutes(app, service) };
}
export type { InviteGate } from './invite-gate.js';
export { createInviteGate } from './invite-gate.js';
