/** The presence module's public surface: who is online, across nodes, and when they were last seen. */
import type { FastifyInstance } from 'fastify';
import { registerPresenceRoutes } from './presence.routes.js';
import { PresenceService, type PresenceDeps } from './presence.service.js';

export { PRESENCE_HEARTBEAT_MS, PRESENCE_STALE_MS, PresenceService, type PresenceDeps } from './presence.service.js';

export interface PresenceModule {
  service: PresenceService;
  registerRoutes(app: FastifyInstance): void;
}

/** Builds the module and starts following this node's sockets (and its heartbeat). */
export function createPresenceModule(deps: PresenceDeps): PresenceModule {
  const service = new PresenceService(deps);
  service.start();
  return { service, registerRoutes: (app) => registerPresenceRoutes(app, service) };
}
