import { systemRoutes as r } from '@hearth/contracts';
import type { FastifyInstance } from 'fastify';
import { requestOrigin } from '../../platform/http/base-url.js';
import { registerRoute } from '../../platform/http/route.js';
import { setSessionCookie, type SessionsService } from '../identity/index.js';
import type { SystemService } from './system.service.js';

export function registerSystemRoutes(app: FastifyInstance, system: SystemService, sessions: SessionsService): void {
  const { hearth } = app;
  registerRoute(app, r.health, async () => ({ status: 'ok' as const, version: hearth.version, db: hearth.dialect, bus: hearth.bus.kind }));
  registerRoute(app, r.setupStatus, async () => ({ needsSetup: await system.needsSetup() }));
  registerRoute(
    app,
    r.setup,
    async ({ body, request, reply }) => {
      // The Origin check already guarantees a browser's Origin is this site's own.
      const origin = request.headers.origin ?? requestOrigin(request);
      const { community, member, token } = await system.setup(body, request.headers['user-agent'] ?? null, origin);
      setSessionCookie(request, reply, token, sessions.maxAgeMs);
      return { community, member };
    },
    { rateLimit: { max: 10, windowMs: 60_000 } },
  );
  registerRoute(app, r.community, async () => system.getCommunity());
  registerRoute(app, r.updateCommunity, async ({ body }) => system.updateCommunity(body));
}
