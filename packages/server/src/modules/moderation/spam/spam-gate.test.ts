import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertProblem, memberWithRole, startCommunity } from '../../../../test/community.js';
import type { ApiClient, TestApp } from '../../../../test/harness.js';

const AD = '兼職日結，微信 abc_12345';
const SETTINGS = '/api/admin/moderation/spam';
const TRUST = '/api/admin/trust/settings';

/** Ad/spam detection in the write paths: held for new members with its signals, allowed for established ones, settings. */
describe('spam detection in the content gate', () => {
  let app: TestApp;
  let owner: ApiClient;
  let newbie: { client: ApiClient; id: string };
  let veteran: { client: ApiClient; id: string };
  let moderator: { client: ApiClient; id: string };
  let general: string;
  let thread: string;

  const settle = async () => {
    for (let i = 0; i < 20; i++) if ((await app.hearth.platform.jobs.runDue(500)) === 0) return;
    throw new Error('jobs did not settle');
  };
  /** Trust level 1 (spam detection's default "established") after this many posts, no tenure. */
  const levelOneAfter = async (posts: number) => {
    const levels = (await owner.get(TRUST)).body.levels as any[];
    const res = await owner.patch(TRUST, { levels: [{ days: 0, posts, reactions: 0, maxFlags: 2 }, ...levels.slice(1)] });
    assert.equal(res.status, 200, JSON.stringify(res.body));
  };

  before(async () => {
    ({ app, owner } = await startCommunity());
    newbie = await memberWithRole(app, owner, 'member', { displayName: 'Newbie' });
    veteran = await memberWithRole(app, owner, 'member', { displayName: 'Veteran' });
    moderator = await memberWithRole(app, owner, 'moderator', { displayName: 'Mod' });
    general = (await owner.post('/api/spaces', { name: 'General', kind: 'discussion' })).body.space.id;
    for (const m of [newbie, veteran]) await m.client.post(`/api/spaces/${general}/join`, {});
    // Established = trust level 1 = one published post, no tenure (the clock does not move in this test).
    await levelOneAfter(1);
    thread = (await veteran.client.post(`/api/spaces/${general}/posts`, { title: 'Hello', body: 'Welcome all' })).body.post.id;
    // The published thread recomputes the veteran's level (an event, run by the jobs).
    await settle();
  });
  after(() => app.close());

  it('holds an ad-like reply of a new member, with each signal and its score in the queue', async () => {
    const created = await newbie.client.post(`/api/posts/${thread}/comments`, { body: AD });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal(created.body.comment.status, 'pending');
    const item = (await moderator.client.get('/api/moderation/queue')).body.items.find((i: any) => i.subjectId === created.body.comment.id);
    assert.ok(item, 'queued');
    const kinds = item.signals.map((s: any) => s.kind);
    for (const kind of ['wechat_id', 'lure']) assert.ok(kinds.includes(kind), `${kind} in ${kinds}`);
    assert.ok(item.signals.every((s: any) => s.score > 0));
    assert.ok(item.signals.reduce((sum: number, s: any) => sum + s.score, 0) >= 40);
  });

  it('allows the same text from an established member (below the block score)', async () => {
    const created = await veteran.client.post(`/api/posts/${thread}/comments`, { body: AD });
    assert.equal(created.status, 201);
    assert.equal(created.body.comment.status, 'published');
  });

  it('refuses where nothing can be held (profiles), and blocks everyone at the block score', async () => {
    assertProblem(await newbie.client.patch('/api/me', { bio: AD }), 422, 'content_looks_like_spam');
    assert.equal((await owner.patch(SETTINGS, { holdScore: 20, blockScore: 30 })).status, 200);
    const refused = await veteran.client.post(`/api/posts/${thread}/comments`, { body: AD });
    assertProblem(refused, 422, 'content_looks_like_spam');
    assert.ok(refused.body.signals.length > 0, 'the signals are in the problem');
    assert.equal((await owner.patch(SETTINGS, { holdScore: 40, blockScore: 90 })).status, 200);
  });

  it('holds repeats: a new member posting the same text again, and another new member copying it', async () => {
    // A repeat alone (+25) holds here; the text itself scores nothing. Five posts to be
    // established, so the first published one does not make Newbie established.
    assert.equal((await owner.patch(SETTINGS, { holdScore: 25 })).status, 200);
    await levelOneAfter(5);
    const text = '周末大家一起去爬山吧，天气预报说是晴天，记得带水和午饭';
    const first = await newbie.client.post(`/api/posts/${thread}/comments`, { body: text });
    assert.equal(first.body.comment.status, 'published');
    const again = await newbie.client.post(`/api/posts/${thread}/comments`, { body: `${text}！` });
    assert.equal(again.body.comment.status, 'pending');
    const other = await memberWithRole(app, owner, 'member', { displayName: 'Copycat' });
    await other.client.post(`/api/spaces/${general}/join`, {});
    const copied = await other.client.post(`/api/posts/${thread}/comments`, { body: `${text}。` });
    assert.equal(copied.body.comment.status, 'pending');
    const queue = (await moderator.client.get('/api/moderation/queue')).body.items as any[];
    const kindsOf = (id: string) => queue.find((i) => i.subjectId === id).signals.map((s: any) => s.kind);
    assert.ok(kindsOf(again.body.comment.id).includes('repeat_own'));
    assert.ok(kindsOf(copied.body.comment.id).includes('repeat_others'));
    assert.equal((await owner.patch(SETTINGS, { holdScore: 40 })).status, 200);
    await levelOneAfter(1);
  });

  it('settings: moderators read, only admins change; block must stay above hold; nothing changes on bad input', async () => {
    assert.equal((await moderator.client.get(SETTINGS)).status, 200);
    assertProblem(await moderator.client.patch(SETTINGS, { holdScore: 10 }), 403, 'forbidden');
    assertProblem(await newbie.client.get(SETTINGS), 403, 'forbidden');
    assertProblem(await owner.patch(SETTINGS, { holdScore: 95 }), 400, 'invalid_input');
    assertProblem(await owner.patch(SETTINGS, { holdScore: -1 }), 400, 'invalid_input');
    const now = (await owner.get(SETTINGS)).body;
    assert.equal(now.holdScore, 40);
    assert.equal(now.blockScore, 90);
    // Each change is in the audit log with the values before and after; refused ones are not.
    const changes = (await owner.get('/api/admin/audit?action=spam.settings')).body.items as any[];
    assert.equal(changes.length, 4);
    assert.deepEqual([changes[0].before.holdScore, changes[0].after.holdScore], [25, 40]);
  });

  it('retrains the classifier from review decisions (admin), seed otherwise', async () => {
    assert.equal((await owner.get(`${SETTINGS}/model`)).body.trainedAt, null);
    const item = (await moderator.client.get('/api/moderation/queue')).body.items[0];
    assert.equal((await moderator.client.post(`/api/moderation/queue/${item.id}/remove`, { reason: 'ad' })).status, 200);
    assertProblem(await moderator.client.post(`${SETTINGS}/model/retrain`, {}), 403, 'forbidden');
    const status = (await owner.post(`${SETTINGS}/model/retrain`, {})).body;
    assert.equal(status.spamDecisions, 1);
    assert.ok(status.trainedAt);
  });
});
