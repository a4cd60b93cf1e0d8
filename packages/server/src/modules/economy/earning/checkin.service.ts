import type { CheckinCalendar, CheckinResult, EarningSettings } from '@hearth/contracts';
import { withTransaction, type Tx } from '../../../db/database.js';
import { AppError, conflict, refused } from '../../../platform/errors/app-error.js';
import type { Actor } from '../../../platform/http/actor.js';
import type { EconomyDeps } from '../economy.deps.js';
import type { EarningSettingsStore } from './earning-settings.js';
import type { EarningService } from './earning.service.js';
import { dateOfDay, dayOfDate, localDayOf, monthOf } from './local-day.js';
import { CheckedIn } from './earning.events.js';
import { checkinsBetween, findCheckin, insertCheckinOnce, restreakFrom } from './checkin.repository.js';

/** The memo of a make-up's payment (the wallet translates it). */
export const MAKEUP_MEMO = 'checkin_makeup';

/**
 * Daily check-in (簽到): once per member per community-local day, with a streak of
 * consecutive days, the daily_checkin rule's points and, every Nth day of a streak, the
 * checkin_streak bonus (both pending through the review window like every award). Owners
 * may allow a few make-ups per month for missed days, each paid for in points.
 */
export class CheckinService {
  constructor(
    private readonly deps: EconomyDeps,
    private readonly settings: EarningSettingsStore,
    private readonly earning: EarningService,
  ) {}

  /** The caller's month of check-ins (default this month). @throws invalid_input (month) */
  async calendar(actor: Actor, month?: string): Promise<CheckinCalendar> {
    const settings = await this.settings.get();
    return this.calendarOf(actor.memberId, settings, month);
  }

  /**
   * Checks the caller in for today; again the same day returns today's check-in (isNew false).
   * @throws checkin_disabled (422)
   */
  async checkIn(actor: Actor): Promise<CheckinResult> {
    const settings = await this.settings.get();
    if (!settings.rules.daily_checkin.isEnabled) throw refused('checkin_disabled');
    const today = localDayOf(this.deps.platform.clock.now(), settings.timeZone);
    const { isNew, streak, awarded } = await withTransaction(this.deps.platform.db, async (tx) => {
      const previous = await findCheckin(tx, actor.memberId, today - 1);
      const streak = (previous?.streak ?? 0) + 1;
      const row = { memberId: actor.memberId, day: today, streak, madeUp: 0, createdAt: this.deps.platform.clock.now() };
      if (!(await insertCheckinOnce(tx, row))) {
        return { isNew: false, streak: (await findCheckin(tx, actor.memberId, today))!.streak, awarded: 0 };
      }
      await this.deps.platform.events.emit(tx, CheckedIn, { memberId: actor.memberId, day: today, at: row.createdAt });
      let awarded = await this.awardDay(tx, actor.memberId, today);
      const bonus = settings.rules.checkin_streak;
      if (bonus.isEnabled && streak % bonus.threshold === 0) {
        const award = await this.earning.award(
          { rule: 'checkin_streak', memberId: actor.memberId, actKey: `${actor.memberId}:${today}` },
          tx,
        );
        awarded += award?.amount ?? 0;
      }
      return { isNew: true, streak, awarded };
    });
    return { date: dateOfDay(today), streak, isNew, awarded, calendar: await this.calendarOf(actor.memberId, settings) };
  }

  /**
   * Makes up a missed day earlier this month: pays the make-up cost (points back to the
   * community), checks the day in with its points, and renumbers the streak after it.
   * @throws makeup_not_allowed, makeup_day_invalid, makeup_limit_reached, insufficient_balance (422), already_checked_in (409)
   */
  async makeUp(actor: Actor, date: string): Promise<CheckinResult> {
    const settings = await this.settings.get();
    if (!settings.rules.daily_checkin.isEnabled) throw refused('checkin_disabled');
    if (settings.makeUpsPerMonth === 0) throw refused('makeup_not_allowed');
    const { ledger, platform } = this.deps;
    const today = localDayOf(platform.clock.now(), settings.timeZone);
    const month = monthOf(today);
    const day = dayOfDate(date);
    if (!Number.isFinite(day) || dateOfDay(day) !== date || day < month.first || day >= today) throw refused('makeup_day_invalid');
    const awarded = await withTransaction(platform.db, async (tx) => {
      const used = (await checkinsBetween(tx, actor.memberId, month.first, month.last)).filter((c) => c.madeUp === 1).length;
      if (used >= settings.makeUpsPerMonth) throw refused('makeup_limit_reached', { allowed: settings.makeUpsPerMonth });
      const row = { memberId: actor.memberId, day, streak: 1, madeUp: 1, createdAt: platform.clock.now() };
      if (!(await insertCheckinOnce(tx, row))) throw conflict('already_checked_in');
      if (settings.makeUpCost > 0) {
        const points = await ledger.ensurePointsAsset(tx);
        await ledger.burn(tx, {
          assetId: points.id,
          from: { memberId: actor.memberId },
          amount: settings.makeUpCost,
          memo: MAKEUP_MEMO,
          initiatorId: actor.memberId,
        });
      }
      await restreakFrom(tx, actor.memberId, day);
      await platform.events.emit(tx, CheckedIn, { memberId: actor.memberId, day, at: row.createdAt });
      return this.awardDay(tx, actor.memberId, day);
    });
    const streak = (await findCheckin(platform.db, actor.memberId, day))?.streak ?? 1;
    return { date, streak, isNew: true, awarded, calendar: await this.calendarOf(actor.memberId, settings) };
  }

  private async awardDay(tx: Tx, memberId: string, day: number): Promise<number> {
    const award = await this.earning.award({ rule: 'daily_checkin', memberId, actKey: `${memberId}:${day}`, day }, tx);
    return award?.amount ?? 0;
  }

  private async calendarOf(memberId: string, settings: EarningSettings, month?: string): Promise<CheckinCalendar> {
    const db = this.deps.platform.db;
    const today = localDayOf(this.deps.platform.clock.now(), settings.timeZone);
    const shown = month ? monthOf(dayOfDate(`${month}-01`)) : monthOf(today);
    if (!Number.isFinite(shown.first)) throw new AppError('invalid_input', 400, {}, [{ path: 'query.month', code: 'invalid_format' }]);
    const thisMonth = monthOf(today);
    const [rows, todayRow, yesterday, monthRows] = await Promise.all([
      checkinsBetween(db, memberId, shown.first, shown.last),
      findCheckin(db, memberId, today),
      findCheckin(db, memberId, today - 1),
      checkinsBetween(db, memberId, thisMonth.first, thisMonth.last),
    ]);
    const rules = settings.rules;
    return {
      isEnabled: rules.daily_checkin.isEnabled,
      today: dateOfDay(today),
      month: shown.month,
      checkedInToday: Boolean(todayRow),
      streak: todayRow?.streak ?? yesterday?.streak ?? 0,
      days: rows.map((r) => ({ date: dateOfDay(r.day), isMadeUp: r.madeUp === 1 })),
      amount: rules.daily_checkin.isEnabled ? rules.daily_checkin.amount : 0,
      streakEvery: rules.checkin_streak.threshold,
      streakBonus: rules.checkin_streak.isEnabled ? rules.checkin_streak.amount : 0,
      makeUps: {
        allowed: settings.makeUpsPerMonth,
        used: monthRows.filter((r) => r.madeUp === 1).length,
        cost: settings.makeUpCost,
      },
    };
  }
}
