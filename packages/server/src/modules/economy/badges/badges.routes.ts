import { badgeRoutes as r } from '@hearth/contracts';
import type { FastifyInstance } from 'fastify';
import { registerRoute as route } from '../../../platform/http/route.js';
import type { BadgeRulesService } from './badge-rules.service.js';
import type { BadgesService } from './badges.service.js';

export interface BadgeServices {
  badges: BadgesService;
  rules: BadgeRulesService;
}

export function registerBadgeRoutes(app: FastifyInstance, s: BadgeServices): void {
  route(app, r.listBadges, async ({ locale }) => ({ items: await s.badges.list(locale) }));
  route(app, r.badgeHolders, ({ actor, locale, params, query }) => s.badges.holders({ ...actor, locale }, params.id, query));
  route(app, r.memberBadges, ({ locale, params }) => s.badges.memberBadges(locale, params.id));
  route(app, r.adminBadges, async ({ locale }) => ({ items: await s.badges.list(locale, true) }));
  route(app, r.createBadge, ({ actor, locale, body }) => s.badges.create({ ...actor, locale }, body));
  route(app, r.updateBadge, async ({ actor, locale, params, body }) => {
    const badge = await s.badges.update({ ...actor, locale }, params.id, body);
    // A rule badge switched (back) on is given to everyone who already qualifies.
    if (body.isEnabled === true && badge.rule) await s.rules.recheckAll();
    return badge;
  });
  route(app, r.awardBadge, ({ actor, locale, params, body }) =>
    s.badges.award({ ...actor, locale }, params.id, body.memberId, body.reason),
  );
  route(app, r.revokeBadge, ({ actor, params, body }) => s.badges.revoke(actor, params.id, body.memberId, body.reason));
  route(app, r.recheckBadges, async () => {
    await s.rules.recheckAll();
    return { isQueued: true as const };
  });
}
