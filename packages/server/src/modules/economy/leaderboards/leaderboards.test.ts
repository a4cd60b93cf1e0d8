/**
 * Leaderboards over HTTP under an injected clock: weekly (Monday to today), monthly and
 * all-time windows on the community's calendar; competition ranks with ties; the viewer's
 * own rank; opting out hides a member (and ranks the rest around them); a block hides a
 * member from the blocker only; accepted answers follow the latest acceptance; bad input is
 * a 4xx that changes nothing.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertProblem, memberWithRole, startCommunity } from '../../../../test/community.js';
import { snapshotDb } from '../../../../test/db-snapshot.js';
import type { ApiClient, TestApp } from '../../../../test/harness.js';
import type { ManualClock } from '../../../platform/clock.js';
import { AnswerAccepted } from '../../posts/index.js';
import { SNAPSHOT_MS } from './leaderboards.service.js';

type Who = { client: ApiClient; id: string };
let keyCounter = 0;
const idem = () => ({ 'idempotency-key': `badge-${++keyCounter}-${Math.random().toString(36).slice(2, 8)}` });
const clockOf = (app: TestApp) => app.clock as unknown as ManualClock;
/** Runs every due job until none is left (events, notifications). */
async function drain(app: TestApp): Promise<void> {
  for (let i = 0; i < 50; i++) if ((await app.hearth.platform.jobs.runDue(500)) === 0) return;
}

/** Noon in Taipei on a date. */
const noonTaipei = (date: string) => Date.parse(`${date}T12:00:00+08:00`);

