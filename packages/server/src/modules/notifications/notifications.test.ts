import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { assertProblem, memberWithRole } from '../../../test/community.js';
import { setUpCommunity, startTestApp, type ApiClient, type TestApp } from '../../../test/harness.js';
import { openSocket } from '../../../test/realtime-client.js';
import { ManualClock } from '../../platform/clock.js';
import { EMAIL_DELAY_MS } from './notifications.service.js';

const mention = (name: string, id: string) => `[@${name}](mention:${id})`;

describe('notifications', () => {
  let app: TestApp;
  let owner: ApiClient;
  const clock = new ManualClock(Date.UTC(2026, 11, 1, 2, 0));
  type Who = { client: ApiClient; id: string };
  let ada: Who;
  let grace: Who;
  let bob: Who;
  let free: Who;
  let moderator: Who;
  let general: string;
  let vipOnly: string;
  let vipRank: number;

  /** Runs jobs until none are due: events fan out into deliveries, which may queue more. */
  const settle = async () => {
    for (let i = 0; i < 20; i++) if ((await app.hearth.platform.jobs.runDue(500)) === 0) return;
    throw new Error('jobs did not settle');
  };
  const list = async (who: Who, query = '') => (await who.client.get(`/api/notifications${query}`)).body;
  const mails = (to: string) =>
    app.hearth.platform.db.selectFrom('mail').selectAll().where('toAddress', '=', to).orderBy('createdAt').execute();
  const emailOf = async (who: Who) => (await who.client.get('/api/me')).body.member.email as string;
  const thread = async (author: Who, body: string, space = general) => {
    const res = await author.client.post(`/api/spaces/${space}/posts`, { title: `Thread ${Math.random().toString(36).slice(2, 6)}`, body });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body.post.id as string;
  };
  const reply = async (author: Who, postId: string, body: string, parentId?: string) => {
    const res = await author.client.post(`/api/posts/${postId}/comments`, { body, ...(parentId ? { parentId } : {}) });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body.comment.id as string;
  };

  before(async () => {
    app = await startTestApp({ clock, env: { HEARTH_RATE_LIMIT: 'false' } });
    owner = await setUpCommunity(app);
    ada = await memberWithRole(app, owner, 'member', { displayName: 'Ada' });
    grace = await memberWithRole(app, owner, 'member', { displayName: 'Grace' });
    bob = await memberWithRole(app, owner, 'member', { displayName: 'Bob' });
    free = await memberWithRole(app, owner, 'member', { displayName: 'Free Fran' });
    moderator = await memberWithRole(app, owner, 'moderator', { displayName: 'Mod' });
    const tiers = (await owner.get('/api/tiers')).body.items as { id: string; rank: number }[];
    const top = tiers.reduce((a, b) => (b.rank > a.rank ? b : a));
    vipRank = top.rank;
    for (const who of [ada, grace, bob]) assert.equal((await owner.patch(`/api/admin/members/${who.id}`, { tierId: top.id })).status, 200);
    general = (await owner.post('/api/spaces', { name: 'General', kind: 'discussion' })).body.space.id;
    vipOnly = (await owner.post('/api/spaces', { name: 'VIP Lounge', kind: 'discussion', access: { minTierRank: vipRank } })).body.space.id;
    await settle();
  });
  after(() => app.close());
  beforeEach(async () => {
    for (const who of [ada, grace, bob, free, moderator]) await who.client.post('/api/notifications/read', {});
  });

  it('tells the mentioned member, live on their socket, and nobody else', async () => {
    const socket = await openSocket(grace.client);
    socket.send({ type: 'subscribe', room: `member:${grace.id}` });
    await socket.waitFor((f) => f.type === 'subscribed');
    const postId = await thread(ada, `Hello ${mention('Grace', grace.id)}!`);
    await settle();
    const page = await list(grace);
    assert.equal(page.unreadCount, 1);
    const [n] = page.items;
    assert.equal(n.kind, 'mention');
    assert.equal(n.actor.displayName, 'Ada');
    assert.equal(n.url, `/posts/${postId}`);
    assert.match(n.excerpt, /Hello @Grace/);
    assert.equal(n.readAt, null);
    const live = await socket.waitFor((f) => f.type === 'event' && f.event.type === 'notifications');
    assert.equal(live.event.unreadCount, 1);
    socket.close();
    // Ada's first thread earns her a badge: news for her, but not of her mention.
    const adas = (await list(ada)).items.filter((item: { kind: string }) => item.kind !== 'badge');
    assert.equal(adas.length, 0, 'nobody is told of their own doing');
    assert.equal((await list(bob)).unreadCount, 0);
    assert.deepEqual((await grace.client.get('/api/notifications/unread-count')).body, { unreadCount: 1 });
  });

  it('tells the author of a reply, groups replies in a followed thread, and a muted thread tells nothing', async () => {
    const postId = await thread(ada, 'What are you reading?');
    assert.equal((await bob.client.put(`/api/posts/${postId}/follow`, { level: 'following' })).body.level, 'following');
    const graceComment = await reply(grace, postId, 'Dream of the Red Chamber');
    await settle();
    const adaFirst = (await list(ada)).items[0];
    assert.equal(adaFirst.kind, 'reply');
    assert.equal(adaFirst.url, `/posts/${postId}#comment-${graceComment}`);
    assert.equal((await grace.client.get(`/api/posts/${postId}/follow`)).body.level, 'following', 'replying follows the thread');
    await reply(free, postId, 'The Three-Body Problem');
    await settle();
    const bobs = await list(bob, '?filter=unread');
    assert.equal(bobs.items.length, 1, 'two replies, one entry');
    assert.equal(bobs.items[0].kind, 'thread_reply');
    assert.equal(bobs.items[0].count, 2);
    assert.equal(bobs.items[0].actorCount, 2);
    assert.equal(bobs.items[0].actor.displayName, 'Free Fran');
    // A reply to Grace's comment is a reply to Grace (not a thread reply), and Ada, following her thread, hears of it too.
    await reply(bob, postId, `Agreed ${mention('Ada', ada.id)}`, graceComment);
    await settle();
    assert.equal((await list(grace, '?filter=unread')).items.find((n: any) => n.kind === 'reply')?.actor.displayName, 'Bob');
    assert.equal((await list(ada, '?filter=unread')).items[0].kind, 'mention', 'a mention beats a thread reply');
    // Muting the thread: nothing more, not even mentions.
    await ada.client.put(`/api/posts/${postId}/follow`, { level: 'muted' });
    await ada.client.post('/api/notifications/read', {});
    await reply(grace, postId, `Still there ${mention('Ada', ada.id)}?`);
    await settle();
    assert.equal((await list(ada)).unreadCount, 0);
  });

  it('groups reactions to one thing and DM messages of one conversation; opening them marks them read', async () => {
    const postId = await thread(ada, 'React to this');
    await grace.client.post(`/api/posts/${postId}/reactions`, { emoji: '👍' });
    await bob.client.post(`/api/posts/${postId}/reactions`, { emoji: '👍' });
    await settle();
    const reactions = (await list(ada, '?filter=unread')).items.filter((n: any) => n.kind === 'reaction');
    assert.equal(reactions.length, 1);
    assert.equal(reactions[0].actorCount, 2);
    assert.equal(reactions[0].emoji, '👍');

    const dm = (await grace.client.post('/api/dms', { memberIds: [ada.id] })).body.conversation.id;
    for (const body of ['hi', 'are you there?', 'ping'])
      assert.equal((await grace.client.post(`/api/conversations/${dm}/messages`, { body })).status, 201);
    await settle();
    const dms = (await list(ada, '?filter=unread')).items.filter((n: any) => n.kind === 'dm');
    assert.equal(dms.length, 1);
    assert.equal(dms[0].count, 3);
    assert.equal(dms[0].excerpt, 'ping');
    assert.equal(dms[0].url, `/chat/${dm}`);
    const after = await ada.client.post('/api/notifications/read', { conversationId: dm });
    assert.equal(after.status, 200);
    assert.equal(
      (await list(ada, '?filter=unread')).items.some((n: any) => n.kind === 'dm'),
      false,
    );
    await ada.client.post('/api/notifications/read', { postId });
    assert.equal((await list(ada, '?filter=unread')).items.length, 0);
  });

  it('tells a member who started following them, once', async () => {
    assert.equal((await free.client.put(`/api/members/${ada.id}/follow`)).status, 200);
    assert.equal((await free.client.put(`/api/members/${ada.id}/follow`)).status, 200);
    await settle();
    const follows = (await list(ada, '?filter=unread')).items.filter((n: any) => n.kind === 'follow');
    assert.equal(follows.length, 1);
    assert.equal(follows[0].actor.displayName, 'Free Fran');
    assert.equal(follows[0].url, `/members/${free.id}`);
  });

  it('tells nobody about what a member they block, or who blocks them, did', async () => {
    assert.equal((await grace.client.put(`/api/members/${bob.id}/block`)).status, 200);
    const postId = await thread(grace, 'Blocked replies');
    await settle();
    await reply(bob, postId, 'Hello?');
    const dm = await bob.client.post('/api/dms', { memberIds: [grace.id] });
    assert.equal(dm.status, 403, 'and no DM either');
    await settle();
    assert.equal((await list(grace, '?filter=unread')).items.length, 0);
    await grace.client.delete(`/api/members/${bob.id}/block`);
    await reply(bob, postId, 'Friends again');
    await settle();
    assert.equal((await list(grace, '?filter=unread')).items[0].kind, 'reply');
  });

  it('tells authors when a moderator locks, moves or removes their content', async () => {
    const postId = await thread(ada, 'Off topic maybe');
    assert.equal((await moderator.client.put(`/api/posts/${postId}/lock`, { locked: true })).status, 200);
    await settle();
    const [notice] = (await list(ada, '?filter=unread')).items;
    assert.equal(notice.kind, 'moderation');
    assert.equal(notice.action, 'locked');
    assert.equal(notice.actor, null, 'from the community, not a named moderator');
  });

  it('never tells a member about what they may not read, and hides entries once access is lost', async () => {
    await thread(ada, `VIP secret for ${mention('Fran', free.id)} and ${mention('Grace', grace.id)}`, vipOnly);
    await settle();
    assert.equal(
      (await list(free)).items.some((n: any) => n.title.startsWith('Thread') && n.kind === 'mention' && n.excerpt.includes('VIP secret')),
      false,
    );
    assert.equal((await list(grace, '?filter=unread')).items[0].excerpt.includes('VIP secret'), true);
    // Grace drops to the lowest tier: the entry is no longer listed or counted.
    const tiers = (await owner.get('/api/tiers')).body.items as { id: string; rank: number }[];
    const bottom = tiers.reduce((a, b) => (b.rank < a.rank ? b : a));
    assert.equal((await owner.patch(`/api/admin/members/${grace.id}`, { tierId: bottom.id })).status, 200);
    const page = await list(grace);
    assert.equal(
      page.items.some((n: any) => n.excerpt.includes('VIP secret')),
      false,
    );
    assert.equal(page.unreadCount, 0);
    const top = tiers.reduce((a, b) => (b.rank > a.rank ? b : a));
    await owner.patch(`/api/admin/members/${grace.id}`, { tierId: top.id });
    // Following a thread one cannot read is refused as if it did not exist.
    const secret = await thread(ada, 'VIP only', vipOnly);
    assertProblem(await free.client.get(`/api/posts/${secret}/follow`), 404, 'not_found');
    assertProblem(await free.client.put(`/api/posts/${secret}/follow`, { level: 'following' }), 404, 'not_found');
  });

  it('emails a notice still unread after the delay, not one read in time, and waits out quiet hours', async () => {
    const graceEmail = await emailOf(grace);
    const before = (await mails(graceEmail)).length;
    await thread(ada, `Email me ${mention('Grace', grace.id)}`);
    await settle();
    assert.equal((await mails(graceEmail)).length, before, 'not before the delay');
    clock.advance(EMAIL_DELAY_MS);
    await settle();
    const sent = await mails(graceEmail);
    assert.equal(sent.length, before + 1);
    assert.match(sent.at(-1)!.subject, /\[Test Hearth\] Ada mentioned you in “Thread/);
    assert.match(sent.at(-1)!.text, /\/posts\//);
    assert.equal(sent.at(-1)!.kind, 'notification_mention');

    // Read in time: no mail.
    await thread(ada, `Quick one ${mention('Grace', grace.id)}`);
    await settle();
    await grace.client.post('/api/notifications/read', {});
    clock.advance(EMAIL_DELAY_MS);
    await settle();
    assert.equal((await mails(graceEmail)).length, before + 1);

    // Quiet hours around now (UTC, Grace's zone): the mail waits until they end.
    const nowMinutes = new Date(clock.now()).getUTCHours() * 60 + new Date(clock.now()).getUTCMinutes();
    const hhmm = (m: number) => `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    const set = await grace.client.patch('/api/me/notification-settings', {
      quietHours: { start: hhmm(nowMinutes), end: hhmm(nowMinutes + 60) },
    });
    assert.equal(set.status, 200, JSON.stringify(set.body));
    await thread(ada, `At night ${mention('Grace', grace.id)}`);
    await settle();
    clock.advance(EMAIL_DELAY_MS);
    await settle();
    assert.equal((await mails(graceEmail)).length, before + 1, 'held during quiet hours');
    clock.advance(60 * 60_000);
    await settle();
    assert.equal((await mails(graceEmail)).length, before + 2, 'sent when they end');
    await grace.client.patch('/api/me/notification-settings', { quietHours: null });
  });

  it('keeps per-kind choices: a hidden kind is neither listed nor counted, and email can be switched off', async () => {
    const res = await ada.client.patch('/api/me/notification-settings', { kinds: { reaction: { inApp: false } } });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual(res.body.kinds.reaction, { inApp: false, email: false, push: false });
    assert.deepEqual(res.body.kinds.mention, { inApp: true, email: true, push: true });
    const postId = await thread(ada, 'No reactions please');
    await grace.client.post(`/api/posts/${postId}/reactions`, { emoji: '🎉' });
    await settle();
    assert.equal(
      (await list(ada)).items.some((n: any) => n.kind === 'reaction' && n.emoji === '🎉'),
      false,
    );
    assert.equal((await list(ada)).unreadCount, 0);
    // With every channel off nothing was kept; switched back on, the next reaction is told.
    await ada.client.patch('/api/me/notification-settings', { kinds: { reaction: { inApp: true } } });
    assert.equal(
      (await list(ada)).items.some((n: any) => n.kind === 'reaction' && n.emoji === '🎉'),
      false,
    );
    await bob.client.post(`/api/posts/${postId}/reactions`, { emoji: '🎉' });
    await settle();
    assert.equal(
      (await list(ada)).items.some((n: any) => n.kind === 'reaction' && n.emoji === '🎉'),
      true,
    );
    // Email off altogether: a mention is still in the app, and no mail is queued for it.
    await ada.client.patch('/api/me/notification-settings', { emailEnabled: false });
    const adaEmail = await emailOf(ada);
    const before = (await mails(adaEmail)).length;
    await thread(grace, `No mail ${mention('Ada', ada.id)}`);
    await settle();
    clock.advance(EMAIL_DELAY_MS);
    await settle();
    assert.equal((await list(ada, '?filter=unread')).items[0].kind, 'mention');
    assert.equal((await mails(adaEmail)).length, before);
    await ada.client.patch('/api/me/notification-settings', { emailEnabled: true });
  });

  it('sends a daily digest at 08:00 local of what the member missed, then schedules the next', async () => {
    const bobEmail = await emailOf(bob);
    const set = await bob.client.patch('/api/me/notification-settings', { digest: 'daily', kinds: { mention: { email: false } } });
    assert.equal(set.status, 200);
    const dueAt = Date.parse(set.body.nextDigestAt);
    assert.equal(new Date(dueAt).getUTCHours(), 8, 'Bob lives in UTC');
    assert.ok(dueAt > clock.now());
    await thread(grace, `Digest material ${mention('Bob', bob.id)}`);
    await settle();
    const before = (await mails(bobEmail)).length;
    clock.set(dueAt + 1000);
    await settle();
    const digest = (await mails(bobEmail)).filter((m) => m.kind === 'notification_digest');
    assert.equal(digest.length, 1);
    assert.match(digest[0]!.subject, /you missed in Test Hearth/);
    assert.match(digest[0]!.text, /Grace mentioned you in/);
    assert.match(digest[0]!.html ?? '', /<a href="[^"]*\/posts\//);
    assert.equal((await mails(bobEmail)).length, before + 1);
    const next = Date.parse((await bob.client.get('/api/me/notification-settings')).body.nextDigestAt);
    assert.equal(next, dueAt + 24 * 3600_000);
    // Switching it off: the queued job does nothing.
    await bob.client.patch('/api/me/notification-settings', { digest: 'off' });
    clock.set(next + 1000);
    await settle();
    assert.equal((await mails(bobEmail)).filter((m) => m.kind === 'notification_digest').length, 1);
  });

  it('refuses bad input and changes nothing', async () => {
    const before = (await ada.client.get('/api/me/notification-settings')).body;
    for (const body of [
      { quietHours: { start: '25:00', end: '07:00' } },
      { quietHours: { start: '22:00', end: '22:00' } },
      { kinds: { gossip: { email: true } } },
      { kinds: { mention: { email: 'yes' } } },
      { digest: 'hourly' },
      { extra: true },
    ])
      assertProblem(await ada.client.patch('/api/me/notification-settings', body), 400, 'invalid_input');
    assert.deepEqual((await ada.client.get('/api/me/notification-settings')).body, before);
    assertProblem(await ada.client.post('/api/notifications/read', { ids: [] }), 400, 'invalid_input');
    assertProblem(await ada.client.post('/api/notifications/read', { ids: ['x'], postId: 'y' }), 400, 'invalid_input');
    assertProblem(await ada.client.get('/api/notifications?filter=maybe'), 400, 'invalid_input');
    assertProblem(await ada.client.put(`/api/posts/nope/follow`, { level: 'following' }), 404, 'not_found');
    const postId = await thread(ada, 'Follow levels');
    await settle();
    assertProblem(await ada.client.put(`/api/posts/${postId}/follow`, { level: 'obsessed' }), 400, 'invalid_input');
    assert.equal((await ada.client.get(`/api/posts/${postId}/follow`)).body.level, 'following');
    assertProblem(
      await ada.client.post('/api/push/subscriptions', { endpoint: 'http://push.example/x', keys: { p256dh: 'a', auth: 'b' } }),
      400,
      'invalid_input',
    );
    assertProblem(await ada.client.post('/api/push/subscriptions', { endpoint: 'https://push.example/x' }), 400, 'invalid_input');
    // Someone else's entries cannot be marked read.
    await thread(grace, `For ${mention('Bob', bob.id)}`);
    await settle();
    const bobsEntry = (await list(bob, '?filter=unread')).items[0].id;
    await ada.client.post('/api/notifications/read', { ids: [bobsEntry] });
    assert.equal((await list(bob, '?filter=unread')).items[0].id, bobsEntry);
  });

  it('pages newest first with a cursor', async () => {
    for (let i = 0; i < 5; i++) {
      clock.advance(1000);
      await thread(grace, `Page ${i} ${mention('Ada', ada.id)}`);
    }
    await settle();
    const first = await list(ada, '?limit=2');
    assert.equal(first.items.length, 2);
    assert.ok(first.nextCursor);
    const second = await list(ada, `?limit=2&cursor=${first.nextCursor}`);
    assert.equal(second.items.length, 2);
    assert.ok(Date.parse(first.items[1].createdAt) >= Date.parse(second.items[0].createdAt));
    assert.equal(new Set([...first.items, ...second.items].map((n: any) => n.id)).size, 4);
    // Unused ids stay unchanged in count checks elsewhere.
    assert.ok(vipRank > 0);
  });
});
