import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ApiClient, registerMember, startTestApp, type TestApp } from '../../../test/harness.js';
import { updateMemberRow } from './members.repository.js';
import { assertProblem, startCommunity } from './members.test-support.js';

describe('profile and directory', () => {
  let app: TestApp;
  let owner: ApiClient;
  let viewer: ApiClient;
  const ids: Record<string, string> = {};
  const names = async (q: string) => {
    const res = await viewer.get(`/api/members?limit=100&q=${encodeURIComponent(q)}`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body.items.map((m: { displayName: string }) => m.displayName).sort();
  };

  before(async () => {
    ({ app, owner } = await startCommunity());
    for (const name of ['張曉明', '张伟', 'Ming Chen', 'Xiaoming Li', '王小明']) {
      const { client, member } = await registerMember(app, { displayName: name });
      ids[name] = member.id;
      viewer ??= client;
    }
    const { members } = app.hearth.modules;
    const { db } = app.hearth.platform;
    const pending = await members.service.createMember(db, {
      email: 'p@example.com',
      displayName: '張待審',
      role: 'member',
      status: 'pending',
      locale: 'en',
      timeZone: 'UTC',
    });
    const declined = await members.service.createMember(db, {
      email: 'd@example.com',
      displayName: '張婉拒',
      role: 'member',
      status: 'pending',
      locale: 'en',
      timeZone: 'UTC',
    });
    assert.equal((await owner.post(`/api/admin/members/${declined.id}/decline`)).status, 200);
    const banned = await members.service.createMember(db, {
      email: 'b@example.com',
      displayName: '張停權 Ming',
      role: 'member',
      status: 'active',
      locale: 'en',
      timeZone: 'UTC',
    });
    await updateMemberRow(db, banned.id, { status: 'banned' });
    Object.assign(ids, { pending: pending.id, declined: declined.id, banned: banned.id });
  });
  after(() => app.close());

  it('matches partial Chinese names, Traditional and Simplified alike', async () => {
    assert.deepEqual(await names('张'), ['张伟', '張曉明']);
    assert.deepEqual(await names('張'), ['张伟', '張曉明']);
    assert.deepEqual(await names('晓明'), ['張曉明']);
    assert.deepEqual(await names('曉明'), ['張曉明']);
    assert.deepEqual(await names('張晓'), ['張曉明']);
    assert.deepEqual(await names('小明'), ['王小明']);
    assert.deepEqual(await names('明'), ['張曉明', '王小明']);
  });

  it('matches partial Latin names regardless of case and width', async () => {
    assert.deepEqual(await names('ming'), ['Ming Chen', 'Xiaoming Li']);
    assert.deepEqual(await names('MING'), ['Ming Chen', 'Xiaoming Li']);
    assert.deepEqual(await names('ｍｉｎｇ'), ['Ming Chen', 'Xiaoming Li']);
    assert.deepEqual(await names('ming c'), ['Ming Chen']);
    assert.deepEqual(await names('100%'), []);
    assert.deepEqual(await names('zzz'), []);
  });

  it('never lists pending, declined or banned members', async () => {
    const all = await viewer.get('/api/members?limit=100');
    const listed = all.body.items.map((m: { id: string }) => m.id);
    for (const hidden of [ids.pending, ids.declined, ids.banned]) assert.ok(!listed.includes(hidden));
    assert.equal(listed.length, 6);
    assertProblem(await viewer.get(`/api/members/${ids.pending}`), 404, 'not_found');
    assertProblem(await viewer.get(`/api/members/${ids.declined}`), 404, 'not_found');
  });

  it('pages newest first without gaps or repeats, also while members join', async () => {
    const everyone = (await viewer.get('/api/members?limit=100')).body.items.map((m: { id: string }) => m.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    let joined = false;
    do {
      const page: { status: number; body: { items: { id: string }[]; nextCursor: string | null } } = await viewer.get(
        `/api/members?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      assert.equal(page.status, 200);
      seen.push(...page.body.items.map((m) => m.id));
      cursor = page.body.nextCursor;
      if (!joined) {
        await registerMember(app, { displayName: 'Late Joiner' });
        joined = true;
      }
    } while (cursor);
    assert.deepEqual(seen, everyone);
    const withQuery: string[] = [];
    cursor = null;
    do {
      const page: { body: { items: { displayName: string }[]; nextCursor: string | null } } = await viewer.get(
        `/api/members?limit=1&q=${encodeURIComponent('明')}${cursor ? `&cursor=${cursor}` : ''}`,
      );
      withQuery.push(...page.body.items.map((m) => m.displayName));
      cursor = page.body.nextCursor;
    } while (cursor);
    assert.deepEqual(withQuery, ['王小明', '張曉明']);
    assertProblem(await viewer.get('/api/members?cursor=%%%'), 400, 'invalid_input');
    assertProblem(await viewer.get('/api/members?limit=101'), 400, 'invalid_input');
    assertProblem(await app.client().get('/api/members'), 401, 'unauthenticated');
  });

  it('shows a profile and lets members edit their own, renaming in search too', async () => {
    const profile = await viewer.get(`/api/members/${ids['王小明']}`);
    assert.equal(profile.status, 200);
    assert.equal(profile.body.member.displayName, '王小明');
    assert.equal(profile.body.member.email, undefined, 'emails are not shown to members');
    assertProblem(await viewer.get('/api/members/01900000-0000-7000-8000-000000000000'), 404, 'not_found');
    const me = await viewer.get('/api/me');
    assert.equal(me.body.member.displayName, '張曉明');
    const renamed = await viewer.patch('/api/me', {
      displayName: '陳美玲',
      bio: 'Tea person',
      links: [{ label: 'Site', url: 'https://example.com' }],
    });
    assert.equal(renamed.status, 200, JSON.stringify(renamed.body));
    assert.deepEqual([renamed.body.member.displayName, renamed.body.member.bio], ['陳美玲', 'Tea person']);
    assert.deepEqual(await names('美玲'), ['陳美玲']);
    assert.deepEqual(await names('曉明'), []);
    const bad = await viewer.patch('/api/me', { interests: ['no-such-topic'] });
    assertProblem(bad, 400, 'invalid_input');
    assert.equal(bad.body.errors[0].code, 'unknown_interest');
    assertProblem(await viewer.patch('/api/me', { role: 'owner' }), 400, 'invalid_input');
    assertProblem(await app.client().get('/api/me'), 401, 'unauthenticated');
  });

  it('shows every change at the next search although pages are cached, also on another node', async () => {
    // The second node shares only the database: its cache must follow directory_version.
    const config = app.hearth.platform.config;
    const second = await startTestApp({
      env: {
        HEARTH_RATE_LIMIT: 'false',
        HEARTH_DATA_DIR: config.dataDir,
        ...(config.databaseUrl ? { HEARTH_DATABASE_URL: config.databaseUrl } : {}),
      },
    });
    try {
      const there = new ApiClient(second.url);
      there.cookies = new Map(viewer.cookies);
      const both = async (q: string) => {
        const [here, other] = await Promise.all([viewer, there].map((c) => c.get(`/api/members?limit=100&q=${encodeURIComponent(q)}`)));
        assert.deepEqual(other!.body, here!.body, 'both nodes answer alike');
        return here!.body.items as { id: string; displayName: string; bio: string; avatarUrl: string | null; tier: { name: string } }[];
      };
      const { db } = app.hearth.platform;
      assert.deepEqual((await both('快取')).length, 0);
      const { member } = await registerMember(app, { displayName: '快取測試' });
      assert.deepEqual(
        (await both('快取')).map((m) => m.id),
        [member.id],
        'a member who joins is found at once',
      );
      await updateMemberRow(db, member.id, { bio: 'cache bio', avatarKey: 'cache-avatar' });
      const [changed] = await both('快取');
      assert.deepEqual([changed!.bio, changed!.avatarUrl], ['cache bio', '/api/avatars/cache-avatar']);
      const tier = await db
        .selectFrom('tier')
        .select(['id', 'name'])
        .where('id', '=', (await db.selectFrom('member').select('tierId').where('id', '=', member.id).executeTakeFirstOrThrow()).tierId)
        .executeTakeFirstOrThrow();
      await db.updateTable('tier').set({ name: 'Renamed tier' }).where('id', '=', tier.id).execute();
      assert.equal((await both('快取'))[0]!.tier.name, 'Renamed tier', 'a renamed tier shows');
      await db.updateTable('tier').set({ name: tier.name }).where('id', '=', tier.id).execute();
      await updateMemberRow(db, member.id, { status: 'banned' });
      assert.deepEqual(await both('快取'), [], 'a member no longer listed is gone');
    } finally {
      await second.hearth.close();
    }
  });

  it('publishes tiers and topics to everyone', async () => {
    const tiers = await app.client().get('/api/tiers');
    assert.equal(tiers.status, 200);
    assert.deepEqual(
      tiers.body.items.map((t: { rank: number }) => t.rank),
      [0, 1, 2],
    );
    const topics = await app.client().get('/api/topics');
    assert.equal(topics.status, 200);
    assert.ok(Array.isArray(topics.body.items));
  });
});
