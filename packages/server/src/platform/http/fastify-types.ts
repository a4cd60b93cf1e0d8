import type { Locale, RouteContract } from '@hearth/contracts';
import type { Platform } from '../../app/platform.js';
import type { Actor } from './actor.js';

declare module 'fastify' {
  interface FastifyInstance {
    hearth: Platform;
  }
  interface FastifyRequest {
    actor: Actor | null;
    locale: Locale;
    startedAt: bigint;
  }
  interface FastifyContextConfig {
    contract?: RouteContract;
  }
}
