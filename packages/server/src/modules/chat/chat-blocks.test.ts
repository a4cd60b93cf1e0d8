import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { HIDDEN_AUTHOR_ID } from '@hearth/contracts';
import { assertProblem, memberWithRole, startCommunity } from '../../../test/community.js';
import type { ApiClient, TestApp } from '../../../test/harness.js';
import { openSocket, type TestSocket } from '../../../test/realtime-client.js';

/*
 * Blocks in chat: a member blocked either way with an author gets that author's messages
 * withheld — same seq, no words, no author — in history, threads, resume and live; others
 * get them whole. Unblocking gives them back.
 */

type Who = { client: ApiClient; id: string };
type Message = { id: string; seq: number; body: string; html: string; authorId: string; author: { id: string }; isHidden?: true };

const mention = (name: string, id: string) => `[@${name}](mention:${id})`;

function assertWithheld(message: Message, seq?: number): void {
  if (seq !== undefined) assert.equal(message.seq, seq);
  assert.equal(message.isHidden, true, JSON.stringify(message));
  assert.equal(message.body, '');
  assert.equal(message.html, '');
  assert.equal(message.authorId, HIDDEN_AUTHOR_ID, 'the author is not named: nobody learns who blocked whom');
  assert.equal(message.author.id, HIDDEN_AUTHOR_ID);
}

function assertWhole(message: Message, body: string): void {
  assert.equal(message.isHidden, undefined, JSON.stringify(message));
  assert.equal(message.body, body);
}

