import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertProblem, memberWithRole } from '../../../test/community.js';
import { setUpCommunity, startTestApp, type ApiClient, type TestApp } from '../../../test/harness.js';
import { ManualClock } from '../../platform/clock.js';

const HOUR = 3_600_000;
const LINK = 'Read this: https://example.com/guide';
const IMAGE = 'Look ![a cat](https://example.com/cat.png)';

/** The limits of levels 0–2 in the write paths, over HTTP: refused with nothing stored, lifted by level. */
describe('trust level limits in the write paths', () => {
  const clock = new ManualClock();
  let app: TestApp;
  let owner: ApiClient;
  let alice: { client: ApiClient; id: string };
  let bob: { client: ApiClient; id: string };
  let general: string;
  let lounge: string;
  let thread: string;

  const threads = async () => ((await owner.get(`/api/spaces/${general}/posts`)).body.items as any[]).length;
  const comments = async () => ((await owner.get(`/api/posts/${thread}`)).body.comments.items as any[]).length;
  const messages = async () => ((await owner.get(`/api/conversations/${lounge}/messages`)).body.items as any[]).length;
  const lock = async (memberId: string, level: number) =>
    assert.equal((await owner.put(`/api/admin/members/${memberId}/trust/lock`, { level, reason: 'test' })).status, 200);
  const post = (client: ApiClient, body: string) => client.post(`/api/spaces/${general}/posts`, { title: 'A thread', body });

  before(async () => {
    app = await startTestApp({ env: { HEARTH_RATE_LIMIT: 'false' }, clock });
    owner = await setUpCommunity(app);
    alice = await memberWithRole(app, owner, 'member', { displayName: 'Alice' });
    bob = await memberWithRole(app, owner, 'member', { displayName: 'Bob' });
    general = (await owner.post('/api/spaces', { name: 'General', kind: 'discussion' })).body.space.id;
    const chat = (await owner.post('/api/spaces', { name: 'Lounge', kind: 'chat' })).body.space;
    lounge = chat.conversationId;
    for (const m of [alice, bob]) {
      await m.client.post(`/api/spaces/${general}/join`, {});
      await m.client.post(`/api/spaces/${chat.id}/join`, {});
    }
    thread = (await owner.post(`/api/spaces/${general}/posts`, { title: 'Welcome', body: 'Say hello' })).body.post.id;
    assert.equal((await owner.patch('/api/admin/trust/settings', { limitsEnabled: true })).status, 200);
  });
  after(() => app.close());

  it('while limits are off (the default) nobody is limited', async () => {
    assert.equal((await owner.patch('/api/admin/trust/settings', { limitsEnabled: false })).status, 200);
    clock.advance(10_000);
    const made = await post(bob.client, LINK);
    assert.equal(made.status, 201, JSON.stringify(made.body));
    assert.equal((await owner.patch('/api/admin/trust/settings', { limitsEnabled: true })).status, 200);
    clock.advance(10_000);
  });

  it('level 0: a link or an image in a thread, reply or chat message is refused, translated, and nothing is stored', async () => {
    const [t, c, m] = [await threads(), await comments(), await messages()];
    const refused = await post(alice.client, LINK);
    assertProblem(refused, 403, 'trust_level_links');
    assert.match(refused.body.detail, /trust level 0/);
    assertProblem(await post(alice.client, IMAGE), 403, 'trust_level_images');
    assertProblem(await alice.client.post(`/api/posts/${thread}/comments`, { body: LINK }), 403, 'trust_level_links');
    assertProblem(
      await alice.client.post(`/api/conversations/${lounge}/messages`, { body: 'see www.example.org' }),
      403,
      'trust_level_links',
    );
    assert.deepEqual([await threads(), await comments(), await messages()], [t, c, m]);
    // Plain text goes through.
    assert.equal((await alice.client.post(`/api/posts/${thread}/comments`, { body: 'Hello everyone' })).status, 201);
  });

  it('level 0: the refusal speaks the member’s language', async () => {
    const res = await alice.client.request('POST', `/api/posts/${thread}/comments`, { body: LINK }, { 'accept-language': 'zh-TW' });
    assertProblem(res, 403, 'trust_level_links');
    assert.match(res.body.detail, /信任等級為 0/);
    const cn = await alice.client.request('POST', `/api/posts/${thread}/comments`, { body: LINK }, { 'accept-language': 'zh-CN' });
    assert.match(cn.body.detail, /信任等级为 0/);
  });

  it('level 0: no DM with a stranger (nothing created); friends may', async () => {
    const before = (await alice.client.get('/api/conversations')).body.items.length;
    assertProblem(await alice.client.post('/api/dms', { memberIds: [bob.id] }), 403, 'trust_level_dm');
    assert.equal((await alice.client.get('/api/conversations')).body.items.length, before);
    assert.equal((await alice.client.put(`/api/members/${bob.id}/follow`, {})).status, 200);
    assertProblem(await alice.client.post('/api/dms', { memberIds: [bob.id] }), 403, 'trust_level_dm');
    assert.equal((await bob.client.put(`/api/members/${alice.id}/follow`, {})).status, 200);
    const dm = await alice.client.post('/api/dms', { memberIds: [bob.id] });
    assert.equal(dm.status, 201, JSON.stringify(dm.body));
  });

  it('level 0: at most 5 threads and replies an hour; the sixth is refused (429) and not stored; an hour later it goes', async () => {
    clock.advance(2 * HOUR);
    for (let i = 0; i < 5; i++) assert.equal((await post(alice.client, `Thread ${i}`)).status, 201);
    const count = await threads();
    assertProblem(await post(alice.client, 'One too many'), 429, 'trust_level_rate');
    assertProblem(await alice.client.post(`/api/posts/${thread}/comments`, { body: 'and a reply' }), 429, 'trust_level_rate');
    assert.equal(await threads(), count);
    // Chat messages are not threads or replies: they keep their own rate limits.
    assert.equal((await alice.client.post(`/api/conversations/${lounge}/messages`, { body: 'still chatting' })).status, 201);
    clock.advance(HOUR + 1);
    assert.equal((await post(alice.client, 'Later')).status, 201);
  });

  it('level 1 lifts links and images and the cap to 20 an hour, but not DMs with strangers', async () => {
    await lock(alice.id, 1);
    clock.advance(2 * HOUR);
    assert.equal((await post(alice.client, LINK)).status, 201);
    assert.equal((await alice.client.post(`/api/posts/${thread}/comments`, { body: IMAGE })).status, 201);
    assert.equal((await alice.client.post(`/api/conversations/${lounge}/messages`, { body: LINK })).status, 201);
    const carol = await memberWithRole(app, owner, 'member', { displayName: 'Carol' });
    assertProblem(await alice.client.post('/api/dms', { memberIds: [carol.id] }), 403, 'trust_level_dm');
    for (let i = 0; i < 18; i++) assert.equal((await post(alice.client, `Busy ${i}`)).status, 201);
    assertProblem(await post(alice.client, 'The 21st'), 429, 'trust_level_rate');
  });

  it('level 2 may DM anyone (groups too); staff are never limited', async () => {
    await lock(alice.id, 2);
    const carol = await memberWithRole(app, owner, 'member', { displayName: 'Carol 2' });
    const dave = await memberWithRole(app, owner, 'member', { displayName: 'Dave' });
    assert.equal((await alice.client.post('/api/dms', { memberIds: [carol.id] })).status, 201);
    assert.equal((await alice.client.post('/api/dms', { memberIds: [carol.id, dave.id] })).status, 201);
    const moderator = await memberWithRole(app, owner, 'moderator', { displayName: 'Mod' });
    await moderator.client.post(`/api/spaces/${general}/join`, {});
    assert.equal((await post(moderator.client, `${LINK} ${IMAGE}`)).status, 201);
    assert.equal((await moderator.client.post('/api/dms', { memberIds: [dave.id] })).status, 201);
  });
});
