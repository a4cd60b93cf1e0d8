/** The spaces module's public surface; other modules import only from here. */
import type { FastifyInstance } from 'fastify';
import type { Platform } from '../../app/platform.js';
import type { MembersService } from '../members/index.js';
import { registerSpaceRoutes } from './spaces.routes.js';
import { SpacesService } from './spaces.service.js';

export { SPACE_ACCESS_CHANGED, SpacesService, type SpaceAccessDecision } from './spaces.service.js';
export type { StarterSpaces } from './starter-spaces.js';

export interface SpacesModule {
  service: SpacesService;
  registerRoutes(app: FastifyInstance): void;
}

export function createSpacesModule(platform: Platform, members: MembersService): SpacesModule {
  const service = new SpacesService(platform, members);
  return { service, registerRoutes: (app) => registerSpaceRoutes(app, service) };
}