describe('chat: blocked members are withheld, never dropped', () => {
  let app: TestApp;
  let owner: ApiClient;
  let alice: Who;
  let bob: Who;
  let carol: Who;
  let room = '';
  const sockets: TestSocket[] = [];

  const say = async (who: Who, conversationId: string, body: string, extra: Record<string, unknown> = {}) => {
    const res = await who.client.post(`/api/conversations/${conversationId}/messages`, { body, ...extra });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body.message as Message;
  };
  const history = async (who: Who, conversationId: string, query = 'afterSeq=0&limit=100') => {
    const res = await who.client.get(`/api/conversations/${conversationId}/messages?${query}`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body.items as Message[];
  };
  const settle = async () => {
    for (let i = 0; i < 20; i++) if ((await app.hearth.platform.jobs.runDue(500)) === 0) return;
    throw new Error('jobs did not settle');
  };
  const listen = async (who: Who, conversationId: string, afterSeq: number) => {
    const socket = await openSocket(who.client);
    sockets.push(socket);
    socket.send({ type: 'resume', conversationId, afterSeq });
    await socket.waitFor((f) => f.type === 'subscribed' && f.conversationId === conversationId);
    return socket;
  };
  /** Waits until the socket's next room command has run: block changes are in force for it by then. */
  const sync = async (socket: TestSocket, conversationId: string) => {
    const from = socket.frames.length;
    socket.send({ type: 'subscribe', conversationId });
    await socket.waitFor((f) => f.type === 'subscribed' && f.conversationId === conversationId, 5_000, from);
  };
  const messagesOn = (socket: TestSocket, from = 0) => socket.frames.slice(from).filter((f) => f.type === 'message');

  before(async () => {
    ({ app, owner } = await startCommunity());
    alice = await memberWithRole(app, owner, 'member', { displayName: 'Alice' });
    bob = await memberWithRole(app, owner, 'member', { displayName: 'Bob' });
    carol = await memberWithRole(app, owner, 'member', { displayName: 'Carol' });
    room = (await owner.post('/api/spaces', { name: 'Block chat', kind: 'chat' })).body.space.conversationId;
    assert.equal((await alice.client.put(`/api/members/${bob.id}/block`)).status, 200);
  });
  after(async () => {
    for (const socket of sockets) socket.ws.terminate();
    await app.close();
  });

  it('withholds history both ways (the channel, threads, the last message), and nothing for others', async () => {
    const fromBob = await say(bob, room, 'bob speaks');
    const fromAlice = await say(alice, room, 'alice speaks');
    const fromCarol = await say(carol, room, 'carol speaks');
    const reply = await say(bob, room, 'bob replies', { parentId: fromCarol.id });
    const seen = await history(alice, room);
    assert.deepEqual(
      seen.map((m) => m.seq),
      [1, 2, 3],
      'same seqs, no holes',
    );
    assertWithheld(seen[0]!, fromBob.seq);
    assertWhole(seen[1]!, 'alice speaks');
    assertWhole(seen[2]!, 'carol speaks');
    const byBob = await history(bob, room);
    assertWithheld(byBob[1]!, fromAlice.seq);
    assertWhole(byBob[0]!, 'bob speaks');
    for (const message of await history(carol, room)) assert.equal(message.isHidden, undefined);

    const replies = await history(alice, room, `parentId=${fromCarol.id}`);
    assertWithheld(replies[0]!, reply.seq);
    assertWhole((await history(carol, room, `parentId=${fromCarol.id}`))[0]!, 'bob replies');

    const channel = (await alice.client.get(`/api/conversations/${room}`)).body.conversation;
    assert.equal(channel.lastMessage.isHidden, true);
    assert.equal(channel.lastMessage.excerpt, '');
    assert.equal(channel.lastMessage.authorId, HIDDEN_AUTHOR_ID);
    assert.equal((await carol.client.get(`/api/conversations/${room}`)).body.conversation.lastMessage.excerpt, 'bob replies');

    assertProblem(await alice.client.post(`/api/messages/${fromBob.id}/reactions`, { emoji: '👍' }), 404, 'not_found');
    assertProblem(
      await alice.client.post(`/api/conversations/${room}/messages`, { body: 'x', parentId: fromBob.id }),
      400,
      'invalid_input',
    );
  });

  it('delivers the withheld variant live with the right seq to both sides, the whole message to a third member', async () => {
    const last = (await alice.client.get(`/api/conversations/${room}`)).body.conversation.lastSeq as number;
    const [toAlice, toBob, toCarol] = await Promise.all([listen(alice, room, last), listen(bob, room, last), listen(carol, room, last)]);
    const fromBob = await say(bob, room, 'live from bob');
    const fromAlice = await say(alice, room, 'live from alice');
    const fromCarol = await say(carol, room, 'live from carol');
    const atAlice = (await toAlice.waitForCount((f) => f.type === 'message', 3)).map((f) => f.message as Message);
    assert.deepEqual(
      atAlice.map((m) => m.seq),
      [fromBob.seq, fromAlice.seq, fromCarol.seq],
    );
    assertWithheld(atAlice[0]!, last + 1);
    assertWhole(atAlice[1]!, 'live from alice');
    const atBob = (await toBob.waitForCount((f) => f.type === 'message', 3)).map((f) => f.message as Message);
    assertWithheld(atBob[1]!, fromAlice.seq);
    assertWhole(atBob[2]!, 'live from carol');
    const atCarol = (await toCarol.waitForCount((f) => f.type === 'message', 3)).map((f) => f.message as Message);
    assertWhole(atCarol[0]!, 'live from bob');
    assertWhole(atCarol[1]!, 'live from alice');

    // An edit is withheld too; the third member sees it.
    assert.equal((await bob.client.patch(`/api/messages/${fromBob.id}`, { body: 'bob edited' })).status, 200);
    const updated = (f: Record<string, any>) => f.type === 'event' && f.event.type === 'message_updated';
    assertWithheld((await toAlice.waitFor(updated)).event.message, fromBob.seq);
    assertWhole((await toCarol.waitFor(updated)).event.message, 'bob edited');
  });

  it('gives withheld variants after a dropped socket resumes', async () => {
    const last = (await alice.client.get(`/api/conversations/${room}`)).body.conversation.lastSeq as number;
    const dropped = await listen(alice, room, last);
    dropped.ws.terminate();
    await dropped.closed;
    await say(bob, room, 'while alice was away 1');
    await say(carol, room, 'while alice was away 2');
    await say(bob, room, 'while alice was away 3');
    const back = await listen(alice, room, last);
    const missed = messagesOn(back).map((f) => f.message as Message);
    assert.deepEqual(
      missed.map((m) => m.seq),
      [last + 1, last + 2, last + 3],
    );
    assertWithheld(missed[0]!);
    assertWhole(missed[1]!, 'while alice was away 2');
    assertWithheld(missed[2]!);
    assert.equal(back.frames.find((f) => f.type === 'subscribed')?.lastSeq, last + 3);
  });

  it('gives everything back once unblocked, and withholds again after a new block, live', async () => {
    const last = (await alice.client.get(`/api/conversations/${room}`)).body.conversation.lastSeq as number;
    const toAlice = await listen(alice, room, last);
    assert.equal((await alice.client.delete(`/api/members/${bob.id}/block`)).status, 200);
    await sync(toAlice, room);
    await say(bob, room, 'bob is back');
    assertWhole((await toAlice.waitFor((f) => f.type === 'message')).message, 'bob is back');
    const seen = await history(alice, room);
    assert.ok(seen.every((m) => m.isHidden === undefined));
    assert.equal(seen[0]!.body, 'bob speaks');

    // Now bob blocks alice: alice (the blocked one) gets the same neutral variant.
    assert.equal((await bob.client.put(`/api/members/${alice.id}/block`)).status, 200);
    await sync(toAlice, room);
    const from = toAlice.frames.length;
    const again = await say(bob, room, 'bob blocked alice');
    assertWithheld((await toAlice.waitFor((f) => f.type === 'message', 5_000, from)).message, again.seq);
    assert.equal((await bob.client.delete(`/api/members/${alice.id}/block`)).status, 200);
    assert.equal((await alice.client.put(`/api/members/${bob.id}/block`)).status, 200);
  });

  it('withholds typing notices across a block', async () => {
    const [toAlice, toCarol] = await Promise.all([listen(alice, room, 0), listen(carol, room, 0)]);
    const toBob = await listen(bob, room, 0);
    toBob.send({ type: 'typing', conversationId: room });
    await toCarol.waitFor((f) => f.type === 'typing' && f.memberId === bob.id);
    // Carol's notice reaches alice after bob's would have: bob's never comes.
    const carolSocket = await listen(carol, room, 0);
    carolSocket.send({ type: 'typing', conversationId: room });
    await toAlice.waitFor((f) => f.type === 'typing' && f.memberId === carol.id);
    assert.equal(toAlice.frames.filter((f) => f.type === 'typing' && f.memberId === bob.id).length, 0);
  });

  it('notifies nobody of a mention across a block, and finds nothing of theirs in search', async () => {
    await settle();
    const before = (await alice.client.get('/api/notifications')).body.items.length as number;
    await say(bob, room, `hey ${mention('Alice', alice.id)} and ${mention('Carol', carol.id)}, zebrafinch`);
    await settle();
    assert.equal((await alice.client.get('/api/notifications')).body.items.length, before, 'alice is not told');
    const toCarol = (await carol.client.get('/api/notifications')).body.items as { kind: string; actorId?: string }[];
    assert.ok(
      toCarol.some((n) => n.kind === 'mention'),
      JSON.stringify(toCarol),
    );

    const found = async (who: Who) => (await who.client.get('/api/search?q=zebrafinch&kind=message')).body.items as unknown[];
    assert.equal((await found(carol)).length, 1);
    assert.equal((await found(alice)).length, 0, 'the blocker does not find it');
    const byBob = await say(alice, room, 'quetzal from alice');
    await settle();
    assert.ok(byBob.seq > 0);
    assert.equal(((await bob.client.get('/api/search?q=quetzal&kind=message')).body.items as unknown[]).length, 0, 'nor the blocked one');
    assert.equal(((await carol.client.get('/api/search?q=quetzal&kind=message')).body.items as unknown[]).length, 1);
  });

  it('withholds in a group DM that has both, and keeps 1:1 DMs between them closed', async () => {
    assertProblem(await bob.client.post('/api/dms', { memberIds: [alice.id] }), 403, 'dm_not_allowed');
    const group = await carol.client.post('/api/dms', { memberIds: [alice.id, bob.id] });
    assert.equal(group.status, 201, JSON.stringify(group.body));
    const id = group.body.conversation.id as string;
    const toAlice = await listen(alice, id, 0);
    const fromBob = await say(bob, id, 'group hello from bob');
    await say(carol, id, 'group hello from carol');
    assertWithheld((await toAlice.waitFor((f) => f.type === 'message')).message, fromBob.seq);
    const seen = await history(alice, id);
    assertWithheld(seen[0]!, 1);
    assertWhole(seen[1]!, 'group hello from carol');
    assertWhole((await history(carol, id))[0]!, 'group hello from bob');
    type Listed = { id: string; unread: number; lastMessage: { excerpt: string } };
    const listed = async (who: Who) => ((await who.client.get('/api/conversations')).body.items as Listed[]).find((c) => c.id === id)!;
    const seenByAlice = await listed(alice);
    assert.equal(seenByAlice.lastMessage.excerpt, 'group hello from carol');
    assert.equal(seenByAlice.unread, 1, "bob's withheld message is not unread for alice");
    assert.equal((await listed(bob)).unread, 1, "carol's message is bob's one unread");
    await say(bob, id, 'bob again');
    assert.equal((await listed(alice)).unread, 1, 'still only carol’s');
    assert.equal((await alice.client.get(`/api/conversations/${id}`)).body.conversation.unread, 1);
    await say(carol, id, 'carol again');
    assert.equal((await listed(alice)).unread, 2);
  });
});
