/**
 * What blocks and DM policies do to chat and mentions: the DM-policy matrix, existing DMs
 * across a new block, group DMs, and mentions across a block rendered as plain text.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DmPolicy } from '@hearth/contracts';
import { assertProblem, memberWithRole, startCommunity } from '../../../test/community.js';
import type { ApiClient, TestApp } from '../../../test/harness.js';

type Member = { client: ApiClient; id: string };
type Relation = 'friend' | 'stranger' | 'blocked-by-recipient' | 'blocked-by-sender';

const EXPECTED: Record<DmPolicy, Record<Relation, boolean>> = {
  everyone: { friend: true, stranger: true, 'blocked-by-recipient': false, 'blocked-by-sender': false },
  friends: { friend: true, stranger: false, 'blocked-by-recipient': false, 'blocked-by-sender': false },
  nobody: { friend: false, stranger: false, 'blocked-by-recipient': false, 'blocked-by-sender': false },
};

describe('people × chat: who may DM whom, and mentions across a block', () => {
  let app: TestApp;
  let owner: ApiClient;
  let n = 0;
  const member = async (name: string) => memberWithRole(app, owner, 'member', { displayName: `${name} ${++n}` });
  const conversations = async () =>
    Number(
      (
        await app.hearth.platform.db
          .selectFrom('conversation')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const relate = async (sender: Member, recipient: Member, relation: Relation) => {
    const put = async (who: Member, path: string) => assert.equal((await who.client.put(path)).status, 200);
    if (relation === 'friend') {
      await put(sender, `/api/members/${recipient.id}/follow`);
      await put(recipient, `/api/members/${sender.id}/follow`);
    }
    if (relation === 'blocked-by-recipient') await put(recipient, `/api/members/${sender.id}/block`);
    if (relation === 'blocked-by-sender') await put(sender, `/api/members/${recipient.id}/block`);
  };

  before(async () => {
    ({ app, owner } = await startCommunity());
  });
  after(() => app.close());

  for (const policy of ['everyone', 'friends', 'nobody'] as const) {
    for (const relation of ['friend', 'stranger', 'blocked-by-recipient', 'blocked-by-sender'] as const) {
      const allowed = EXPECTED[policy][relation];
      it(`${policy} × ${relation}: ${allowed ? 'may' : 'may not'} DM`, async () => {
        const sender = await member('Sender');
        const recipient = await member('Recipient');
        // A follow one way only is not a friendship.
        if (relation === 'stranger') assert.equal((await sender.client.put(`/api/members/${recipient.id}/follow`)).status, 200);
        await relate(sender, recipient, relation);
        assert.equal((await recipient.client.patch('/api/me/privacy', { dmPolicy: policy })).status, 200);

        assert.equal(await app.hearth.modules.people.service.canDirectMessage(sender.id, recipient.id), allowed);
        const seen = await sender.client.get(`/api/members/${recipient.id}/relationship`);
        assert.equal(seen.body.relationship.canDm, allowed);
        const before = await conversations();
        const started = await sender.client.post('/api/dms', { memberIds: [recipient.id] });
        if (allowed) {
          assert.equal(started.status, 201, JSON.stringify(started.body));
          const sent = await sender.client.post(`/api/conversations/${started.body.conversation.id}/messages`, { body: 'hello' });
          assert.equal(sent.status, 201, JSON.stringify(sent.body));
        } else {
          assertProblem(started, 403, 'dm_not_allowed');
          assert.equal(await conversations(), before, 'no conversation was made');
        }
      });
    }
  }

  it('refuses sending both ways in an existing 1:1 DM once either blocks, and again after a policy change', async () => {
    const ada = await member('Ada');
    const grace = await member('Grace');
    const dm = (await ada.client.post('/api/dms', { memberIds: [grace.id] })).body.conversation.id as string;
    const say = (who: Member, body: string) => who.client.post(`/api/conversations/${dm}/messages`, { body });
    assert.equal((await say(ada, 'hi')).status, 201);
    assert.equal((await say(grace, 'hi back')).status, 201);

    assert.equal((await grace.client.put(`/api/members/${ada.id}/block`)).status, 200);
    assertProblem(await say(ada, 'still there?'), 403, 'dm_not_allowed');
    assertProblem(await say(grace, 'bye'), 403, 'dm_not_allowed');
    assertProblem(await ada.client.post('/api/dms', { memberIds: [grace.id] }), 403, 'dm_not_allowed');
    const zh = await ada.client.request('POST', `/api/conversations/${dm}/messages`, { body: 'x' }, { 'accept-language': 'zh-CN' });
    assert.equal(zh.body.title, '此成员不接受你的私信。');
    assert.equal((await ada.client.get(`/api/conversations/${dm}/messages`)).status, 200, 'the history stays readable');

    assert.equal((await grace.client.delete(`/api/members/${ada.id}/block`)).status, 200);
    assert.equal((await say(ada, 'welcome back')).status, 201);
    assert.equal((await grace.client.patch('/api/me/privacy', { dmPolicy: 'nobody' })).status, 200);
    assertProblem(await say(ada, 'are you there?'), 403, 'dm_not_allowed');
    assert.equal((await say(grace, 'I can still write to you')).status, 201, "Ada's own policy still lets Grace in");
    const messages = (await grace.client.get(`/api/conversations/${dm}/messages`)).body.items.map((m: { body: string }) => m.body);
    assert.deepEqual(messages, ['hi', 'hi back', 'welcome back', 'I can still write to you']);
  });

  it('refuses a group DM when anyone added does not accept DMs from the caller', async () => {
    const ada = await member('Ada');
    const open = await member('Open');
    const closed = await member('Closed');
    assert.equal((await closed.client.patch('/api/me/privacy', { dmPolicy: 'friends' })).status, 200);
    const before = await conversations();
    assertProblem(await ada.client.post('/api/dms', { memberIds: [open.id, closed.id] }), 403, 'dm_not_allowed');
    assert.equal(await conversations(), before);
    assert.equal((await ada.client.post('/api/dms', { memberIds: [open.id, (await member('Other')).id] })).status, 201);
  });

  it('renders a mention across a block as plain text in threads, replies and messages, and keeps other mentions', async () => {
    const ada = await member('Ada');
    const bob = await member('Bob');
    const carol = await member('Carol');
    assert.equal((await bob.client.put(`/api/members/${ada.id}/block`)).status, 200);
    const body = `Hi [@Bob](mention:${bob.id}) and [@Carol](mention:${carol.id})`;
    const linked = (id: string) => `href="/members/${id}"`;

    const space = ((await owner.get('/api/spaces')).body.spaces as { id: string; kind: string }[]).find((s) => s.kind === 'discussion')!.id;
    const thread = await ada.client.post(`/api/spaces/${space}/posts`, { title: 'Hello', body });
    assert.equal(thread.status, 201, JSON.stringify(thread.body));
    const html = thread.body.post.html as string;
    assert.ok(html.includes('@Bob') && !html.includes(linked(bob.id)), html);
    assert.ok(html.includes(linked(carol.id)), html);

    const reply = await ada.client.post(`/api/posts/${thread.body.post.id}/comments`, { body });
    assert.equal(reply.status, 201, JSON.stringify(reply.body));
    assert.ok(!reply.body.comment.html.includes(linked(bob.id)) && reply.body.comment.html.includes(linked(carol.id)));
    // Bob, who blocks Ada, cannot link her either.
    const fromBob = await bob.client.post(`/api/posts/${thread.body.post.id}/comments`, { body: `[@Ada](mention:${ada.id})` });
    assert.equal(fromBob.status, 201);
    assert.ok(!fromBob.body.comment.html.includes(linked(ada.id)) && fromBob.body.comment.html.includes('@Ada'));

    const dm = (await ada.client.post('/api/dms', { memberIds: [carol.id] })).body.conversation.id;
    const message = await ada.client.post(`/api/conversations/${dm}/messages`, { body });
    assert.equal(message.status, 201, JSON.stringify(message.body));
    assert.ok(!message.body.message.html.includes(linked(bob.id)) && message.body.message.html.includes(linked(carol.id)));
    const edited = await ada.client.patch(`/api/messages/${message.body.message.id}`, { body: `again [@Bob](mention:${bob.id})` });
    assert.equal(edited.status, 200);
    assert.ok(!edited.body.message.html.includes(linked(bob.id)));

    const unlinked = await app.hearth.modules.people.service.unmentionableBy(ada.id, [bob.id, carol.id, ada.id]);
    assert.deepEqual([...unlinked], [bob.id]);
  });
});
