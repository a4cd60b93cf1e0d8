import { moderationRoutes as r } from '@hearth/contracts';
import type { FastifyInstance } from 'fastify';
import { registerRoute } from '../../platform/http/route.js';
import type { HoldsService } from './holds.service.js';
import type { ModerationService } from './moderation.service.js';

/** The test box scans up to 50,000 characters per call: bounded per IP like other costly routes. */
const CHECK_LIMIT = { max: 120, windowMs: 60_000 };
const IMPORT_LIMIT = { max: 30, windowMs: 60_000 };
/** Up to 100 decisions per call: a moderator clearing a flood makes a handful of these a minute. */
const BULK_LIMIT = { max: 30, windowMs: 60_000 };

/** Every route of the word filter's contract. Thin: contract → service → contract. */
export function registerModerationRoutes(app: FastifyInstance, moderation: ModerationService, holds: HoldsService): void {
  registerRoute(app, r.listFilterWords, async ({ query }) => moderation.listWords(query));
  registerRoute(app, r.replaceFilterWords, async ({ actor, body }) => moderation.replaceWords(actor, body.words));
  registerRoute(app, r.addFilterWords, async ({ actor, body }) => moderation.addWords(actor, body.words));
  registerRoute(app, r.removeFilterWord, async ({ actor, params }) => moderation.removeWord(actor, params.id));
  registerRoute(app, r.importFilterWords, async ({ actor, body }) => moderation.importList(actor, body), { rateLimit: IMPORT_LIMIT });
  registerRoute(app, r.exportFilterWords, async ({ query, reply }) => {
    const name = query.category ? `hearth-${query.list}-${query.category}.txt` : `hearth-${query.list}.txt`;
    reply.header('content-disposition', `attachment; filename="${name}"`);
    return moderation.exportList(query);
  });
  registerRoute(app, r.listAllowedPhrases, async () => moderation.listAllowed());
  registerRoute(app, r.addAllowedPhrases, async ({ actor, body }) => moderation.addAllowed(actor, body.phrases));
  registerRoute(app, r.removeAllowedPhrase, async ({ actor, params }) => moderation.removeAllowed(actor, params.id));
  registerRoute(app, r.checkText, async ({ body }) => moderation.check(body.text), { rateLimit: CHECK_LIMIT });
  registerRoute(app, r.listReviewQueue, async ({ query }) => holds.queue(query));
  registerRoute(app, r.approveHeld, async ({ actor, params }) => holds.approve(actor, params.id));
  registerRoute(app, r.removeHeld, async ({ actor, params, body }) => holds.remove(actor, params.id, body.reason));
  registerRoute(app, r.bulkDecideHeld, async ({ actor, body, locale }) => holds.decideMany(actor, body, locale), { rateLimit: BULK_LIMIT });
}
