/** The spaces module's public surface; other modules import only from here. */
import type { FastifyInstance } from 'fastify';
import type { Platform } from '../../app/platform.js';
import type { RealtimeHub } from '../../platform/realtime/realtime-hub.js';
import type { MembersService } from '../members/index.js';
import { registerSpaceRoutes } from './spaces.routes.js';
import { SpacesService } from './spaces.service.js';

export { SPACE_ACCESS_CHANGED, SpacesService, type SpaceAccessDecision } from './spaces.service.js';
export type { StarterSpaces } from './starter-spaces.js';

export interface SpacesModule {
  service: SpacesService;
  registerRoutes(app: FastifyInstance): void;
}

/** `realtime` tells members when someone else changed their sidebar. */
export function createSpacesModule(platform: Platform, members: MembersService, realtime: Pick<RealtimeHub, 'publish'>): SpacesModule {
  const service = new SpacesService(platform, members, realtime);
  return { service, registerRoutes: (app) => registerSpaceRoutes(app, service) };
}
