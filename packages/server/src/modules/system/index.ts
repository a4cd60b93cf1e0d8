/** The system module: the community row, first-run setup, settings, health. */
import type { FastifyInstance } from 'fastify';
import type { Platform } from '../../app/platform.js';
import type { IdentityService, SessionsService } from '../identity/index.js';
import type { MembersService } from '../members/index.js';
import { registerSystemRoutes } from './system.routes.js';
import { SystemService, type CommunityContent } from './system.service.js';

export { SystemService, type CommunityContent } from './system.service.js';

export function createSystemModule(
  platform: Platform,
  deps: { members: MembersService; identity: IdentityService; sessions: SessionsService; content: CommunityContent },
) {
  const service = new SystemService(platform, deps.members, deps.identity, deps.sessions, deps.content);
  return { service, registerRoutes: (app: FastifyInstance) => registerSystemRoutes(app, service, deps.sessions) };
}
