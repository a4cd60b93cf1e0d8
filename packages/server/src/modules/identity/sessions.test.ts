import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { registerMember, setUpCommunity, startTestApp, type ApiClient, type TestApp } from '../../../test/harness.js';
import { assertProblem, NO_RATE_LIMITS } from './identity.test-support.js';

const PASSWORD = 'a-long-enough-passphrase';

interface SessionItem {
  id: string;
  current: boolean;
  userAgent: string | null;
  createdAt: string;
  lastSeenAt: string;
}

describe('sessions and the membership application', () => {
  let app: TestApp;
  let owner: ApiClient;

  /** A member signed in on three devices: the registering one first. */
  async function memberOnThreeDevices() {
    const { member, client } = await registerMember(app);
    const devices = [client, app.client(), app.client()];
    for (const device of devices.slice(1)) {
      const res = await device.post('/api/auth/login', { email: member.email, password: PASSWORD }, { 'user-agent': 'HearthTest/1.0' });
      assert.equal(res.status, 200);
    }
    return { member, devices };
  }

  before(async () => {
    app = await startTestApp({ env: NO_RATE_LIMITS });
    owner = await setUpCommunity(app);
  });
  after(() => app.close());

  it("lists the caller's sessions newest first, in pages, flagging the current one", async () => {
    const { devices } = await memberOnThreeDevices();
    const [first, , third] = devices as [ApiClient, ApiClient, ApiClient];
    const all = await first.get('/api/me/sessions');
    assert.equal(all.status, 200);
    const items = all.body.items as SessionItem[];
    assert.equal(items.length, 3);
    assert.equal(all.body.nextCursor, null);
    assert.equal(items.filter((s) => s.current).length, 1);
    assert.equal(items.at(-1)?.current, true, 'the registering session is the oldest');
    assert.ok(items.some((s) => s.userAgent === 'HearthTest/1.0'));

    const page1 = await third.get('/api/me/sessions?limit=2');
    assert.equal(page1.body.items.length, 2);
    assert.equal(page1.body.items[0].current, true);
    assert.ok(page1.body.nextCursor);
    const page2 = await third.get(`/api/me/sessions?limit=2&cursor=${page1.body.nextCursor}`);
    assert.equal(page2.body.items.length, 1);
    assert.equal(page2.body.nextCursor, null);
    assert.deepEqual(
      [...page1.body.items, ...page2.body.items].map((s: SessionItem) => s.id),
      items.map((s) => s.id),
    );

    assertProblem(await first.get('/api/me/sessions?cursor=%%%'), 400, 'invalid_input');
    assertProblem(await first.get('/api/me/sessions?limit=101'), 400, 'invalid_input');
  });

  it("signs one of the caller's devices out; other members' sessions are not found", async () => {
    const { devices } = await memberOnThreeDevices();
    const [first, second] = devices as [ApiClient, ApiClient, ApiClient];
    const { client: stranger } = await registerMember(app);
    const strangers = (await stranger.get('/api/me/sessions')).body.items as SessionItem[];
    const notMine = assertProblem(await first.request('DELETE', `/api/me/sessions/${strangers[0]!.id}`), 404, 'not_found');
    assert.equal(notMine.title, 'Not found.');
    assert.equal((await stranger.get('/api/me')).status, 200);
    assertProblem(await first.delete('/api/me/sessions/no-such-session'), 404, 'not_found');

    const secondId = ((await second.get('/api/me/sessions')).body.items as SessionItem[]).find((s) => s.current)!.id;
    assert.equal((await first.delete(`/api/me/sessions/${secondId}`)).status, 204);
    assertProblem(await second.get('/api/me'), 401, 'unauthenticated');
    assert.equal((await first.get('/api/me/sessions')).body.items.length, 2);
  });

  it('signing the current device out clears its cookie', async () => {
    const { devices } = await memberOnThreeDevices();
    const [first, second] = devices as [ApiClient, ApiClient, ApiClient];
    const currentId = ((await first.get('/api/me/sessions')).body.items as SessionItem[]).find((s) => s.current)!.id;
    assert.equal((await first.delete(`/api/me/sessions/${currentId}`)).status, 204);
    assert.equal(first.cookies.size, 0);
    assertProblem(await first.get('/api/me'), 401, 'unauthenticated');
    assert.equal((await second.get('/api/me')).status, 200);
  });

  it('logs out everywhere, this device included', async () => {
    const { devices } = await memberOnThreeDevices();
    const [first] = devices as [ApiClient, ApiClient, ApiClient];
    const res = await first.post('/api/auth/logout-all');
    assert.equal(res.status, 204);
    assert.equal(first.cookies.size, 0);
    for (const device of devices) assertProblem(await device.get('/api/me'), 401, 'unauthenticated');
    assert.equal((await owner.get('/api/me')).status, 200, 'other members stay signed in');
    const anonymous = assertProblem(await app.client({ locale: 'zh-TW' }).post('/api/auth/logout-all'), 401, 'unauthenticated');
    assert.equal(anonymous.title, '請先登入。');
    assertProblem(await app.client().get('/api/me/sessions'), 401, 'unauthenticated');
  });

  it("shows an admitted member's application as active, decided when they joined", async () => {
    const { client } = await registerMember(app);
    const res = await client.get('/api/me/application');
    assert.equal(res.status, 200);
    assert.equal(res.body.status, 'active');
    assert.deepEqual(res.body.answers, []);
    assert.ok(!Number.isNaN(Date.parse(res.body.decidedAt)));
    assert.equal(res.body.reason, null);
    assertProblem(await app.client().get('/api/me/application'), 401, 'unauthenticated');
  });

  it('shows a pending application with its answers, and a declined one with the reason', async () => {
    const policy = await owner.patch('/api/admin/community', { joinPolicy: 'application', questions: ['Why join?', '為什麼加入？'] });
    assert.equal(policy.status, 200, JSON.stringify(policy.body));
    const { client, member } = await registerMember(app, { answers: ['To learn', '學習'] });
    assert.equal(member.status, 'pending');
    const pending = await client.get('/api/me/application');
    assert.equal(pending.status, 200);
    assert.deepEqual(pending.body, {
      status: 'pending',
      answers: [
        { question: 'Why join?', answer: 'To learn' },
        { question: '為什麼加入？', answer: '學習' },
      ],
      decidedAt: null,
      reason: null,
    });
    assert.equal((await client.get('/api/me/sessions')).status, 200, 'pending members manage their sessions too');

    const decidedAt = Date.UTC(2026, 2, 1);
    await app.hearth.platform.db
      .updateTable('member')
      .set({ status: 'declined', decidedAt, decisionReason: 'Not a fit yet' })
      .where('id', '=', member.id)
      .execute();
    const declined = await client.get('/api/me/application');
    assert.equal(declined.body.status, 'declined');
    assert.equal(declined.body.decidedAt, new Date(decidedAt).toISOString());
    assert.equal(declined.body.reason, 'Not a fit yet');
  });
});
