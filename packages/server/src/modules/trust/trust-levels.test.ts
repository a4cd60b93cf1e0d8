import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertProblem, memberWithRole } from '../../../test/community.js';
import { setUpCommunity, startTestApp, type ApiClient, type TestApp } from '../../../test/harness.js';
import { ManualClock } from '../../platform/clock.js';

const DAY = 86_400_000;
const SETTINGS = '/api/admin/trust/settings';
const trustOf = (id: string) => `/api/admin/members/${id}/trust`;

/** Levels over HTTP: tenure by the injected clock, posts and reactions, upheld flags, locks (and who may), thresholds, reports. */
describe('trust levels', () => {
  const clock = new ManualClock();
  let app: TestApp;
  let owner: ApiClient;
  let ownerId: string;
  let admin: { client: ApiClient; id: string };
  let moderator: { client: ApiClient; id: string };
  let alice: { client: ApiClient; id: string };
  let bob: { client: ApiClient; id: string };
  let general: string;

  const settle = async () => {
    for (let i = 0; i < 20; i++) if ((await app.hearth.platform.jobs.runDue(500)) === 0) return;
    throw new Error('jobs did not settle');
  };
  const mine = async (client: ApiClient) => (await client.get('/api/me/trust')).body;
  const audits = async (action: string) => (await owner.get(`/api/admin/audit?action=${action}`)).body.items as any[];

  before(async () => {
    app = await startTestApp({ env: { HEARTH_RATE_LIMIT: 'false' }, clock });
    owner = await setUpCommunity(app);
    ownerId = (await owner.get('/api/me')).body.member.id;
    admin = await memberWithRole(app, owner, 'admin', { displayName: 'Admin' });
    moderator = await memberWithRole(app, owner, 'moderator', { displayName: 'Mod' });
    alice = await memberWithRole(app, owner, 'member', { displayName: 'Alice' });
    bob = await memberWithRole(app, owner, 'member', { displayName: 'Bob' });
    general = (await owner.post('/api/spaces', { name: 'General', kind: 'discussion' })).body.space.id;
    for (const m of [alice, bob]) await m.client.post(`/api/spaces/${general}/join`, {});
  });
  after(() => app.close());

  it('a new member is level 0 and sees what it lets them do and what unlocks level 1', async () => {
    const status = await mine(alice.client);
    assert.equal(status.level, 0);
    assert.equal(status.isStaff, false);
    assert.equal(status.lock, null);
    assert.deepEqual(status.progress, { days: 0, posts: 0, reactions: 0, flags: 0 });
    assert.deepEqual(status.next, { level: 1, requirement: { days: 3, posts: 5, reactions: 0, maxFlags: 2 } });
    assert.equal(status.abilities.length, 5);
    assert.equal(status.limitsEnabled, false);
    const staff = await mine(moderator.client);
    assert.equal(staff.level, 4);
    assert.equal(staff.isStaff, true);
    assert.equal(staff.next, null);
  });

  it('tenure (the injected clock), posts and reactions received raise the level', async () => {
    for (let i = 0; i < 5; i++) await alice.client.post(`/api/spaces/${general}/posts`, { title: `T${i}`, body: 'Hello there' });
    await settle();
    assert.equal((await mine(alice.client)).progress.posts, 5);
    assert.equal((await mine(alice.client)).level, 0, 'not yet three days');
    clock.advance(3 * DAY);
    const basic = await mine(alice.client);
    assert.deepEqual([basic.level, basic.progress.days], [1, 3]);
    // Level 2 takes 14 days, 20 posts and 10 reactions: lower it to what reactions decide.
    const levels = (await owner.get(SETTINGS)).body.levels;
    levels[1] = { days: 3, posts: 5, reactions: 2, maxFlags: 1 };
    assert.equal((await owner.patch(SETTINGS, { levels })).status, 200);
    assert.equal((await mine(alice.client)).level, 1);
    const thread = (await owner.get(`/api/spaces/${general}/posts`)).body.items[0].id;
    await bob.client.post(`/api/posts/${thread}/reactions`, { emoji: '👍' });
    await moderator.client.post(`/api/posts/${thread}/reactions`, { emoji: '👍' });
    await settle();
    const member = await mine(alice.client);
    assert.deepEqual([member.level, member.progress.reactions], [2, 2]);
    assert.equal(member.next.level, 3);
  });

  it('upheld flags lower the level; a mute holds it at 0 until lifted', async () => {
    const warned = await moderator.client.post('/api/moderation/actions', { memberId: alice.id, action: 'warn', reason: 'rude' });
    assert.equal(warned.status, 201, JSON.stringify(warned.body));
    await settle();
    const flagged = await mine(alice.client);
    assert.deepEqual([flagged.progress.flags, flagged.level], [1, 2], 'level 2 allows one flag here');
    const muted = await moderator.client.post('/api/moderation/actions', { memberId: alice.id, action: 'mute', days: 1, reason: 'again' });
    assert.equal(muted.status, 201, JSON.stringify(muted.body));
    await settle();
    const held = await mine(alice.client);
    assert.deepEqual([held.level, held.restricted, held.progress.flags], [0, true, 2]);
    clock.advance(DAY + 1000);
    await settle();
    const after = (await moderator.client.get(trustOf(alice.id))).body;
    assert.deepEqual([after.restricted, after.level], [false, 1], 'two flags: basic again, not member');
  });

  it('an admin locks a level with a reason (audited); the lock wins over the numbers; unlocking returns to them', async () => {
    const locked = await admin.client.put(`${trustOf(alice.id)}/lock`, { level: 3, reason: 'Known organiser' });
    assert.equal(locked.status, 200, JSON.stringify(locked.body));
    assert.equal(locked.body.level, 3);
    assert.equal(locked.body.earnedLevel, 1);
    assert.equal(locked.body.lock.reason, 'Known organiser');
    assert.equal(locked.body.lock.lockedBy, admin.id);
    await moderator.client.post('/api/moderation/actions', { memberId: alice.id, action: 'warn', reason: 'third' });
    await settle();
    assert.equal((await mine(alice.client)).level, 3, 'flags do not move a locked level');
    const entry = (await audits('trust.lock'))[0];
    assert.deepEqual([entry.targetId, entry.reason, entry.after.level], [alice.id, 'Known organiser', 3]);
    const down = await owner.put(`${trustOf(bob.id)}/lock`, { level: 0, reason: 'Spammy' });
    assert.equal(down.body.level, 0);
    const unlocked = await admin.client.post(`${trustOf(alice.id)}/unlock`, { reason: 'Back to normal' });
    assert.equal(unlocked.status, 200);
    assert.deepEqual([unlocked.body.lock, unlocked.body.level], [null, 0], 'three flags: the numbers say 0');
    assert.equal((await audits('trust.unlock'))[0].reason, 'Back to normal');
    assertProblem(await admin.client.post(`${trustOf(alice.id)}/unlock`, { reason: 'again' }), 409, 'trust_level_not_locked');
  });

  it('who may: members nothing, moderators read, admins and the owner lock', async () => {
    const body = { level: 2, reason: 'x' };
    assertProblem(await alice.client.get(trustOf(bob.id)), 403, 'forbidden');
    assertProblem(await alice.client.put(`${trustOf(bob.id)}/lock`, body), 403, 'forbidden');
    assertProblem(await bob.client.put(`${trustOf(bob.id)}/lock`, body), 403, 'forbidden');
    assertProblem(await moderator.client.put(`${trustOf(bob.id)}/lock`, body), 403, 'forbidden');
    assertProblem(await moderator.client.post(`${trustOf(bob.id)}/unlock`, { reason: 'x' }), 403, 'forbidden');
    assert.equal((await moderator.client.get(trustOf(bob.id))).body.level, 0);
    assert.equal((await admin.client.put(`${trustOf(bob.id)}/lock`, body)).status, 200);
    assert.equal((await owner.put(`${trustOf(bob.id)}/lock`, { level: 1, reason: 'y' })).status, 200);
    assertProblem(await admin.client.put(`${trustOf(moderator.id)}/lock`, body), 422, 'trust_level_staff');
    assertProblem(await admin.client.put(`${trustOf(ownerId)}/lock`, body), 422, 'trust_level_staff');
    assertProblem(await admin.client.put(`${trustOf('nobody')}/lock`, body), 404, 'not_found');
    assertProblem(await moderator.client.get(trustOf('nobody')), 404, 'not_found');
    assertProblem(await app.client().get('/api/me/trust'), 401, 'unauthenticated');
  });

  it('bad input is 400 and changes nothing', async () => {
    const before = (await admin.client.get(trustOf(bob.id))).body;
    const auditCount = (await audits('trust.lock')).length;
    for (const level of [5, -1, '2', 1.5, null])
      assertProblem(await admin.client.put(`${trustOf(bob.id)}/lock`, { level, reason: 'x' }), 400, 'invalid_input');
    assertProblem(await admin.client.put(`${trustOf(bob.id)}/lock`, { level: 2 }), 400, 'invalid_input');
    assertProblem(await admin.client.put(`${trustOf(bob.id)}/lock`, { level: 2, reason: '   ' }), 400, 'invalid_input');
    assertProblem(await admin.client.put(`${trustOf(bob.id)}/lock`, { level: 2, reason: 'x', extra: 1 }), 400, 'invalid_input');
    assertProblem(await admin.client.post(`${trustOf(bob.id)}/unlock`, {}), 400, 'invalid_input');
    const after = (await admin.client.get(trustOf(bob.id))).body;
    assert.deepEqual([after.level, after.lock.reason], [before.level, before.lock.reason]);
    assert.equal((await audits('trust.lock')).length, auditCount);
    assertProblem(await moderator.client.get('/api/admin/trust/levels?ids='), 400, 'invalid_input');
  });

  it('thresholds: moderators read, admins change; each level at least the one below; bad input changes nothing', async () => {
    assert.equal((await moderator.client.get(SETTINGS)).status, 200);
    assertProblem(await moderator.client.patch(SETTINGS, { limitsEnabled: true }), 403, 'forbidden');
    assertProblem(await alice.client.get(SETTINGS), 403, 'forbidden');
    const before = (await owner.get(SETTINGS)).body;
    const descending = structuredClone(before.levels);
    descending[2].days = 1;
    const res = await owner.patch(SETTINGS, { levels: descending });
    assertProblem(res, 400, 'invalid_input');
    assert.equal(res.body.errors[0].path, 'levels.2.days');
    assertProblem(await owner.patch(SETTINGS, { levels: before.levels.slice(0, 3) }), 400, 'invalid_input');
    assertProblem(
      await owner.patch(SETTINGS, { levels: [{ days: -1, posts: 0, reactions: 0, maxFlags: 0 }, ...before.levels.slice(1)] }),
      400,
      'invalid_input',
    );
    assertProblem(await owner.patch(SETTINGS, { limitsEnabled: 'yes' }), 400, 'invalid_input');
    assert.deepEqual((await owner.get(SETTINGS)).body, before);
    assert.equal((await audits('trust.settings')).length, 1);
  });

  it('the review queue reads its authors’ levels in one call (staff 4, unknown left out)', async () => {
    const res = await moderator.client.get(`/api/admin/trust/levels?ids=${alice.id},${bob.id},${moderator.id},nobody`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual(res.body.levels, { [alice.id]: 0, [bob.id]: 1, [moderator.id]: 4 });
    assertProblem(await alice.client.get(`/api/admin/trust/levels?ids=${bob.id}`), 403, 'forbidden');
  });

  it('only reports from members at the reporter level (2 by default) hide a thread', async () => {
    assert.equal((await owner.patch('/api/admin/moderation/spam', { reportsToHide: 2 })).status, 200);
    const carol = await memberWithRole(app, owner, 'member', { displayName: 'Carol' });
    const dave = await memberWithRole(app, owner, 'member', { displayName: 'Dave' });
    for (const m of [carol, dave]) await m.client.post(`/api/spaces/${general}/join`, {});
    const thread = (await owner.post(`/api/spaces/${general}/posts`, { title: 'Buy now', body: 'cheap' })).body.post.id;
    for (const m of [carol, dave])
      assert.equal((await m.client.post('/api/reports', { targetKind: 'post', targetId: thread, reason: 'spam' })).status, 201);
    assert.equal((await bob.client.get(`/api/posts/${thread}`)).status, 200, 'level-0 reports do not hide');
    const other = (await owner.post(`/api/spaces/${general}/posts`, { title: 'Buy again', body: 'cheap' })).body.post.id;
    for (const m of [carol, dave]) await owner.put(`${trustOf(m.id)}/lock`, { level: 2, reason: 'trusted reporters' });
    for (const m of [carol, dave])
      assert.equal((await m.client.post('/api/reports', { targetKind: 'post', targetId: other, reason: 'spam' })).status, 201);
    const hidden = await bob.client.get(`/api/posts/${other}`);
    assert.equal(hidden.status, 404, 'hidden into the review queue');
  });
});
