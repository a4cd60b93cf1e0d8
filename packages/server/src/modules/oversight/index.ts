/**
 * Economy oversight's public surface: the admin economy console (supply, circulation, flows,
 * the audit, freezing wallets, reversing transfers), the wash-trade and abuse detectors with
 * their flags, and members' transparency page. Built on the ledger's service only.
 */
import type { FastifyInstance } from 'fastify';
import { OversightConsoleService } from './oversight.console.service.js';
import type { OversightDeps } from './oversight.deps.js';
import { OversightFlagsService } from './oversight.flags.service.js';
import { registerOversightRoutes, type OversightServices } from './oversight.routes.js';
import { OversightTransparencyService } from './oversight.transparency.service.js';

export type { OversightDeps } from './oversight.deps.js';
export { DETECT_JOB } from './oversight.flags.service.js';

export interface OversightModule extends OversightServices {
  registerRoutes(app: FastifyInstance): void;
}

export function createOversightModule(deps: OversightDeps): OversightModule {
  const console = new OversightConsoleService(deps);
  const services: OversightServices = {
    console,
    flags: new OversightFlagsService(deps),
    transparency: new OversightTransparencyService(deps, console),
  };
  return { ...services, registerRoutes: (app) => registerOversightRoutes(app, services) };
}
