/**
 * Daily check-in over HTTP (once per community-local day, streaks, the streak bonus,
 * make-ups paid in points) and points expiry (first in, first out, announced ahead, an
 * `expire` transfer to the expiry account), all on the injected clock.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertProblem, memberWithRole, startCommunity } from '../../../../test/community.js';
import type { ApiClient, TestApp } from '../../../../test/harness.js';
import { assertAuditOk, clockOf, drain, idem, passWindow, pendingOf, pointsOf, type Who } from './earning-test-support.js';

const DAY = 86_400_000;
const WINDOW = 60;

describe('daily check-in and points expiry', () => {
  let app: TestApp;
  let owner: ApiClient;
  let alice: Who;
  let bob: Who;

  const checkIn = async (who: Who) => {
    const res = await who.client.post('/api/checkin', undefined, idem());
    assert.equal(res.status, 200, JSON.stringify(res.body));
    await drain(app);
    return res.body;
  };

  before(async () => {
    ({ app, owner } = await startCommunity());
    alice = await memberWithRole(app, owner, 'member', { displayName: 'Alice' });
    bob = await memberWithRole(app, owner, 'member', { displayName: 'Bob' });
    // 2026-03-10 09:00 in Taipei (01:00 UTC): the community's day is Taipei's.
    clockOf(app).set(Date.UTC(2026, 2, 10, 1, 0));
  });
  after(() => app.close());

  it('refuses a check-in while the rule is off', async () => {
    assertProblem(await alice.client.post('/api/checkin', undefined, idem()), 422, 'checkin_disabled');
    const calendar = await alice.client.get('/api/checkin');
    assert.equal(calendar.body.isEnabled, false);
  });

  it('checks in once per local day, counts the streak and pays the bonus every 3rd day', async () => {
    const res = await owner.patch('/api/admin/economy/earning', {
      timeZone: 'Asia/Taipei',
      reviewWindowSeconds: WINDOW,
      rules: {
        daily_checkin: { isEnabled: true, amount: 5, dailyCap: 5 },
        checkin_streak: { isEnabled: true, amount: 20, dailyCap: 20, threshold: 3 },
      },
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const first = await checkIn(alice);
    assert.deepEqual([first.date, first.streak, first.isNew, first.awarded], ['2026-03-10', 1, true, 5]);
    assert.equal(await pendingOf(alice), 5);
    const again = await checkIn(alice);
    assert.deepEqual([again.isNew, again.awarded, again.streak], [false, 0, 1]);
    assert.equal(await pendingOf(alice), 5, 'checking in twice the same day earns once');
    await passWindow(app, WINDOW);
    assert.equal(await pointsOf(app, alice.id), 5);

    // 16:00 UTC on the 10th is midnight of the 11th in Taipei.
    clockOf(app).set(Date.UTC(2026, 2, 10, 16, 0));
    const second = await checkIn(alice);
    assert.deepEqual([second.date, second.streak, second.awarded], ['2026-03-11', 2, 5]);
    clockOf(app).advance(DAY);
    const third = await checkIn(alice);
    assert.deepEqual([third.date, third.streak, third.awarded], ['2026-03-12', 3, 25], 'the 3rd day pays the bonus');
    assert.deepEqual(
      third.calendar.days.map((d: { date: string }) => d.date),
      ['2026-03-10', '2026-03-11', '2026-03-12'],
    );
    await passWindow(app, WINDOW);
    assert.equal(await pointsOf(app, alice.id), 35);
    await assertAuditOk(app);
  });

  it('makes up a missed day of this month for its cost, renumbers the streak, and refuses beyond the allowance', async () => {
    await owner.patch('/api/admin/economy/earning', { makeUpsPerMonth: 1, makeUpCost: 3 });
    // Alice misses the 13th and checks in on the 14th: streak 1 again.
    clockOf(app).advance(2 * DAY);
    assert.equal((await checkIn(alice)).streak, 1);
    await passWindow(app, WINDOW);
    const before = await pointsOf(app, alice.id);
    const made = await alice.client.post('/api/checkin/make-up', { date: '2026-03-13' }, idem());
    assert.equal(made.status, 201, JSON.stringify(made.body));
    assert.equal(made.body.streak, 4, 'the 10th–13th are consecutive now');
    assert.equal(made.body.calendar.streak, 5, "today's streak runs through the made-up day");
    assert.equal(made.body.calendar.makeUps.used, 1);
    await drain(app);
    assert.equal(await pointsOf(app, alice.id), before - 3, 'the cost is paid at once');
    assert.equal(await pendingOf(alice), 5, "the day's points are pending like any check-in");
    await passWindow(app, WINDOW);
    assert.equal(await pointsOf(app, alice.id), before + 2);

    const snapshot = await pointsOf(app, alice.id);
    assertProblem(await alice.client.post('/api/checkin/make-up', { date: '2026-03-09' }, idem()), 422, 'makeup_limit_reached');
    assertProblem(await alice.client.post('/api/checkin/make-up', { date: '2026-03-14' }, idem()), 422, 'makeup_day_invalid');
    assertProblem(await alice.client.post('/api/checkin/make-up', { date: '2026-02-27' }, idem()), 422, 'makeup_day_invalid');
    assertProblem(await alice.client.post('/api/checkin/make-up', { date: '2026-3-1' }, idem()), 400, 'invalid_input');
    assertProblem(await bob.client.post('/api/checkin/make-up', { date: '2026-03-14' }, idem()), 422, 'makeup_day_invalid');
    assert.equal(await pointsOf(app, alice.id), snapshot, 'refusals moved nothing');
    // Bob has no points: a make-up he cannot pay for is refused and leaves no check-in.
    assertProblem(await bob.client.post('/api/checkin/make-up', { date: '2026-03-12' }, idem()), 422, 'insufficient_balance');
    assert.equal((await bob.client.get('/api/checkin')).body.days.length, 0);
    await assertAuditOk(app);
  });

  it('shows another month on request and refuses a malformed one', async () => {
    const feb = await alice.client.get('/api/checkin?month=2026-02');
    assert.equal(feb.status, 200);
    assert.deepEqual([feb.body.month, feb.body.days.length], ['2026-02', 0]);
    assertProblem(await alice.client.get('/api/checkin?month=2026-13'), 400, 'invalid_input');
  });

  it('expires points oldest first after the set months, telling the member ahead', async () => {
    await owner.patch('/api/admin/economy/earning', { expiryMonths: 1, expiryNoticeDays: 7 });
    await drain(app);
    const total = await pointsOf(app, alice.id);
    assert.ok(total > 0);
    const summary = (await alice.client.get('/api/earning/me')).body;
    assert.ok(summary.expiring, 'the wallet shows the next expiry');
    // First in, first out: the make-up's 3 points were paid from the oldest 5 (the first check-in).
    assert.equal(summary.expiring.amount, 2, 'what is left of the oldest points expires first');
    assert.equal(summary.expiring.on.slice(0, 10), '2026-04-10');
    // Five days before: a notice, once.
    clockOf(app).set(Date.UTC(2026, 3, 5, 2, 0));
    await drain(app);
    const notes = async () =>
      (await alice.client.get('/api/notifications')).body.items.filter((n: { kind: string }) => n.kind === 'points_expiring');
    assert.equal((await notes()).length, 1);
    assert.equal((await notes())[0].title, '2026-04-10');
    clockOf(app).advance(DAY + 1);
    await drain(app);
    assert.equal((await notes()).length, 1, 'told once per date');
    assert.equal(await pointsOf(app, alice.id), total, 'nothing expired yet');
    // A month after the first check-in settled.
    clockOf(app).set(Date.UTC(2026, 3, 10, 2, 0));
    const swept = await app.hearth.modules.economy.earning.expiry.sweep();
    assert.equal(swept, 2);
    assert.equal(await pointsOf(app, alice.id), total - 2);
    const history = (await alice.client.get('/api/wallet/history')).body.items;
    assert.deepEqual([history[0].kind, history[0].direction, history[0].amount, history[0].memo], ['expire', 'out', 2, 'points_expiry']);
    assert.equal(await app.hearth.modules.economy.earning.expiry.sweep(), 0, 'a second run expires nothing more');
    await assertAuditOk(app);
  });
});
