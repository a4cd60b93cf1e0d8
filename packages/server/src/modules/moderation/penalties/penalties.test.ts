/**
 * Penalties over HTTP: the role matrix and bad input (nothing changes), the ladder, mutes
 * enforced in every write path and ending exactly at their end under the injected clock,
 * bans ending sessions and live sockets and refusing sign-in, the notice, and the audit log.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DAY_MS, type ManualClock } from '../../../platform/clock.js';
import { assertProblem, memberWithRole, startCommunity } from '../../../../test/community.js';
import { snapshotDb } from '../../../../test/db-snapshot.js';
import type { ApiClient, TestApp } from '../../../../test/harness.js';
import { openSocket } from '../../../../test/realtime-client.js';

type Who = { client: ApiClient; id: string };
let keys = 0;
const key = () => ({ 'idempotency-key': `penalty-${++keys}-${Math.random().toString(36).slice(2, 8)}` });

describe('penalties', () => {
  let app: TestApp;
  let owner: ApiClient;
  let ownerId: string;
  let mod: Who;
  let mod2: Who;
  let admin: Who;
  let alice: Who;
  let bob: Who;
  let general: string;
  let chat: string;
  let pointsId: string;

  const clock = () => app.clock as ManualClock;
  const act = (who: Who | ApiClient, body: Record<string, unknown>) =>
    ('client' in who ? who.client : who).post('/api/moderation/actions', body, key());
  const settle = async () => {
    for (let i = 0; i < 20; i++) if ((await app.hearth.platform.jobs.runDue(500)) === 0) return;
  };
  const audit = async (query = '') => (await owner.get(`/api/admin/audit${query}`)).body.items as any[];

  before(async () => {
    ({ app, owner, ownerId } = await startCommunity());
    mod = await memberWithRole(app, owner, 'moderator', { displayName: 'Mod One' });
    mod2 = await memberWithRole(app, owner, 'moderator', { displayName: 'Mod Two' });
    admin = await memberWithRole(app, owner, 'admin', { displayName: 'Admin' });
    alice = await memberWithRole(app, owner, 'member', { displayName: 'Alice' });
    bob = await memberWithRole(app, owner, 'member', { displayName: 'Bob' });
    general = (await owner.post('/api/spaces', { name: 'General', kind: 'discussion' })).body.space.id;
    const chatSpace = (await owner.post('/api/spaces', { name: 'Lounge', kind: 'chat' })).body.space;
    chat = chatSpace.conversationId ?? chatSpace.id;
    for (const m of [alice, bob]) {
      await m.client.post(`/api/spaces/${general}/join`, {});
      await m.client.post(`/api/spaces/${chatSpace.id}/join`, {});
    }
    pointsId = (await owner.get('/api/wallet')).body.points.asset.id;
    const granted = await owner.post('/api/admin/points/grant', { memberId: alice.id, amount: 100, reason: 'welcome' }, key());
    assert.equal(granted.status, 201, JSON.stringify(granted.body));
  });
  after(() => app.close());

  it('refuses bad input and outranking with clear reasons, changing nothing', async () => {
    const db = app.hearth.platform.db;
    const before = await snapshotDb(db, ['session', 'idempotency_key']);
    assertProblem(await act(mod, { memberId: '01900000-0000-7000-8000-000000000000', action: 'warn', reason: 'x' }), 404, 'not_found');
    assertProblem(await act(mod, { memberId: mod.id, action: 'warn', reason: 'x' }), 403, 'penalty_self');
    assertProblem(await act(mod, { memberId: mod2.id, action: 'warn', reason: 'x' }), 403, 'penalty_outranked');
    assertProblem(await act(mod, { memberId: admin.id, action: 'mute', days: 1, reason: 'x' }), 403, 'penalty_outranked');
    assertProblem(await act(admin, { memberId: ownerId, action: 'ban', reason: 'x' }), 403, 'penalty_outranked');
    const outranked = await act(mod, { memberId: admin.id, action: 'warn', reason: 'x' });
    assert.match(outranked.body.detail, /admin/);
    assertProblem(await act(alice, { memberId: bob.id, action: 'warn', reason: 'x' }), 403, 'forbidden');
    assertProblem(await act(mod, { memberId: alice.id, action: 'mute', reason: 'x' }), 400, 'invalid_input');
    assertProblem(await act(mod, { memberId: alice.id, action: 'warn' }), 400, 'invalid_input');
    assertProblem(await act(mod, { memberId: alice.id, action: 'warn', days: 3, reason: 'x' }), 400, 'invalid_input');
    assertProblem(await act(mod, { memberId: alice.id, action: 'mute', days: 0, reason: 'x' }), 400, 'invalid_input');
    assertProblem(await act(mod, { memberId: alice.id, action: 'warn', templateId: 'nope' }), 400, 'invalid_input');
    assertProblem(
      await act(mod, { memberId: alice.id, action: 'warn', reason: 'x', holdId: '01900000-0000-7000-8000-000000000000' }),
      404,
      'not_found',
    );
    assertProblem(await act(mod, { memberId: alice.id, action: 'unban', reason: 'x' }), 409, 'not_banned');
    assertProblem(
      await act(mod, { memberId: alice.id, action: 'mute', days: 1, reason: 'x', pointsDeducted: 1000 }),
      422,
      'insufficient_balance',
    );
    const zh = await app.client({ locale: 'zh-TW' });
    zh.cookies = mod.client.cookies;
    assert.match((await zh.post('/api/moderation/actions', { memberId: mod.id, action: 'warn', reason: 'x' }, key())).body.title, /自己/);
    assert.equal(await snapshotDb(db, ['session', 'idempotency_key']), before, 'a refused action changed rows');
  });

  it('mutes: every write path refuses with member_muted (until and why), reading still works, and it ends exactly at its end', async () => {
    const thread = (await bob.client.post(`/api/spaces/${general}/posts`, { title: 'Hello', body: 'Bob here' })).body.post.id;
    const own = (await alice.client.post(`/api/spaces/${general}/posts`, { title: 'Mine', body: 'Before' })).body.post.id;
    const dm = (await bob.client.post('/api/dms', { memberIds: [alice.id] })).body.conversation.id;
    const start = clock().now();
    const muted = await act(mod, { memberId: alice.id, action: 'mute', days: 1, templateId: 'spam', reason: 'links everywhere' });
    assert.equal(muted.status, 201, JSON.stringify(muted.body));
    assert.equal(muted.body.penalty.state, 'active');
    assert.equal(muted.body.penalty.endsAt, new Date(start + DAY_MS).toISOString());

    const writes: [string, () => Promise<any>][] = [
      ['thread', () => alice.client.post(`/api/spaces/${general}/posts`, { title: 'Ad', body: 'buy' })],
      ['reply', () => alice.client.post(`/api/posts/${thread}/comments`, { body: 'reply' })],
      ['edit', () => alice.client.patch(`/api/posts/${own}`, { body: 'After' })],
      ['chat', () => alice.client.post(`/api/conversations/${chat}/messages`, { body: 'hi' })],
      ['dm', () => alice.client.post(`/api/conversations/${dm}/messages`, { body: 'hi' })],
      ['new dm', () => alice.client.post('/api/dms', { memberIds: [mod.id] })],
      ['tip', () => alice.client.post('/api/tips', { target: { kind: 'post', id: thread }, assetId: pointsId, amount: 1 }, key())],
      ['profile', () => alice.client.patch('/api/me', { bio: 'spam' })],
    ];
    for (const [name, write] of writes) {
      const res = await write();
      assertProblem(res, 403, 'member_muted');
      assert.match(res.body.detail, /Spam or advertising — links everywhere/, name);
      assert.equal(res.body.restriction.endsAt, new Date(start + DAY_MS).toISOString(), name);
    }
    assert.equal((await alice.client.get(`/api/posts/${thread}`)).status, 200, 'a muted member still reads');
    assert.equal((await alice.client.patch('/api/me', { locale: 'en' })).status, 200, 'settings are not writes others read');
    const standing = (await alice.client.get('/api/me/moderation')).body;
    assert.equal(standing.restriction.kind, 'mute');
    assert.equal(standing.restriction.endsAt, new Date(start + DAY_MS).toISOString());

    clock().set(start + DAY_MS - 1);
    assertProblem(await alice.client.post(`/api/posts/${thread}/comments`, { body: 'too early' }), 403, 'member_muted');
    clock().set(start + DAY_MS);
    const reply = await alice.client.post(`/api/posts/${thread}/comments`, { body: 'back at exactly the end' });
    assert.equal(reply.status, 201, JSON.stringify(reply.body));
    assert.equal((await alice.client.get('/api/me/moderation')).body.restriction, null);
    assert.equal((await mod.client.get(`/api/moderation/members/${alice.id}/penalties`)).body.items[0].state, 'ended');
  });

  it('tells the member with a notice that leads to the penalty, which other members cannot read', async () => {
    await settle();
    const notices = (await alice.client.get('/api/notifications')).body.items.filter((n: any) => n.kind === 'moderation');
    assert.ok(notices.length >= 1);
    assert.match(notices[0].title, /muted until/);
    assert.match(notices[0].excerpt, /links everywhere/);
    const id = notices[0].url.split('/').pop();
    assert.equal((await alice.client.get(`/api/moderation/penalties/${id}`)).body.penalty.kind, 'mute');
    assertProblem(await bob.client.get(`/api/moderation/penalties/${id}`), 404, 'not_found');
  });

  it('escalates along the owner ladder, counting only upheld penalties within the lookback', async () => {
    const fresh = await memberWithRole(app, owner, 'member', { displayName: 'Repeat' });
    const policy = (await mod.client.get('/api/admin/moderation/penalty-policy')).body;
    assert.deepEqual(
      policy.ladder.map((s: any) => `${s.kind}${s.days ?? ''}`),
      ['warn', 'mute1', 'mute7', 'mute15', 'ban'],
    );
    assertProblem(await admin.client.put('/api/admin/moderation/penalty-policy', policy), 403, 'forbidden');
    assertProblem(
      await owner.put('/api/admin/moderation/penalty-policy', { ...policy, ladder: [{ kind: 'mute', days: null }] }),
      400,
      'invalid_input',
    );
    const saved = await owner.put('/api/admin/moderation/penalty-policy', {
      ...policy,
      ladder: [
        { kind: 'warn', days: null },
        { kind: 'mute', days: 2 },
        { kind: 'ban', days: 30 },
      ],
      lookbackDays: 10,
    });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    const steps: string[] = [];
    for (let i = 0; i < 2; i++) {
      const res = await act(mod, { memberId: fresh.id, action: 'next', templateId: 'abuse' });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      steps.push(`${res.body.penalty.kind}@${res.body.penalty.ladderStep}`);
    }
    assert.deepEqual(steps, ['warn@1', 'mute@2']);
    // Eleven days later the earlier two fall outside the lookback: back to a warning.
    clock().advance(11 * DAY_MS);
    assert.deepEqual((await mod.client.get(`/api/moderation/members/${fresh.id}/penalties`)).body.nextStep, {
      kind: 'warn',
      days: null,
      step: 1,
    });
    await owner.put('/api/admin/moderation/penalty-policy', policy);
  });

  it('bans: sessions end, the live socket closes, sign-in is refused with until and why; a timed ban ends by itself', async () => {
    const email = `banned-${Math.random().toString(36).slice(2, 7)}@example.com`;
    const banned = await memberWithRole(app, owner, 'member', { email, displayName: 'Banned' });
    const socket = await openSocket(banned.client);
    const res = await act(mod, { memberId: banned.id, action: 'ban', days: 3, reason: 'ban evasion' });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    const closed = await socket.closed;
    assert.equal(closed.code, 4403);
    assertProblem(await banned.client.get('/api/me'), 401, 'unauthenticated');
    const login = await app.client().post('/api/auth/login', { email, password: 'a-long-enough-passphrase' });
    assertProblem(login, 403, 'account_banned_until');
    assert.match(login.body.detail, /ban evasion/);
    assert.equal(
      (await owner.get(`/api/admin/members/${banned.id}`)).body.member?.status ??
        (await owner.get(`/api/admin/members/${banned.id}`)).body.status,
      'banned',
    );
    clock().advance(3 * DAY_MS);
    const back = await app.client().post('/api/auth/login', { email, password: 'a-long-enough-passphrase' });
    assert.equal(back.status, 200, JSON.stringify(back.body));
    assert.equal(back.body.member.status, 'active');
  });

  it('a permanent ban is lifted by unban', async () => {
    const email = `perm-${Math.random().toString(36).slice(2, 7)}@example.com`;
    const banned = await memberWithRole(app, owner, 'member', { email });
    assert.equal((await act(mod, { memberId: banned.id, action: 'ban', reason: 'for good' })).body.penalty.endsAt, null);
    assertProblem(
      await app.client().post('/api/auth/login', { email, password: 'a-long-enough-passphrase' }),
      403,
      'account_banned_permanently',
    );
    const lifted = await act(mod2, { memberId: banned.id, action: 'unban', reason: 'mistake' });
    assert.equal(lifted.status, 201, JSON.stringify(lifted.body));
    assert.equal(lifted.body.penalty.state, 'lifted');
    assert.equal((await app.client().post('/api/auth/login', { email, password: 'a-long-enough-passphrase' })).status, 200);
  });

  it('records every action in the audit log (filterable by actor, action prefix and target)', async () => {
    const entries = await audit(`?targetId=${alice.id}`);
    assert.ok(entries.some((e) => e.action === 'penalty.mute' && e.actor.id === mod.id && e.reason.includes('links everywhere')));
    assert.ok(entries.some((e) => e.action === 'points.grant' && e.after.balance === 100));
    assert.ok((await audit('?action=penalty.')).every((e) => e.action.startsWith('penalty.')));
    assert.ok((await audit(`?actorId=${mod2.id}`)).every((e) => e.actor.id === mod2.id));
    assert.ok((await audit('?action=penalty.ban')).length >= 2);
    assertProblem(await mod.client.get('/api/admin/audit'), 403, 'forbidden');
  });
});
