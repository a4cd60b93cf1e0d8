import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import type { ApiClient, TestApp } from '../../../test/harness.js';
import { assertProblem, memberWithRole, snapshot, startCommunity } from './members.test-support.js';

describe('onboarding', () => {
  let app: TestApp;
  let owner: ApiClient;
  let member: ApiClient;

  before(async () => {
    ({ app, owner } = await startCommunity({ locale: 'zh-TW' }));
    ({ client: member } = await memberWithRole(app, owner, 'member'));
    await owner.put('/api/admin/topics', {
      topics: [
        { slug: 'tea', name: '茶' },
        { slug: 'hiking', name: '登山' },
      ],
    });
  });
  after(() => app.close());

  it("starts at the welcome step with the community's welcome text", async () => {
    const res = await member.get('/api/me/onboarding');
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.steps, [
      { id: 'welcome', done: false },
      { id: 'interests', done: false },
      { id: 'profile', done: false },
      { id: 'introduce', done: false },
    ]);
    assert.equal(res.body.current, 'welcome');
    assert.match(res.body.welcome, /^歡迎來到Test Hearth/);
    const welcome = await owner.patch('/api/admin/community', { welcome: '先喝杯茶，再慢慢逛。' });
    assert.equal(welcome.status, 200);
    assert.equal((await member.get('/api/me/onboarding')).body.welcome, '先喝杯茶，再慢慢逛。');
    assertProblem(await app.client().get('/api/me/onboarding'), 401, 'unauthenticated');
  });

  it('completes welcome without a body, and again without change', async () => {
    const res = await member.post('/api/me/onboarding/welcome');
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.current, 'interests');
    assert.equal((await member.post('/api/me/onboarding/welcome', {})).body.current, 'interests');
  });

  it('refuses steps whose requirements are not met, changing nothing', async () => {
    const before = await snapshot(app);
    const interests = await member.post('/api/me/onboarding/interests', {});
    assertProblem(interests, 422, 'interests_required');
    assertProblem(await member.post('/api/me/onboarding/profile', {}), 422, 'profile_incomplete');
    const intro = await member.post('/api/me/onboarding/introduce', {});
    assertProblem(intro, 400, 'invalid_input');
    assert.deepEqual(
      intro.body.errors.map((e: { path: string; code: string }) => [e.path, e.code]),
      [['introduction', 'required']],
    );
    assertProblem(await member.post('/api/me/onboarding/introduce', { introduction: '   ' }), 400, 'invalid_input');
    assertProblem(await member.post('/api/me/onboarding/introduce', { introduction: 'x'.repeat(1001) }), 400, 'invalid_input');
    assertProblem(await member.post('/api/me/onboarding/dance', {}), 400, 'invalid_input');
    assert.equal(await snapshot(app), before);
  });

  it('completes interests once the profile has one', async () => {
    await member.patch('/api/me', { interests: ['tea'] });
    const res = await member.post('/api/me/onboarding/interests', {});
    assert.equal(res.status, 200);
    assert.equal(res.body.current, 'profile');
  });

  it('completes profile with an avatar alone', async () => {
    const form = new FormData();
    form.append(
      'file',
      new Blob(
        [
          await sharp({ create: { width: 50, height: 50, channels: 3, background: '#123456' } })
            .png()
            .toBuffer(),
        ],
        { type: 'image/png' },
      ),
      'a.png',
    );
    assert.equal((await member.post('/api/me/avatar', form)).status, 200);
    const res = await member.post('/api/me/onboarding/profile', {});
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.current, 'introduce');
  });

  it('takes an introduction as the bio when the bio is empty, then is done', async () => {
    const res = await member.post('/api/me/onboarding/introduce', { introduction: '  大家好，我愛喝茶。  ' });
    assert.equal(res.status, 200);
    assert.equal(res.body.current, null);
    assert.ok(res.body.steps.every((s: { done: boolean }) => s.done));
    const me = (await member.get('/api/me')).body.member;
    assert.equal(me.bio, '大家好，我愛喝茶。');
    assert.equal(me.onboardingDone, true);
  });

  it('keeps an existing bio and shortens a long introduction to fit a bio', async () => {
    const other = await memberWithRole(app, owner, 'member');
    await other.client.patch('/api/me', { bio: 'Already here' });
    await other.client.post('/api/me/onboarding/introduce', { introduction: 'Hello!' });
    assert.equal((await other.client.get('/api/me')).body.member.bio, 'Already here');
    const third = await memberWithRole(app, owner, 'member');
    await third.client.post('/api/me/onboarding/introduce', { introduction: '茶'.repeat(800) });
    const bio: string = (await third.client.get('/api/me')).body.member.bio;
    assert.equal([...bio].length, 500);
    assert.ok(bio.endsWith('…'));
    assert.equal((await third.client.patch('/api/me', { bio })).status, 200, 'the stored bio is a valid bio');
  });
});
