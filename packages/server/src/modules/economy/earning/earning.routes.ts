import { earningRoutes as r, EarningRuleId, type EarningSummary } from '@hearth/contracts';
import type { FastifyInstance } from 'fastify';
import { toIso } from '../../../platform/clock.js';
import { invalid } from '../../../platform/errors/app-error.js';
import type { Actor } from '../../../platform/http/actor.js';
import { registerRoute as route } from '../../../platform/http/route.js';
import type { CheckinService } from './checkin.service.js';
import type { LevelsService } from './levels.service.js';
import type { EarningSettingsStore } from './earning-settings.js';
import type { EarningService } from './earning.service.js';
import type { PointsExpiryService } from './points-expiry.service.js';

export interface EarningServices {
  settings: EarningSettingsStore;
  earning: EarningService;
  checkin: CheckinService;
  levels: LevelsService;
  expiry: PointsExpiryService;
}

export function registerEarningRoutes(app: FastifyInstance, s: EarningServices): void {
  route(app, r.getEarningSettings, () => s.settings.get());
  route(app, r.updateEarningSettings, async ({ body }) => {
    const updated = await s.settings.update(body);
    await s.expiry.schedule();
    return updated;
  });
  route(app, r.earningSummary, ({ actor }) => summary(s, actor));
  route(app, r.memberLevels, async ({ query }) => {
    const ids = query.ids.split(',').filter(Boolean);
    if (ids.length > 100) throw invalid('query.ids', 'too_big');
    return { items: await s.levels.levelsOf(ids) };
  });
  route(app, r.checkinCalendar, ({ actor, query }) => s.checkin.calendar(actor, query.month));
  route(app, r.checkIn, ({ actor }) => s.checkin.checkIn(actor));
  route(app, r.makeUpCheckin, ({ actor, body }) => s.checkin.makeUp(actor, body.date));
}

async function summary(s: EarningServices, actor: Actor): Promise<EarningSummary> {
  const [pending, expiring, levels] = await Promise.all([
    s.earning.pending(actor.memberId),
    s.expiry.expiringFor(actor.memberId),
    s.levels.levelsOf([actor.memberId]),
  ]);
  return {
    pending: pending.total,
    pendingAwards: pending.items.map((a) => ({
      id: a.id,
      rule: EarningRuleId.parse(a.rule),
      amount: a.amount,
      status: a.status,
      createdAt: toIso(a.createdAt),
      settlesAt: toIso(a.settlesAt),
    })),
    expiring: expiring ? { amount: expiring.amount, on: toIso(expiring.on) } : null,
    level: levels[0]!,
  };
}
