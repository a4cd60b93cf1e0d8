import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { OWNER, setUpCommunity, startTestApp, type TestApp } from '../../../test/harness.js';

describe('setup and community', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp();
  });
  after(() => app.close());

  it('reports health with the adapters in use', async () => {
    const res = await app.client().get('/api/health');
    assert.equal(res.status, 200);
    assert.equal(res.body.status, 'ok');
    assert.ok(['sqlite', 'postgres'].includes(res.body.db));
    assert.ok(['memory', 'redis'].includes(res.body.bus));
  });

  it('needs setup on a fresh install and the community is not there yet', async () => {
    const client = app.client();
    assert.deepEqual((await client.get('/api/setup')).body, { needsSetup: true });
    const community = await client.get('/api/community');
    assert.equal(community.status, 409);
    assert.equal(community.body.code, 'not_set_up');
  });

  it('rejects a weak owner password with a translated field error and stores nothing', async () => {
    const client = app.client({ locale: 'zh-TW' });
    const res = await client.post('/api/setup', {
      community: { name: 'X', locale: 'zh-TW' },
      owner: { email: 'a@example.com', password: 'password123', displayName: 'A' },
    });
    assert.equal(res.status, 400);
    assert.match(res.headers.get('content-type') ?? '', /application\/problem\+json/);
    assert.equal(res.body.errors[0].path, 'owner.password');
    assert.equal(res.body.errors[0].message, '密碼太容易被猜到。');
    assert.deepEqual((await client.get('/api/setup')).body, { needsSetup: true });
  });

  it('sets up the community with demo data and signs the owner in', async () => {
    const owner = await setUpCommunity(app, { locale: 'zh-TW', demo: true });
    const me = await owner.get('/api/me');
    assert.equal(me.status, 200);
    assert.equal(me.body.member.role, 'owner');
    assert.equal(me.body.member.email, OWNER.email);
    const community = await owner.get('/api/community');
    assert.equal(community.body.name, 'Test Hearth');
    assert.equal(community.body.joinPolicy, 'open');
    assert.deepEqual(
      community.body.tiers.map((t: { name: string }) => t.name),
      ['免費', '會員', 'VIP'],
    );
    assert.equal(community.body.memberCount, 13);
    const topics = await owner.get('/api/topics');
    assert.equal(topics.body.items.length, 8);
    // Starter spaces in the community's language, plus the demo's book club and VIP lounge.
    const spaces = (await owner.get('/api/spaces')).body;
    assert.deepEqual(
      spaces.spaces.map((s: { name: string; kind: string }) => `${s.name}:${s.kind}`),
      ['公告:announcement', '綜合討論:discussion', '問答:qa', '讀書會:discussion', 'VIP 會客室:discussion', '咖啡閒聊:chat'],
    );
    assert.deepEqual(
      spaces.sections.map((s: { name: string }) => s.name),
      ['興趣小組'],
    );
    const vip = spaces.spaces.find((s: { access: { minTierRank: number | null } }) => s.access.minTierRank !== null);
    assert.equal(vip.access.minTierRank, 2);
    const qa = spaces.spaces.find((s: { kind: string }) => s.kind === 'qa');
    const questions = (await owner.get(`/api/spaces/${qa.id}/posts`)).body.items;
    assert.equal(questions.length, 1);
    assert.equal(questions[0].answered, true);
    const thread = (await owner.get(`/api/posts/${questions[0].id}`)).body;
    assert.equal(thread.comments.items.length, 3);
    assert.equal(thread.comments.items[2].parentId, thread.comments.items[0].id);
    assert.equal(thread.post.acceptedCommentId, thread.comments.items[0].id);
    const chat = spaces.spaces.find((s: { kind: string }) => s.kind === 'chat');
    const messages = (await owner.get(`/api/conversations/${chat.conversationId}/messages`)).body.items;
    assert.deepEqual(
      messages.map((m: { seq: number }) => m.seq),
      [1, 2, 3, 4, 5, 6],
    );
    assert.match(messages[0].body, /耶加雪菲/);
  });

  it('starts every community with announcement, discussion and Q&A spaces, even without demo data', async () => {
    const fresh = await startTestApp();
    try {
      const owner = await setUpCommunity(fresh, { locale: 'zh-CN' });
      const spaces = (await owner.get('/api/spaces')).body.spaces;
      assert.deepEqual(
        spaces.map((s: { name: string; kind: string }) => `${s.name}:${s.kind}`),
        ['公告:announcement', '综合讨论:discussion', '问答:qa'],
      );
      assert.deepEqual((await owner.get(`/api/spaces/${spaces[1].id}/posts`)).body.items, []);
    } finally {
      await fresh.close();
    }
  });

  it('refuses a second setup with 409', async () => {
    const res = await app.client().post('/api/setup', {
      community: { name: 'Again', locale: 'en' },
      owner: { email: 'b@example.com', password: 'another good passphrase', displayName: 'B' },
    });
    assert.equal(res.status, 409);
    assert.equal(res.body.code, 'already_set_up');
  });

  it('publishes an OpenAPI 3.1 document covering the stable routes', async () => {
    const res = await app.client().get('/api/openapi.json');
    assert.equal(res.status, 200);
    assert.equal(res.body.openapi, '3.1.0');
    for (const path of ['/api/health', '/api/setup', '/api/community', '/api/auth/register', '/api/me', '/api/members', '/api/invites']) {
      assert.ok(res.body.paths[path], `missing ${path}`);
    }
  });
});

describe('links in mails', () => {
  it('use the origin recorded at setup, never a forged Host header', async () => {
    const app = await startTestApp({ env: { HEARTH_RATE_LIMIT: 'false' } });
    try {
      await setUpCommunity(app);
      const { request } = await import('node:http');
      const target = new URL(app.url);
      const status = await new Promise<number>((resolve, reject) => {
        const req = request(
          {
            host: target.hostname,
            port: target.port,
            path: '/api/auth/password-reset',
            method: 'POST',
            headers: { host: 'evil.example', 'content-type': 'application/json' },
          },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        req.end(JSON.stringify({ email: OWNER.email }));
      });
      assert.equal(status, 202);
      await app.hearth.platform.jobs.runDue();
      const mail = await app.hearth.platform.db
        .selectFrom('mail')
        .selectAll()
        .where('kind', '=', 'password_reset')
        .executeTakeFirstOrThrow();
      assert.ok(mail.text.includes(`${app.url}/auth/reset?token=`), mail.text);
      assert.ok(!mail.text.includes('evil.example'));
    } finally {
      await app.close();
    }
  });
});
