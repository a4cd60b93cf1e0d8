/** The people module's public surface: follows and friends, blocks, and who may DM whom. */
import type { FastifyInstance } from 'fastify';
import { registerPeopleRoutes } from './people.routes.js';
import { PeopleService, type PeopleDeps } from './people.service.js';

export { MemberFollowed } from './people.events.js';
export { PeopleService, type ActivitySource, type PeopleDeps } from './people.service.js';

export interface PeopleModule {
  service: PeopleService;
  registerRoutes(app: FastifyInstance): void;
}

export async function createPeopleModule(deps: PeopleDeps): Promise<PeopleModule> {
  const service = new PeopleService(deps);
  await service.listen();
  return { service, registerRoutes: (app) => registerPeopleRoutes(app, service) };
}