describe('leaderboards', () => {
  let app: TestApp;
  let owner: ApiClient;
  let alice: Who;
  let bob: Who;
  let carol: Who;
  let dave: Who;
  let spaceId: string;
  let qaId: string;

  const at = (date: string) => clockOf(app).set(noonTaipei(date));
  const post = async (who: Who, title: string) => {
    const res = await who.client.post(`/api/spaces/${spaceId}/posts`, { title, body: 'words' });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    await drain(app);
    return res.body.post.id as string;
  };
  /** The board as `who` sees it, after any snapshot of it has gone stale. */
  const board = async (who: Who, metric: string, period: string) => {
    clockOf(app).advance(SNAPSHOT_MS + 1);
    const res = await who.client.get(`/api/leaderboards?metric=${metric}&period=${period}`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body as {
      from: string | null;
      to: string | null;
      items: { rank: number; score: number; member: { displayName: string } }[];
      me: { rank: number; score: number } | null;
      isHidden: boolean;
    };
  };
  const ranks = (b: Awaited<ReturnType<typeof board>>) => b.items.map((i) => `${i.rank} ${i.member.displayName} ${i.score}`);

  before(async () => {
    ({ app, owner } = await startCommunity());
    at('2026-02-20');
    alice = await memberWithRole(app, owner, 'member', { displayName: 'Alice' });
    bob = await memberWithRole(app, owner, 'member', { displayName: 'Bob' });
    carol = await memberWithRole(app, owner, 'member', { displayName: 'Carol' });
    dave = await memberWithRole(app, owner, 'member', { displayName: 'Dave' });
    spaceId = (await owner.post('/api/spaces', { name: 'General', kind: 'discussion' })).body.space.id;
    qaId = (await owner.post('/api/spaces', { name: 'Help', kind: 'qa' })).body.space.id;
    const settings = await owner.patch('/api/admin/economy/earning', {
      timeZone: 'Asia/Taipei',
      rules: { first_post_of_day: { isEnabled: true, amount: 10, dailyCap: 10 } },
    });
    assert.equal(settings.status, 200, JSON.stringify(settings.body));
    // Friday 20 February (last month), Sunday 1 March (this month, last week), then this week.
    await post(carol, 'February');
    at('2026-03-01');
    await post(bob, 'Sunday');
    at('2026-03-03');
    await post(alice, 'Tuesday');
    await post(bob, 'Tuesday');
    await post(dave, 'Tuesday');
    at('2026-03-04');
    await post(alice, 'Wednesday');
  });
  after(() => app.close());

  it('sums points earned per window with competition ranks, ties sharing a rank', async () => {
    const week = await board(alice, 'points', 'week');
    assert.deepEqual([week.from, week.to], ['2026-03-02', '2026-03-04']);
    assert.deepEqual(ranks(week), ['1 Alice 20', '2 Bob 10', '2 Dave 10']);
    assert.deepEqual(week.me, { rank: 1, score: 20 });
    const month = await board(dave, 'points', 'month');
    assert.deepEqual([month.from, month.to], ['2026-03-01', '2026-03-04']);
    assert.deepEqual(ranks(month), ['1 Alice 20', '1 Bob 20', '3 Dave 10']);
    assert.deepEqual(month.me, { rank: 3, score: 10 });
    const all = await board(carol, 'points', 'all');
    assert.deepEqual([all.from, all.to], [null, null]);
    assert.deepEqual(ranks(all), ['1 Alice 20', '1 Bob 20', '3 Carol 10', '3 Dave 10']);
    assert.equal((await board({ client: owner, id: '' }, 'points', 'week')).me, null, 'no score, no rank');
  });

  it('turns the week over at local midnight on Monday', async () => {
    clockOf(app).set(Date.parse('2026-03-08T23:58:00+08:00'));
    assert.equal((await board(alice, 'points', 'week')).items.length, 3, 'still Sunday in Taipei');
    clockOf(app).set(Date.parse('2026-03-09T00:00:30+08:00'));
    const monday = await board(alice, 'points', 'week');
    assert.deepEqual([monday.from, monday.items.length], ['2026-03-09', 0]);
    assert.equal((await board(alice, 'points', 'month')).items.length, 3);
    at('2026-03-04');
  });

  it('hides a member who opts out and ranks the others around them', async () => {
    assert.deepEqual((await dave.client.get('/api/me/leaderboards')).body, { isHidden: false });
    const res = await dave.client.put('/api/me/leaderboards', { isHidden: true });
    assert.deepEqual([res.status, res.body], [200, { isHidden: true }]);
    const all = await board(alice, 'points', 'all');
    assert.deepEqual(ranks(all), ['1 Alice 20', '1 Bob 20', '3 Carol 10']);
    const own = await board(dave, 'points', 'all');
    assert.equal(own.isHidden, true);
    assert.equal(own.me, null);
    assert.equal((await dave.client.put('/api/me/leaderboards', { isHidden: false })).status, 200);
    assert.deepEqual(ranks(await board(alice, 'points', 'all')), ['1 Alice 20', '1 Bob 20', '3 Carol 10', '3 Dave 10']);
  });

  it('hides members blocked either way from the viewer only, keeping everyone’s ranks', async () => {
    assert.equal((await carol.client.put(`/api/members/${bob.id}/block`, {})).status, 200);
    assert.deepEqual(ranks(await board(carol, 'points', 'all')), ['1 Alice 20', '3 Carol 10', '3 Dave 10']);
    assert.deepEqual(ranks(await board(bob, 'points', 'all')), ['1 Alice 20', '1 Bob 20', '3 Dave 10']);
    assert.deepEqual(ranks(await board(alice, 'points', 'all')), ['1 Alice 20', '1 Bob 20', '3 Carol 10', '3 Dave 10']);
    assert.equal((await carol.client.delete(`/api/members/${bob.id}/block`)).status < 300, true);
  });

  it('counts tips received in the window', async () => {
    const grant = await owner.post('/api/admin/points/grant', { memberId: carol.id, amount: 100, reason: 'welcome' }, idem());
    assert.equal(grant.status, 201, JSON.stringify(grant.body));
    const assetId = (await carol.client.get('/api/wallet')).body.points.asset.id;
    const alicePost = await post(alice, 'Tip me');
    const bobPost = await post(bob, 'Me too');
    for (const [id, n] of [
      [alicePost, 2],
      [bobPost, 1],
    ] as const) {
      for (let i = 0; i < n; i++) {
        const res = await carol.client.post('/api/tips', { target: { kind: 'post', id }, assetId, amount: 5 }, idem());
        assert.equal(res.status, 201, JSON.stringify(res.body));
      }
    }
    assert.deepEqual(ranks(await board(dave, 'tips', 'week')), ['1 Alice 2', '2 Bob 1']);
    at('2026-03-16');
    assert.deepEqual(ranks(await board(dave, 'tips', 'week')), []);
    assert.deepEqual(ranks(await board(dave, 'tips', 'month')), ['1 Alice 2', '2 Bob 1']);
    at('2026-03-04');
  });

  it('counts accepted answers, following the latest acceptance, a replay and a deletion', async () => {
    const question = (await carol.client.post(`/api/spaces/${qaId}/posts`, { title: 'How?', body: 'How to brew?' })).body.post.id;
    const bobs = (await bob.client.post(`/api/posts/${question}/comments`, { body: 'Boil' })).body.comment.id;
    const alices = (await alice.client.post(`/api/posts/${question}/comments`, { body: 'Steep' })).body.comment.id;
    const first = clockOf(app).now();
    assert.equal((await carol.client.put(`/api/posts/${question}/accepted`, { commentId: bobs })).status, 200);
    await drain(app);
    assert.deepEqual(ranks(await board(dave, 'answers', 'week')), ['1 Bob 1']);
    assert.equal((await carol.client.put(`/api/posts/${question}/accepted`, { commentId: alices })).status, 200);
    await drain(app);
    assert.deepEqual(ranks(await board(dave, 'answers', 'week')), ['1 Alice 1']);
    // An old delivery of the first acceptance arrives late: the newer state stands.
    await app.hearth.platform.events.emit(app.hearth.platform.db, AnswerAccepted, {
      postId: question,
      spaceId: qaId,
      commentId: bobs,
      answererId: bob.id,
      at: first,
    });
    await drain(app);
    assert.deepEqual(ranks(await board(dave, 'answers', 'all')), ['1 Alice 1']);
    assert.ok((await alice.client.delete(`/api/comments/${alices}`)).status < 300);
    await drain(app);
    assert.deepEqual(ranks(await board(dave, 'answers', 'all')), []);
  });

  it('refuses bad input with a translated 4xx and changes nothing', async () => {
    const db = app.hearth.platform.db;
    const snapshot = await snapshotDb(db, ['session', 'idempotency_key', 'member']);
    for (const q of ['metric=likes', 'period=year', 'limit=0', 'limit=101', 'limit=abc']) {
      const res = await alice.client.get(`/api/leaderboards?${q}`);
      assertProblem(res, 400, 'invalid_input');
      assert.ok(res.body.detail.length > 0);
    }
    assertProblem(await alice.client.put('/api/me/leaderboards', { isHidden: 'yes' }), 400, 'invalid_input');
    assertProblem(await alice.client.put('/api/me/leaderboards', {}), 400, 'invalid_input');
    assertProblem(await app.client().get('/api/leaderboards'), 401, 'unauthenticated');
    assertProblem(await app.client().put('/api/me/leaderboards', { isHidden: true }), 401, 'unauthenticated');
    assert.equal(await snapshotDb(db, ['session', 'idempotency_key', 'member']), snapshot);
  });
});
