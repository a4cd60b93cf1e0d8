import { penaltyRoutes as r } from '@hearth/contracts';
import type { FastifyInstance } from 'fastify';
import { withTransaction } from '../../../db/database.js';
import { registerRoute } from '../../../platform/http/route.js';
import type { Platform } from '../../../app/platform.js';
import type { AppealsService } from './appeals.service.js';
import { readPolicy, writePolicy } from './penalty-policy.js';
import type { PenaltiesService } from './penalties.service.js';

/** Routes of penalties, appeals and the owner's policy. Thin: contract → service → contract. */
export function registerPenaltyRoutes(
  app: FastifyInstance,
  platform: Platform,
  penalties: PenaltiesService,
  appeals: AppealsService,
): void {
  registerRoute(app, r.actOnMember, async ({ actor, body }) => ({ penalty: await penalties.act(actor, body) }));
  registerRoute(app, r.memberPenalties, async ({ params }) => penalties.forMember(params.id));
  registerRoute(app, r.liftPenalty, async ({ actor, params, body }) => ({ penalty: await penalties.lift(actor, params.id, body.reason) }));
  registerRoute(app, r.getPenalty, async ({ actor, params }) => ({ penalty: await penalties.visible(actor, params.id) }));
  registerRoute(app, r.myStanding, async ({ actor }) => penalties.standing(actor));
  registerRoute(app, r.appeal, async ({ actor, body }) => ({ appeal: await appeals.submit(actor, body.actionId, body.text) }));
  registerRoute(app, r.listAppeals, async ({ query }) => appeals.queue(query));
  registerRoute(app, r.decideAppeal, async ({ actor, params, body }) => ({
    appeal: await appeals.decide(actor, params.id, body.outcome, body.reason),
  }));
  registerRoute(app, r.getPenaltyPolicy, async () => readPolicy(platform.db));
  registerRoute(app, r.setPenaltyPolicy, async ({ actor, body }) =>
    withTransaction(platform.db, async (tx) => {
      const before = await readPolicy(tx);
      await writePolicy(tx, body, platform.clock.now());
      await platform.audit.record(tx, {
        actorId: actor.memberId,
        action: 'penalty.policy',
        targetKind: 'community',
        targetId: null,
        before: before as unknown as Record<string, unknown>,
        after: body as unknown as Record<string, unknown>,
      });
      return body;
    }),
  );
}
