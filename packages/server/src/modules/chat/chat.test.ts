import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertProblem, memberWithRole, startCommunity } from '../../../test/community.js';
import { setUpCommunity, startTestApp, type ApiClient, type TestApp } from '../../../test/harness.js';
import { openSocket } from '../../../test/realtime-client.js';

const UNKNOWN = '01900000-0000-7000-8000-000000000000';

describe('chat: DMs, chat spaces, sequenced messages over HTTP and WebSocket', () => {
  let app: TestApp;
  let owner: ApiClient;
  let alice: { client: ApiClient; id: string };
  let bob: { client: ApiClient; id: string };
  let carol: { client: ApiClient; id: string };
  let moderator: { client: ApiClient; id: string };
  let dm = '';
  const count = async (table: 'message' | 'conversation' | 'message_reaction') =>
    Number(
      (
        await app.hearth.platform.db
          .selectFrom(table as 'message')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const say = async (client: ApiClient, conversationId: string, body: string, extra: Record<string, unknown> = {}) => {
    const res = await client.post(`/api/conversations/${conversationId}/messages`, { body, ...extra });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body.message as { id: string; seq: number; body: string; parentId: string | null };
  };

  before(async () => {
    ({ app, owner } = await startCommunity());
    alice = await memberWithRole(app, owner, 'member', { displayName: 'Alice' });
    bob = await memberWithRole(app, owner, 'member', { displayName: 'Bob' });
    carol = await memberWithRole(app, owner, 'member', { displayName: 'Carol' });
    moderator = await memberWithRole(app, owner, 'moderator', { displayName: 'Mo' });
  });
  after(() => app.close());

  it('starts a 1:1 DM once, however often it is asked for, and keeps others out', async () => {
    const first = await alice.client.post('/api/dms', { memberIds: [bob.id] });
    assert.equal(first.status, 201, JSON.stringify(first.body));
    dm = first.body.conversation.id;
    assert.equal(first.body.conversation.kind, 'dm');
    assert.equal(first.body.conversation.title, 'Bob');
    const again = await bob.client.post('/api/dms', { memberIds: [alice.id, bob.id] });
    assert.equal(again.body.conversation.id, dm);
    assert.equal(again.body.conversation.title, 'Alice');
    assertProblem(await carol.client.get(`/api/conversations/${dm}`), 404, 'not_found');
    assertProblem(await carol.client.get(`/api/conversations/${dm}/messages`), 404, 'not_found');
    assertProblem(await carol.client.post(`/api/conversations/${dm}/messages`, { body: 'hi' }), 404, 'not_found');
    assertProblem(await moderator.client.get(`/api/conversations/${dm}`), 404, 'not_found');
  });

  it('refuses bad input and stores nothing', async () => {
    const before = [await count('message'), await count('conversation')];
    assertProblem(await alice.client.post('/api/dms', { memberIds: [UNKNOWN] }), 400, 'invalid_input');
    assertProblem(await alice.client.post('/api/dms', { memberIds: [alice.id] }), 400, 'invalid_input');
    assertProblem(await alice.client.post('/api/dms', { memberIds: [] }), 400, 'invalid_input');
    assertProblem(await alice.client.post(`/api/conversations/${dm}/messages`, { body: 'x'.repeat(4_001) }), 400, 'invalid_input');
    assertProblem(await alice.client.post(`/api/conversations/${dm}/messages`, { body: '   ' }), 400, 'invalid_input');
    assertProblem(await alice.client.post(`/api/conversations/${dm}/messages`, { body: 'hi', parentId: UNKNOWN }), 400, 'invalid_input');
    assertProblem(await alice.client.post(`/api/conversations/${dm}/messages`, { body: `[@x](mention:${UNKNOWN})` }), 400, 'invalid_input');
    assertProblem(await alice.client.post(`/api/conversations/${dm}/read`, { seq: 999 }), 400, 'invalid_input');
    assert.deepEqual([await count('message'), await count('conversation')], before);
  });

  it('numbers messages 1, 2, 3 …, pages them both ways, and counts unread for the other side', async () => {
    for (let i = 1; i <= 5; i++) assert.equal((await say(alice.client, dm, `message ${i}`)).seq, i);
    const newest = await bob.client.get(`/api/conversations/${dm}/messages?limit=2`);
    assert.deepEqual(
      newest.body.items.map((m: { seq: number }) => m.seq),
      [4, 5],
    );
    assert.equal(newest.body.hasMore, true);
    const older = await bob.client.get(`/api/conversations/${dm}/messages?limit=10&beforeSeq=4`);
    assert.deepEqual(
      older.body.items.map((m: { seq: number }) => m.seq),
      [1, 2, 3],
    );
    assert.equal(older.body.hasMore, false);
    const after = await bob.client.get(`/api/conversations/${dm}/messages?afterSeq=2&limit=2`);
    assert.deepEqual(
      after.body.items.map((m: { seq: number }) => m.seq),
      [3, 4],
    );
    assert.equal(after.body.hasMore, true);
    const list = await bob.client.get('/api/conversations');
    assert.equal(list.body.items[0].id, dm);
    assert.equal(list.body.items[0].unread, 5);
    assert.equal(list.body.items[0].lastMessage.excerpt, 'message 5');
    assert.equal((await alice.client.get(`/api/conversations/${dm}`)).body.conversation.unread, 0, 'your own messages are read');
    assert.equal((await bob.client.post(`/api/conversations/${dm}/read`, { seq: 3 })).status, 204);
    assert.equal((await bob.client.post(`/api/conversations/${dm}/read`, { seq: 1 })).status, 204);
    const seen = (await alice.client.get(`/api/conversations/${dm}`)).body.conversation;
    assert.deepEqual(seen.reads, [{ memberId: bob.id, readSeq: 3 }], 'read receipts never move back');
    assert.equal((await bob.client.get(`/api/conversations/${dm}`)).body.conversation.unread, 2);
  });

  it('delivers live messages in order and, after a dropped socket, exactly the missed ones', async () => {
    const socket = await openSocket(bob.client);
    socket.send({ type: 'resume', conversationId: dm, afterSeq: 5 });
    await socket.waitFor((f) => f.type === 'subscribed' && f.conversationId === dm);
    for (let i = 6; i <= 10; i++) await say(alice.client, dm, `burst ${i}`);
    const live = await socket.waitForCount((f) => f.type === 'message', 5);
    assert.deepEqual(
      live.map((f) => f.message.seq),
      [6, 7, 8, 9, 10],
    );
    assert.equal(live[0]!.message.body, 'burst 6');
    socket.ws.terminate();
    await socket.closed;
    // While bob is away: three more, one of them a threaded reply.
    await say(alice.client, dm, 'missed 11');
    await say(alice.client, dm, 'missed 12', { parentId: live[0]!.message.id });
    await say(alice.client, dm, 'missed 13');
    const back = await openSocket(bob.client);
    back.send({ type: 'resume', conversationId: dm, afterSeq: 10 });
    await back.waitFor((f) => f.type === 'subscribed' && f.conversationId === dm);
    await say(alice.client, dm, 'live 14');
    const resumed = await back.waitForCount((f) => f.type === 'message', 4);
    assert.deepEqual(
      resumed.map((f) => f.message.seq),
      [11, 12, 13, 14],
    );
    assert.equal(resumed[1]!.message.parentId, live[0]!.message.id);
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(back.frames.filter((f) => f.type === 'message').length, 4, 'no duplicates');
    back.close();
  });

  it('sends edits, deletions, reactions, read receipts and typing to the room', async () => {
    const socket = await openSocket(alice.client);
    socket.send({ type: 'subscribe', conversationId: dm });
    await socket.waitFor((f) => f.type === 'subscribed');
    const bobs = await openSocket(bob.client);
    bobs.send({ type: 'subscribe', conversationId: dm });
    await bobs.waitFor((f) => f.type === 'subscribed');
    const message = await say(bob.client, dm, 'tpyo');
    const edited = await bob.client.patch(`/api/messages/${message.id}`, { body: 'typo' });
    assert.equal(edited.status, 200);
    const update = await socket.waitFor((f) => f.type === 'event' && f.event.type === 'message_updated');
    assert.equal(update.event.message.body, 'typo');
    assert.ok(update.event.message.editedAt);
    assertProblem(await alice.client.patch(`/api/messages/${message.id}`, { body: 'mine now' }), 403, 'forbidden');
    const reacted = await alice.client.post(`/api/messages/${message.id}/reactions`, { emoji: '👍' });
    assert.deepEqual(reacted.body.reactions, [{ emoji: '👍', count: 1, mine: true }]);
    const ping = await say(alice.client, dm, 'did you see?');
    await bob.client.post(`/api/conversations/${dm}/read`, { seq: ping.seq });
    const receipt = await socket.waitFor((f) => f.type === 'event' && f.event.type === 'read');
    assert.deepEqual(receipt.event, { type: 'read', memberId: bob.id, readSeq: ping.seq });
    bobs.send({ type: 'typing', conversationId: dm });
    const typing = await socket.waitFor((f) => f.type === 'typing');
    assert.equal(typing.memberId, bob.id);
    assert.equal((await bob.client.delete(`/api/messages/${message.id}`)).status, 204);
    const deleted = await socket.waitFor(
      (f) => f.type === 'event' && f.event.type === 'message_updated' && f.event.message.status === 'deleted',
    );
    assert.equal(deleted.event.message.body, '');
    assertProblem(await alice.client.post(`/api/messages/${message.id}/reactions`, { emoji: '🎉' }), 409, 'message_deleted');
    socket.close();
    bobs.close();
  });

  it('opens group DMs and tells each member on their own room', async () => {
    const carolSocket = await openSocket(carol.client);
    carolSocket.send({ type: 'subscribe', room: `member:${carol.id}` });
    await carolSocket.waitFor((f) => f.type === 'subscribed');
    const group = (await alice.client.post('/api/dms', { memberIds: [bob.id, carol.id] })).body.conversation;
    assert.equal(group.members.length, 3);
    assert.notEqual(group.id, dm);
    await say(alice.client, group.id, 'hello both');
    const activity = await carolSocket.waitFor((f) => f.type === 'event' && f.event.type === 'conversation_activity');
    assert.equal(activity.event.conversationId, group.id);
    assert.equal(activity.event.lastSeq, 1);
    carolSocket.send({ type: 'subscribe', room: `member:${bob.id}` });
    const refused = await carolSocket.waitFor((f) => f.type === 'error' && f.room === `member:${bob.id}`);
    assert.equal(refused.code, 'forbidden');
    carolSocket.close();
  });

  it('follows the space access policy in chat spaces, and drops a subscription when access goes', async () => {
    const tiers = (await owner.get('/api/tiers')).body.items as { id: string; rank: number }[];
    const [free, vip] = [tiers[0]!, tiers.at(-1)!];
    const lounge = (await owner.post('/api/spaces', { name: 'VIP chat', kind: 'chat', access: { minTierRank: vip.rank } })).body.space;
    assert.equal(lounge.conversationId, lounge.id);
    assertProblem(await bob.client.get(`/api/conversations/${lounge.conversationId}`), 404, 'not_found');
    assert.equal((await owner.patch(`/api/admin/members/${carol.id}`, { tierId: vip.id })).status, 200);
    const conversation = (await carol.client.get(`/api/conversations/${lounge.conversationId}`)).body.conversation;
    assert.equal(conversation.kind, 'space');
    assert.equal(conversation.title, 'VIP chat');
    await say(carol.client, lounge.conversationId, 'first in the lounge');

    const bobSocket = await openSocket(bob.client);
    bobSocket.send({ type: 'resume', conversationId: lounge.conversationId, afterSeq: 0 });
    const refused = await bobSocket.waitFor((f) => f.type === 'error');
    assert.equal(refused.code, 'forbidden');
    assert.equal(bobSocket.frames.filter((f) => f.type === 'message').length, 0, 'a Free member sees no VIP message');
    bobSocket.close();

    const carolSocket = await openSocket(carol.client);
    carolSocket.send({ type: 'resume', conversationId: lounge.conversationId, afterSeq: 0 });
    await carolSocket.waitFor((f) => f.type === 'message' && f.message.seq === 1);
    // Moved down a tier: the live subscription ends, and nothing more arrives.
    assert.equal((await owner.patch(`/api/admin/members/${carol.id}`, { tierId: free.id })).status, 200);
    const dropped = await carolSocket.waitFor((f) => f.type === 'unsubscribed');
    assert.equal(dropped.reason, 'access_revoked');
    await say(moderator.client, lounge.conversationId, 'staff only now');
    await new Promise((resolve) => setTimeout(resolve, 150));
    assert.equal(carolSocket.frames.filter((f) => f.type === 'message').length, 1);
    carolSocket.close();

    // Made private: members who are not in it lose the channel too.
    const open = (await owner.post('/api/spaces', { name: 'Lobby', kind: 'chat' })).body.space;
    const aliceSocket = await openSocket(alice.client);
    aliceSocket.send({ type: 'subscribe', conversationId: open.conversationId });
    await aliceSocket.waitFor((f) => f.type === 'subscribed');
    assert.equal((await owner.patch(`/api/spaces/${open.id}`, { access: { private: true } })).status, 200);
    assert.equal((await aliceSocket.waitFor((f) => f.type === 'unsubscribed')).reason, 'access_revoked');
    aliceSocket.close();
  });

  it('fans concurrent posts in a chat space out to every socket once each, in seq order, all stored', async () => {
    const square = (await owner.post('/api/spaces', { name: 'Square', kind: 'chat' })).body.space;
    const readers = [alice, bob, carol, moderator, alice, bob];
    const sockets = await Promise.all(readers.map((reader) => openSocket(reader.client)));
    for (const socket of sockets) socket.send({ type: 'resume', conversationId: square.conversationId, afterSeq: 0 });
    await Promise.all(sockets.map((socket) => socket.waitFor((f) => f.type === 'subscribed')));
    const posted = await Promise.all(
      Array.from({ length: 12 }, (_, i) => say([alice, bob, carol][i % 3]!.client, square.conversationId, `廣場 ${i}`)),
    );
    assert.deepEqual(
      posted.map((m) => m.seq).sort((a, b) => a - b),
      Array.from({ length: 12 }, (_, i) => i + 1),
    );
    for (const socket of sockets) {
      const messages = await socket.waitForCount((f) => f.type === 'message', 12);
      assert.deepEqual(
        messages.map((f) => f.message.seq),
        Array.from({ length: 12 }, (_, i) => i + 1),
      );
      assert.deepEqual(new Set(messages.map((f) => f.message.body)), new Set(posted.map((m) => m.body)));
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    for (const socket of sockets) assert.equal(socket.frames.filter((f) => f.type === 'message').length, 12, 'no duplicates');
    const stored = await bob.client.get(`/api/conversations/${square.conversationId}/messages?afterSeq=0&limit=50`);
    assert.equal(stored.body.items.length, 12);
    for (const socket of sockets) socket.close();
  });

  it('lets moderators remove messages in a space channel, not in DMs', async () => {
    const lobby = (await owner.post('/api/spaces', { name: 'Open chat', kind: 'chat' })).body.space;
    const message = await say(alice.client, lobby.conversationId, 'buy followers at spam.example');
    assertProblem(await bob.client.delete(`/api/messages/${message.id}`), 403, 'forbidden');
    assert.equal((await moderator.client.delete(`/api/messages/${message.id}`)).status, 204);
    const page = await bob.client.get(`/api/conversations/${lobby.conversationId}/messages`);
    assert.equal(page.body.items[0].status, 'deleted');
    assert.equal(page.body.items[0].body, '');
  });

  it('answers malformed frames with an error frame and closes a flooding socket, not the server', async () => {
    const socket = await openSocket(alice.client);
    socket.send('not json');
    assert.equal((await socket.waitFor((f) => f.type === 'error')).code, 'invalid_frame');
    socket.send({ type: 'subscribe', conversationId: dm, room: `conversation:${dm}` });
    await socket.waitForCount((f) => f.type === 'error' && f.code === 'invalid_frame', 2);
    socket.send({ type: 'subscribe', room: 'nosuchkind:1' });
    assert.equal((await socket.waitFor((f) => f.type === 'error' && f.code !== 'invalid_frame')).code, 'unknown_room');
    socket.close();

    // This community runs without rate limits; a second one with them on sees the flood.
    const guarded = await startTestApp();
    try {
      const member = await setUpCommunity(guarded);
      const flooder = await openSocket(member);
      for (let i = 0; i < 500; i++) flooder.send({ type: 'ping' });
      assert.ok(await flooder.waitFor((f) => f.type === 'error' && f.code === 'rate_limited'));
      const { code } = await flooder.closed;
      assert.equal(code, 1008);
      assert.equal((await member.get('/api/health')).status, 200, 'the server goes on');
      const calm = await openSocket(member);
      calm.send({ type: 'ping' });
      await calm.waitFor((f) => f.type === 'pong');
      calm.close();
    } finally {
      await guarded.close();
    }
  });

  it('refuses sockets without a session, and cross-site upgrades', async () => {
    const anonymous = await openSocket(app.client());
    assert.equal((await anonymous.closed).code, 4401);
    await assert.rejects(openSocket(alice.client, { origin: 'https://evil.example' }), /upgrade refused: 403/);
  });
});
