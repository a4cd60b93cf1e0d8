import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertProblem, memberWithRole, startCommunity } from '../../../../test/community.js';
import type { ApiClient, TestApp } from '../../../../test/harness.js';

const REPORTS = '/api/moderation/reports';

/** Member reports: who may report what, once; the queue's groups; handling and the reporters' notices; auto-hide. */
describe('member reports', () => {
  let app: TestApp;
  let owner: ApiClient;
  let alice: { client: ApiClient; id: string };
  let bob: { client: ApiClient; id: string };
  let carol: { client: ApiClient; id: string };
  let dave: { client: ApiClient; id: string };
  let moderator: { client: ApiClient; id: string };
  let general: string;
  let secret: string;
  let thread: string;

  const settle = async () => {
    for (let i = 0; i < 20; i++) if ((await app.hearth.platform.jobs.runDue(500)) === 0) return;
    throw new Error('jobs did not settle');
  };
  const notices = async (client: ApiClient) => {
    await settle();
    return (await client.get('/api/notifications')).body.items as any[];
  };
  const group = async (kind: string, id: string) =>
    ((await moderator.client.get(REPORTS)).body.items as any[]).find((g) => g.targetKind === kind && g.targetId === id);
  const report = (client: ApiClient, targetKind: string, targetId: string, reason = 'spam', note?: string) =>
    client.post('/api/reports', { targetKind, targetId, reason, ...(note ? { note } : {}) });

  before(async () => {
    ({ app, owner } = await startCommunity());
    alice = await memberWithRole(app, owner, 'member', { displayName: 'Alice' });
    bob = await memberWithRole(app, owner, 'member', { displayName: 'Bob' });
    carol = await memberWithRole(app, owner, 'member', { displayName: 'Carol' });
    dave = await memberWithRole(app, owner, 'member', { displayName: 'Dave' });
    moderator = await memberWithRole(app, owner, 'moderator', { displayName: 'Mod' });
    general = (await owner.post('/api/spaces', { name: 'General', kind: 'discussion' })).body.space.id;
    const staffSpace = await owner.post('/api/spaces', {
      name: 'Staff',
      kind: 'discussion',
      access: { minTierRank: null, private: true, postMinTierRank: null },
    });
    assert.equal(staffSpace.status, 201, JSON.stringify(staffSpace.body));
    secret = staffSpace.body.space.id;
    for (const m of [alice, bob, carol, dave]) await m.client.post(`/api/spaces/${general}/join`, {});
    // Everyone counts as a trusted reporter at once (from trust level 0): reports hide after 2.
    assert.equal((await owner.patch('/api/admin/moderation/spam', { trustedLevel: 0, reporterLevel: 0, reportsToHide: 2 })).status, 200);
    thread = (await alice.client.post(`/api/spaces/${general}/posts`, { title: 'Selling', body: 'Cheap stuff here' })).body.post.id;
  });
  after(() => app.close());

  it('a member reports a thread once; not their own; not what they cannot see; bad input changes nothing', async () => {
    const made = await report(bob.client, 'post', thread, 'off_topic', 'not about the community');
    assert.equal(made.status, 201, JSON.stringify(made.body));
    assert.equal(made.body.reason, 'off_topic');
    assertProblem(await report(bob.client, 'post', thread), 409, 'already_reported');
    assertProblem(await report(alice.client, 'post', thread), 422, 'cannot_report_own');
    assertProblem(await report(bob.client, 'post', 'nope'), 404, 'not_found');
    assertProblem(await report(bob.client, 'comment', thread), 404, 'not_found');
    assertProblem(await report(bob.client, 'post', thread, 'other'), 400, 'invalid_input');
    assertProblem(await bob.client.post('/api/reports', { targetKind: 'wall', targetId: thread, reason: 'spam' }), 400, 'invalid_input');
    const hidden = (await owner.post(`/api/spaces/${secret}/posts`, { title: 'Staff only', body: 'x' })).body.post.id;
    assertProblem(await report(bob.client, 'post', hidden), 404, 'not_found');
    const g = await group('post', thread);
    assert.equal(g.count, 1);
    assert.equal(g.reasons.off_topic, 1);
    assert.deepEqual(g.notes, ['not about the community']);
    assert.equal(g.author.id, alice.id);
    assert.equal(g.holdId, null);
  });

  it('the queue and handling are for moderators; members get 403', async () => {
    assertProblem(await bob.client.get(REPORTS), 403, 'forbidden');
    assertProblem(await bob.client.post(`${REPORTS}/post/${thread}/resolve`, { outcome: 'dismissed' }), 403, 'forbidden');
    assertProblem(await moderator.client.post(`${REPORTS}/post/${thread}/resolve`, { outcome: 'removed' }), 400, 'invalid_input');
    assertProblem(await moderator.client.post(`${REPORTS}/post/nothing/resolve`, { outcome: 'dismissed' }), 404, 'not_found');
  });

  it('hides a thread after N reports from established members, and removing it tells every reporter', async () => {
    assert.equal((await report(carol.client, 'post', thread, 'spam')).status, 201);
    assertProblem(await dave.client.get(`/api/posts/${thread}`), 404, 'not_found');
    assert.equal((await alice.client.get(`/api/posts/${thread}`)).body.post.status, 'pending');
    const g = await group('post', thread);
    assert.equal(g.count, 2);
    assert.ok(g.holdId, 'held in the review queue');
    const held = (await moderator.client.get('/api/moderation/queue')).body.items.find((i: any) => i.id === g.holdId);
    assert.equal(held.signals[0].kind, 'reports');
    const resolved = await moderator.client.post(`${REPORTS}/post/${thread}/resolve`, { outcome: 'removed', reason: 'spam' });
    assert.equal(resolved.status, 200, JSON.stringify(resolved.body));
    assert.equal(resolved.body.resolved, 2);
    assert.equal(await group('post', thread), undefined);
    for (const reporter of [bob, carol]) {
      const notice = (await notices(reporter.client)).find((n) => n.kind === 'report');
      assert.ok(notice, 'reporter told');
      assert.equal(notice.reportOutcome, 'removed');
    }
    assertProblem(await moderator.client.post(`${REPORTS}/post/${thread}/resolve`, { outcome: 'dismissed' }), 404, 'not_found');
  });

  it('reports replies, chat messages, DMs and profiles; DMs and profiles cannot be removed, only dismissed or upheld', async () => {
    const other = (await bob.client.post(`/api/spaces/${general}/posts`, { title: 'Q', body: 'question' })).body.post.id;
    const reply = (await alice.client.post(`/api/posts/${other}/comments`, { body: 'buy my stuff' })).body.comment.id;
    assert.equal((await report(carol.client, 'comment', reply)).status, 201);
    assert.equal((await report(bob.client, 'profile', alice.id, 'abuse')).status, 201);
    assertProblem(await report(bob.client, 'profile', bob.id), 422, 'cannot_report_own');
    const dm = await alice.client.post('/api/dms', { memberIds: [bob.id] });
    assert.equal(dm.status, 201, JSON.stringify(dm.body));
    const sent = await alice.client.post(`/api/conversations/${dm.body.conversation.id}/messages`, { body: 'hey buy this' });
    assert.equal(sent.status, 201, JSON.stringify(sent.body));
    {
      const messageId = sent.body.message.id;
      assertProblem(await report(carol.client, 'dm', messageId), 404, 'not_found');
      // Reported as a chat message, it is recorded as a DM.
      const made = await report(bob.client, 'message', messageId);
      assert.equal(made.status, 201);
      assert.equal(made.body.targetKind, 'dm');
      assertProblem(await report(bob.client, 'dm', messageId), 409, 'already_reported');
      const g = await group('dm', messageId);
      assert.equal(g.url, '');
      assert.equal(g.removable, false);
      assertProblem(
        await moderator.client.post(`${REPORTS}/dm/${messageId}/resolve`, { outcome: 'removed', reason: 'x' }),
        422,
        'report_target_not_removable',
      );
      assert.equal((await moderator.client.post(`${REPORTS}/dm/${messageId}/resolve`, { outcome: 'upheld' })).status, 200);
    }
    const dismissed = await moderator.client.post(`${REPORTS}/profile/${alice.id}/resolve`, { outcome: 'dismissed' });
    assert.equal(dismissed.body.resolved, 1);
    assert.ok((await notices(bob.client)).some((n) => n.kind === 'report' && n.reportOutcome === 'dismissed'));
    // Handling reports is a moderator action in the audit log, with who did it and what was reported.
    const audited = (await owner.get(`/api/admin/audit?targetId=${alice.id}&action=report.`)).body.items as any[];
    assert.deepEqual(
      audited.map((e) => [e.action, e.actor?.id, e.targetKind, e.before?.reports]),
      [['report.dismissed', moderator.id, 'profile', 1]],
    );
    assert.equal((await owner.get(`/api/admin/audit?targetId=${sent.body.message.id}`)).body.items[0].action, 'report.upheld');
    // A moderator does not handle reports about their own content.
    const modThread = (await moderator.client.post(`/api/spaces/${general}/posts`, { title: 'Rules', body: 'Be kind' })).body.post.id;
    assert.equal((await report(bob.client, 'post', modThread)).status, 201);
    assertProblem(await moderator.client.post(`${REPORTS}/post/${modThread}/resolve`, { outcome: 'dismissed' }), 403, 'forbidden');
    assert.equal((await owner.post(`${REPORTS}/post/${modThread}/resolve`, { outcome: 'dismissed' })).status, 200);
  });

  it('limits how many reports a member makes an hour', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 31; i++)
      ids.push((await alice.client.post(`/api/spaces/${general}/posts`, { title: `T${i}`, body: `body ${i}` })).body.post.id);
    // reportsToHide would hide each after two; only Dave reports here.
    let last: any;
    for (const id of ids) last = await report(dave.client, 'post', id);
    assertProblem(last, 429, 'report_rate_limited');
  });
});
