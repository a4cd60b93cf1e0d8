/** Badges (徽章) inside the economy module: the catalogue, rule awards and staff awards. */
import type { FastifyInstance } from 'fastify';
import type { EconomyDeps } from '../economy.deps.js';
import { BadgeRulesService } from './badge-rules.service.js';
import { registerBadgeRoutes, type BadgeServices } from './badges.routes.js';
import { BadgesService } from './badges.service.js';
import { subscribeBadges } from './badges.subscribers.js';

export { BadgeAwarded } from './badges.events.js';

export function createBadges(deps: EconomyDeps): BadgeServices & { registerRoutes(app: FastifyInstance): void } {
  const badges = new BadgesService(deps);
  const services: BadgeServices = { badges, rules: new BadgeRulesService(deps, badges) };
  subscribeBadges(deps.platform, services.rules);
  return { ...services, registerRoutes: (app) => registerBadgeRoutes(app, services) };
}
