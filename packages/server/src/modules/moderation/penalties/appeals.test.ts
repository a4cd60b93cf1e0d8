/**
 * Appeals over HTTP: once per penalty, decided by another moderator; overturning lifts the
 * mute, restores the held content removed with it and returns the points taken; both
 * outcomes are notified and audited.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertProblem, memberWithRole, startCommunity } from '../../../../test/community.js';
import type { ApiClient, TestApp } from '../../../../test/harness.js';

type Who = { client: ApiClient; id: string };
let keys = 0;
const key = () => ({ 'idempotency-key': `appeal-${++keys}-${Math.random().toString(36).slice(2, 8)}` });
const REVIEW = '审核丙';

describe('appeals', () => {
  let app: TestApp;
  let owner: ApiClient;
  let mod: Who;
  let mod2: Who;
  let alice: Who;
  let bob: Who;
  let general: string;
  let pointsId: string;

  const settle = async () => {
    for (let i = 0; i < 20; i++) if ((await app.hearth.platform.jobs.runDue(500)) === 0) return;
  };
  const balance = async (who: Who) => (await app.hearth.modules.ledger.service.walletOf(app.hearth.platform.db, who.id, pointsId)).balance;

  before(async () => {
    ({ app, owner } = await startCommunity());
    mod = await memberWithRole(app, owner, 'moderator', { displayName: 'Mod One' });
    mod2 = await memberWithRole(app, owner, 'moderator', { displayName: 'Mod Two' });
    alice = await memberWithRole(app, owner, 'member', { displayName: 'Alice' });
    bob = await memberWithRole(app, owner, 'member', { displayName: 'Bob' });
    await owner.post('/api/admin/moderation/words', { words: [{ word: REVIEW, action: 'review' }] });
    general = (await owner.post('/api/spaces', { name: 'General', kind: 'discussion' })).body.space.id;
    for (const m of [alice, bob]) await m.client.post(`/api/spaces/${general}/join`, {});
    pointsId = (await owner.get('/api/wallet')).body.points.asset.id;
    await owner.post('/api/admin/points/grant', { memberId: alice.id, amount: 50, reason: 'seed' }, key());
  });
  after(() => app.close());

  it('removes held content with a mute and points; another moderator overturns the appeal and everything comes back', async () => {
    const post = (await alice.client.post(`/api/spaces/${general}/posts`, { title: 'Deal', body: `cheap ${REVIEW}` })).body.post;
    assert.equal(post.status, 'pending');
    const hold = (await mod.client.get('/api/moderation/queue')).body.items.find((i: any) => i.subjectId === post.id);
    assertProblem(
      await mod.client.post('/api/moderation/actions', { memberId: bob.id, action: 'warn', reason: 'x', holdId: hold.id }, key()),
      400,
      'invalid_input',
    );
    const acted = await mod.client.post(
      '/api/moderation/actions',
      { memberId: alice.id, action: 'mute', days: 1, templateId: 'spam', reason: 'ad', holdId: hold.id, pointsDeducted: 20 },
      key(),
    );
    assert.equal(acted.status, 201, JSON.stringify(acted.body));
    const penalty = acted.body.penalty;
    assert.equal(penalty.holdId, hold.id);
    assert.equal(await balance(alice), 30);
    assertProblem(await bob.client.get(`/api/posts/${post.id}`), 404, 'not_found');
    assertProblem(await alice.client.post(`/api/spaces/${general}/posts`, { title: 'x', body: 'y' }), 403, 'member_muted');

    // Only its member appeals, once.
    assertProblem(await bob.client.post('/api/appeals', { actionId: penalty.id, text: 'mine?' }, key()), 404, 'not_found');
    assertProblem(await alice.client.post('/api/appeals', { actionId: penalty.id, text: '  ' }, key()), 400, 'invalid_input');
    const appeal = await alice.client.post('/api/appeals', { actionId: penalty.id, text: 'It was a real offer from our club' }, key());
    assert.equal(appeal.status, 201, JSON.stringify(appeal.body));
    assertProblem(await alice.client.post('/api/appeals', { actionId: penalty.id, text: 'again' }, key()), 409, 'appeal_exists');

    const queue = (await mod2.client.get('/api/moderation/appeals')).body.items;
    const item = queue.find((q: any) => q.appeal.id === appeal.body.appeal.id);
    assert.equal(item.penalty.member.id, alice.id);
    assert.equal(item.appeal.text, 'It was a real offer from our club');
    assertProblem(await alice.client.get('/api/moderation/appeals'), 403, 'forbidden');

    const decide = (who: Who, body: unknown) => who.client.post(`/api/moderation/appeals/${appeal.body.appeal.id}/decide`, body);
    assertProblem(await decide(mod, { outcome: 'overturn', reason: 'my bad' }), 403, 'appeal_same_moderator');
    assertProblem(await decide(alice, { outcome: 'overturn', reason: 'me' }), 403, 'forbidden');
    assertProblem(await decide(mod2, { outcome: 'maybe', reason: 'x' }), 400, 'invalid_input');
    const overturned = await decide(mod2, { outcome: 'overturn', reason: 'a genuine club offer' });
    assert.equal(overturned.status, 200, JSON.stringify(overturned.body));
    assert.equal(overturned.body.appeal.status, 'overturned');
    assert.equal(overturned.body.appeal.decidedBy.id, mod2.id);
    assertProblem(await decide(mod2, { outcome: 'uphold', reason: 'changed my mind' }), 409, 'appeal_decided');

    assert.equal((await bob.client.get(`/api/posts/${post.id}`)).body.post.status, 'published', 'the removed thread is back');
    assert.equal(await balance(alice), 50, 'the points came back through the ledger');
    assert.equal((await app.hearth.modules.ledger.service.audit()).ok, true);
    const posted = await alice.client.post(`/api/spaces/${general}/posts`, { title: 'Free again', body: 'thanks' });
    assert.equal(posted.status, 201, JSON.stringify(posted.body));
    const standing = (await alice.client.get('/api/me/moderation')).body;
    assert.equal(standing.restriction, null);
    assert.equal(standing.penalties[0].state, 'overturned');
    assertProblem(await alice.client.post('/api/appeals', { actionId: penalty.id, text: 'x' }, key()), 409, 'penalty_not_appealable');

    await settle();
    const notices = (await alice.client.get('/api/notifications')).body.items.filter((n: any) => n.kind === 'moderation');
    assert.ok(
      notices.some((n: any) => /appeal was accepted/.test(n.title)),
      JSON.stringify(notices),
    );
    const actions = (await owner.get(`/api/admin/audit?targetId=${penalty.id}`)).body.items.map((e: any) => e.action);
    assert.deepEqual(actions.sort(), ['appeal.overturn', 'appeal.submit']);
    const onAlice = (await owner.get(`/api/admin/audit?targetId=${alice.id}`)).body.items.map((e: any) => e.action);
    assert.ok(onAlice.includes('penalty.mute') && onAlice.includes('penalty.overturn'), onAlice.join());
    const onPost = (await owner.get(`/api/admin/audit?targetId=${post.id}`)).body.items.map((e: any) => e.action);
    assert.deepEqual(onPost.sort(), ['hold.remove', 'hold.restore']);
  });

  it('an upheld appeal keeps the penalty and tells the member', async () => {
    const warned = await mod.client.post('/api/moderation/actions', { memberId: bob.id, action: 'warn', reason: 'rude' }, key());
    const appeal = await bob.client.post('/api/appeals', { actionId: warned.body.penalty.id, text: 'I was joking' }, key());
    const upheld = await mod2.client.post(`/api/moderation/appeals/${appeal.body.appeal.id}/decide`, {
      outcome: 'uphold',
      reason: 'still rude',
    });
    assert.equal(upheld.status, 200, JSON.stringify(upheld.body));
    assert.equal((await bob.client.get(`/api/moderation/penalties/${warned.body.penalty.id}`)).body.penalty.state, 'recorded');
    await settle();
    const titles = (await bob.client.get('/api/notifications')).body.items.map((n: any) => n.title);
    assert.ok(
      titles.some((t: string) => /not accepted/.test(t)),
      titles.join(),
    );
    assertProblem(await mod.client.get(`/api/moderation/appeals/${appeal.body.appeal.id}`), 404, 'route_not_found');
  });
});
