import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ApiClient, TestApp } from '../../../test/harness.js';
import { assertProblem, memberWithRole, startCommunity } from '../../../test/community.js';
import { openSocket } from '../../../test/realtime-client.js';

describe('spaces: access, membership, unread', () => {
  let app: TestApp;
  let owner: ApiClient;
  let free: { client: ApiClient; id: string };
  let vip: { client: ApiClient; id: string };
  let moderator: { client: ApiClient; id: string };
  const spaces: Record<string, string> = {};
  // Every community starts with its starter spaces; these tests look at the ones they make.
  let starterIds = new Set<string>();
  const visibleTo = async (client: ApiClient) => {
    const res = await client.get('/api/spaces');
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body.spaces
      .filter((s: { id: string }) => !starterIds.has(s.id))
      .map((s: { name: string }) => s.name)
      .sort();
  };

  before(async () => {
    ({ app, owner } = await startCommunity());
    starterIds = new Set((await owner.get('/api/spaces')).body.spaces.map((s: { id: string }) => s.id));
    const tiers = (await owner.get('/api/tiers')).body.items as { id: string; rank: number }[];
    free = await memberWithRole(app, owner, 'member', { displayName: 'Free Fay' });
    vip = await memberWithRole(app, owner, 'member', { displayName: 'Vip Vic' });
    moderator = await memberWithRole(app, owner, 'moderator', { displayName: 'Mod Mo' });
    const top = tiers.at(-1)!;
    assert.equal((await owner.patch(`/api/admin/members/${vip.id}`, { tierId: top.id })).status, 200);
    const section = await owner.post('/api/space-sections', { name: 'Community' });
    assert.equal(section.status, 201);
    const make = async (name: string, body: Record<string, unknown>) => {
      const res = await owner.post('/api/spaces', { name, kind: 'discussion', sectionId: section.body.section.id, ...body });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      spaces[name] = res.body.space.id;
    };
    await make('General', {});
    await make('VIP Lounge', { access: { minTierRank: top.rank } });
    await make('Staff Room', { access: { private: true } });
    await make('News', { kind: 'announcement' });
    await make('Showcase', { access: { postMinTierRank: top.rank } });
  });
  after(() => app.close());

  it('lists only what each member may see; staff see everything', async () => {
    assert.deepEqual(await visibleTo(free.client), ['General', 'News', 'Showcase']);
    assert.deepEqual(await visibleTo(vip.client), ['General', 'News', 'Showcase', 'VIP Lounge']);
    assert.deepEqual(await visibleTo(moderator.client), ['General', 'News', 'Showcase', 'Staff Room', 'VIP Lounge']);
    assertProblem(await free.client.get(`/api/spaces/${spaces['VIP Lounge']}`), 404, 'not_found');
    assertProblem(await free.client.post(`/api/spaces/${spaces['Staff Room']}/join`), 404, 'not_found');
    assertProblem(await free.client.get(`/api/spaces/${spaces['VIP Lounge']}/posts`), 404, 'not_found');
  });

  it('adds members to a private space, and removing them takes the access away', async () => {
    const staffRoom = spaces['Staff Room']!;
    assertProblem(await free.client.post(`/api/spaces/${staffRoom}/members`, { memberIds: [free.id] }), 403, 'forbidden');
    const bad = await owner.post(`/api/spaces/${staffRoom}/members`, { memberIds: [free.id, '01900000-0000-7000-8000-000000000000'] });
    assertProblem(bad, 400, 'invalid_input');
    assert.deepEqual(await visibleTo(free.client), ['General', 'News', 'Showcase'], 'a refused add changes nothing');
    // The member's open app hears of it on their own room and reloads the sidebar.
    const socket = await openSocket(free.client);
    socket.send({ type: 'subscribe', room: `member:${free.id}` });
    await socket.waitFor((f) => f.type === 'subscribed');
    const isSidebarEvent = (f: Record<string, any>) => f.type === 'event' && f.event.type === 'spaces';
    assert.equal((await owner.post(`/api/spaces/${staffRoom}/members`, { memberIds: [free.id] })).status, 204);
    await socket.waitFor(isSidebarEvent);
    assert.ok((await visibleTo(free.client)).includes('Staff Room'));
    assert.equal((await owner.post(`/api/spaces/${staffRoom}/members`, { memberIds: [free.id] })).status, 204, 'adding twice is harmless');
    const members = await free.client.get(`/api/spaces/${staffRoom}/members`);
    assert.deepEqual(
      members.body.items.map((m: { id: string }) => m.id).sort(),
      [free.id, (await owner.get('/api/me')).body.member.id].sort(),
    );
    assert.equal((await owner.delete(`/api/spaces/${staffRoom}/members/${free.id}`)).status, 204);
    await socket.waitForCount(isSidebarEvent, 2);
    assert.equal(socket.frames.filter(isSidebarEvent).length, 2, 'one event for the add, none for the repeated add, one for the removal');
    socket.close();
    assert.ok(!(await visibleTo(free.client)).includes('Staff Room'));
  });

  it('says who may post: announcements for admins, read-only below a tier', async () => {
    const general = (await free.client.get(`/api/spaces/${spaces.General}`)).body.space;
    assert.equal(general.canPost, true);
    assert.equal((await free.client.get(`/api/spaces/${spaces.News}`)).body.space.canPost, false);
    assert.equal((await owner.get(`/api/spaces/${spaces.News}`)).body.space.canPost, true);
    assert.equal((await free.client.get(`/api/spaces/${spaces.Showcase}`)).body.space.canPost, false);
    assert.equal((await vip.client.get(`/api/spaces/${spaces.Showcase}`)).body.space.canPost, true);
    assertProblem(await free.client.post(`/api/spaces/${spaces.Showcase}/posts`, { title: 'Hi', body: 'Me too' }), 403, 'cannot_post');
    assertProblem(await free.client.post(`/api/spaces/${spaces.News}/posts`, { title: 'Hi', body: 'Me too' }), 403, 'cannot_post');
  });

  it('counts unread threads and replies for joined, unmuted spaces', async () => {
    const general = spaces.General!;
    assert.equal((await free.client.post(`/api/spaces/${general}/join`)).body.space.unread, 0);
    const thread = await vip.client.post(`/api/spaces/${general}/posts`, { title: '第一篇', body: '大家好' });
    assert.equal(thread.status, 201, JSON.stringify(thread.body));
    assert.equal((await vip.client.post(`/api/posts/${thread.body.post.id}/comments`, { body: '補充' })).status, 201);
    const unread = async () => (await free.client.get('/api/spaces')).body.spaces.find((s: { id: string }) => s.id === general).unread;
    assert.equal(await unread(), 2);
    assert.equal((await free.client.put(`/api/spaces/${general}/mute`, { muted: true })).body.space.muted, true);
    assert.equal(await unread(), 0);
    await free.client.put(`/api/spaces/${general}/mute`, { muted: false });
    assert.equal(await unread(), 2);
    assert.equal((await free.client.post(`/api/spaces/${general}/read`)).status, 204);
    assert.equal(await unread(), 0);
    const left = await free.client.post(`/api/spaces/${general}/leave`);
    assert.equal(left.body.space.joined, false);
    assertProblem(await free.client.put(`/api/spaces/${general}/mute`, { muted: true }), 409, 'not_joined');
  });

  it('archives spaces and manages sections', async () => {
    const section = await owner.post('/api/space-sections', { name: 'Old' });
    const moved = await owner.patch(`/api/spaces/${spaces.Showcase}`, { sectionId: section.body.section.id, name: 'Gallery' });
    assert.equal(moved.status, 200);
    assert.equal(moved.body.space.name, 'Gallery');
    assertProblem(
      await owner.patch(`/api/spaces/${spaces.Showcase}`, { sectionId: '01900000-0000-7000-8000-000000000000' }),
      400,
      'invalid_input',
    );
    assert.equal((await owner.delete(`/api/space-sections/${section.body.section.id}`)).status, 204);
    assert.equal((await owner.get(`/api/spaces/${spaces.Showcase}`)).body.space.sectionId, null);
    assertProblem(await moderator.client.delete(`/api/spaces/${spaces.Showcase}`), 403, 'forbidden');
    assert.equal((await owner.delete(`/api/spaces/${spaces.Showcase}`)).status, 204);
    assertProblem(await owner.get(`/api/spaces/${spaces.Showcase}`), 404, 'not_found');
  });
});
