/**
 * The thread page (GET /api/posts/:id) is served from each node's thread cache. These tests
 * prove it never serves stale or unauthorised data: every kind of change shows at the next
 * read, access is decided per request, each reader gets their own overlay, the page equals
 * the uncached one (also deflated), and a second node on the same database sees changes made
 * through the first without any message between them.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, describe, it } from 'node:test';
import zlib from 'node:zlib';
import { ApiClient, startTestApp, type TestApp } from '../../../test/harness.js';
import { assertProblem, memberWithRole, startCommunity } from '../../../test/community.js';
import type { ManualClock } from '../../platform/clock.js';
import { encodeCursor } from '../../platform/pagination.js';

type Client = { client: ApiClient; id: string };
type Page = { post: Record<string, any>; comments: { items: Record<string, any>[]; nextCursor: string | null } };

describe('thread page cache', () => {
  let app: TestApp;
  let owner: ApiClient;
  let alice: Client;
  let bob: Client;
  let carol: Client;
  let moderator: Client;
  let general: string;
  let other: string;
  let qa: string;

  /** The page as the web app loads it (cached), and the same page read without the cache. */
  const page = async (who: ApiClient, postId: string): Promise<Page> => {
    const res = await who.get(`/api/posts/${postId}`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body as Page;
  };
  const uncached = async (who: ApiClient, postId: string): Promise<Page> => {
    // Any cursor takes the uncached path; this one is before every comment.
    const res = await who.get(`/api/posts/${postId}?cursor=${encodeCursor({ at: 0, id: '' })}`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body as Page;
  };
  const comment = (p: Page, id: string) => p.comments.items.find((c) => c.id === id);
  const cacheSize = () => (app.hearth.modules.posts.posts as unknown as { pages: { cache: { size: number } } }).pages.cache.size;
  const thread = async (author: ApiClient, body: Record<string, unknown> = {}, space = general) => {
    const res = await author.post(`/api/spaces/${space}/posts`, { title: 'Tea', body: 'Which one?', ...body });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body.post.id as string;
  };
  const reply = async (author: ApiClient, postId: string, body = 'Oolong') => {
    const res = await author.post(`/api/posts/${postId}/comments`, { body });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body.comment.id as string;
  };

  before(async () => {
    ({ app, owner } = await startCommunity());
    alice = await memberWithRole(app, owner, 'member', { displayName: 'Alice' });
    bob = await memberWithRole(app, owner, 'member', { displayName: 'Bob' });
    carol = await memberWithRole(app, owner, 'member', { displayName: 'Carol' });
    moderator = await memberWithRole(app, owner, 'moderator', { displayName: 'Mod' });
    general = (await owner.post('/api/spaces', { name: 'General', kind: 'discussion' })).body.space.id;
    other = (await owner.post('/api/spaces', { name: 'Other', kind: 'discussion' })).body.space.id;
    qa = (await owner.post('/api/spaces', { name: 'Help', kind: 'qa' })).body.space.id;
  });
  after(() => app.close());

  it('shows comments, edits and deletions at the next read', async () => {
    const id = await thread(alice.client);
    const first = await reply(bob.client, id, 'first');
    assert.equal((await page(carol.client, id)).comments.items.length, 1);
    assert.ok(cacheSize() > 0, 'the page is cached');

    const second = await reply(bob.client, id, 'second');
    let seen = await page(carol.client, id);
    assert.deepEqual(
      seen.comments.items.map((c) => c.id),
      [first, second],
    );
    assert.equal(seen.post.commentCount, 2);

    assert.equal((await bob.client.patch(`/api/comments/${first}`, { body: 'first, edited' })).status, 200);
    seen = await page(carol.client, id);
    assert.equal(comment(seen, first)?.body, 'first, edited');
    assert.ok(comment(seen, first)?.editedAt);

    assert.equal((await bob.client.delete(`/api/comments/${second}`)).status, 204);
    seen = await page(carol.client, id);
    assert.equal(comment(seen, second)?.status, 'deleted');
    assert.equal(comment(seen, second)?.html, '');
    assert.equal(seen.post.commentCount, 1);

    assert.equal((await alice.client.patch(`/api/posts/${id}`, { title: 'Tea, again', body: 'Which **one**?' })).status, 200);
    seen = await page(carol.client, id);
    assert.equal(seen.post.title, 'Tea, again');
    assert.match(seen.post.html, /<strong>one<\/strong>/);
  });

  it('shows reactions, pins, locks, moves and accepted answers at the next read', async () => {
    const id = await thread(alice.client);
    const answer = await reply(bob.client, id);
    await page(carol.client, id);

    assert.equal((await alice.client.post(`/api/comments/${answer}/reactions`, { emoji: '👍' })).status, 200);
    assert.equal((await bob.client.post(`/api/posts/${id}/reactions`, { emoji: '🎉' })).status, 200);
    let seen = await page(carol.client, id);
    assert.deepEqual(comment(seen, answer)?.reactions, [{ emoji: '👍', count: 1, mine: false }]);
    assert.deepEqual(seen.post.reactions, [{ emoji: '🎉', count: 1, mine: false }]);
    assert.equal((await alice.client.delete(`/api/comments/${answer}/reactions/${encodeURIComponent('👍')}`)).status, 200);
    assert.deepEqual(comment(await page(carol.client, id), answer)?.reactions, []);

    assert.equal((await moderator.client.put(`/api/posts/${id}/pin`, { pinned: true })).status, 200);
    assert.equal((await page(carol.client, id)).post.pinned, true);
    assert.equal((await moderator.client.put(`/api/posts/${id}/lock`, { locked: true })).status, 200);
    seen = await page(carol.client, id);
    assert.equal(seen.post.locked, true);
    assert.equal(seen.post.canComment, false);
    assert.equal((await moderator.client.put(`/api/posts/${id}/lock`, { locked: false })).status, 200);
    assert.equal((await page(carol.client, id)).post.canComment, true);

    assert.equal((await moderator.client.post(`/api/posts/${id}/move`, { spaceId: other })).status, 200);
    assert.equal((await page(carol.client, id)).post.spaceId, other);

    const question = await thread(alice.client, {}, qa);
    const solution = await reply(bob.client, question);
    assert.equal((await page(carol.client, question)).post.acceptedCommentId, null);
    assert.equal((await alice.client.put(`/api/posts/${question}/accepted`, { commentId: solution })).status, 200);
    assert.equal((await page(carol.client, question)).post.acceptedCommentId, solution);
  });

  it('shows poll votes at the next read, with each reader’s own choices', async () => {
    const id = await thread(alice.client, { poll: { options: ['Oolong', 'Sencha'], resultsVisibility: 'after_vote' } });
    const before = (await page(carol.client, id)).post.poll;
    assert.equal(before.canSeeResults, false);
    const [oolong] = before.options;
    assert.equal((await bob.client.put(`/api/posts/${id}/poll/vote`, { optionIds: [oolong.id] })).status, 200);
    const bobs = (await page(bob.client, id)).post.poll;
    assert.deepEqual(bobs.myChoices, [oolong.id]);
    assert.equal(bobs.options[0].votes, 1);
    const carols = (await page(carol.client, id)).post.poll;
    assert.equal(carols.voterCount, 1);
    assert.deepEqual(carols.myChoices, []);
    assert.equal(carols.options[0].votes, null, 'carol has not voted, so sees no counts');
    assert.equal((await page(alice.client, id)).post.poll.canEdit, false, 'the author cannot edit a poll with votes');
  });

  it('shows a new name or avatar of an author at the next read, however it was changed', async () => {
    const id = await thread(alice.client);
    const answer = await reply(bob.client, id);
    assert.equal(comment(await page(carol.client, id), answer)?.author.displayName, 'Bob');

    assert.equal((await bob.client.patch('/api/me', { displayName: 'Robert' })).status, 200);
    assert.equal(comment(await page(carol.client, id), answer)?.author.displayName, 'Robert');

    // A change made outside the members module's code (another process, the CLI) is seen too:
    // the trigger on `member` bumps the authors' version.
    await app.hearth.platform.db.updateTable('member').set({ avatarKey: 'abc12345.webp' }).where('id', '=', alice.id).execute();
    const seen = await page(carol.client, id);
    assert.equal(seen.post.author.avatarUrl, '/api/avatars/abc12345.webp');
    await app.hearth.platform.db.updateTable('member').set({ avatarKey: null }).where('id', '=', alice.id).execute();
    assert.equal((await page(carol.client, id)).post.author.avatarUrl, null);
  });

  it('leaves out blocked members’ comments both ways, from the next read', async () => {
    const id = await thread(alice.client);
    const bobs = await reply(bob.client, id, 'from bob');
    const carols = await reply(carol.client, id, 'from carol');
    await page(carol.client, id);
    await page(bob.client, id);
    assert.equal((await carol.client.put(`/api/members/${bob.id}/block`)).status, 200);
    assert.deepEqual(
      (await page(carol.client, id)).comments.items.map((c) => c.id),
      [carols],
    );
    assert.deepEqual(
      (await page(bob.client, id)).comments.items.map((c) => c.id),
      [bobs],
    );
    assert.equal((await page(alice.client, id)).comments.items.length, 2);
    assert.equal((await carol.client.delete(`/api/members/${bob.id}/block`)).status, 200);
    assert.equal((await page(carol.client, id)).comments.items.length, 2);
  });

  it('shows a moderator’s removal at the next read; a deleted thread only to its author and staff', async () => {
    const id = await thread(alice.client);
    const rude = await reply(bob.client, id, 'rude');
    await page(carol.client, id);
    assert.equal((await moderator.client.delete(`/api/comments/${rude}`)).status, 204);
    const seen = await page(carol.client, id);
    assert.equal(comment(seen, rude)?.status, 'deleted');
    assert.equal(comment(seen, rude)?.body, '');

    assert.equal((await moderator.client.delete(`/api/posts/${id}`)).status, 204);
    assertProblem(await carol.client.get(`/api/posts/${id}`), 404, 'not_found');
    assert.equal((await page(moderator.client, id)).post.status, 'deleted');
    assert.equal((await page(alice.client, id)).post.title, '', 'the author sees the place, not the words');
    assertProblem(await carol.client.get(`/api/posts/${id}`), 404, 'not_found');
  });

  it('decides access on every read, even when the thread is cached', async () => {
    const tiers = (await owner.get('/api/tiers')).body.items as { id: string; rank: number }[];
    const top = tiers.at(-1)!;
    const lounge = (await owner.post('/api/spaces', { name: 'Lounge', kind: 'discussion', access: { minTierRank: top.rank } })).body.space
      .id;
    const staff = (await owner.post('/api/spaces', { name: 'Staff', kind: 'discussion', access: { private: true } })).body.space.id;
    const vip = await thread(owner, {}, lounge);
    const secret = await thread(owner, {}, staff);
    await page(owner, vip);
    await page(moderator.client, secret);

    assertProblem(await carol.client.get(`/api/posts/${vip}`), 404, 'not_found');
    assertProblem(await carol.client.get(`/api/posts/${secret}`), 404, 'not_found');

    assert.equal((await owner.patch(`/api/admin/members/${carol.id}`, { tierId: top.id })).status, 200);
    assert.equal((await page(carol.client, vip)).post.id, vip);
    assert.equal((await owner.post(`/api/spaces/${staff}/members`, { memberIds: [carol.id] })).status, 204);
    assert.equal((await page(carol.client, secret)).post.id, secret);

    assert.equal((await owner.delete(`/api/spaces/${staff}/members/${carol.id}`)).status, 204);
    assertProblem(await carol.client.get(`/api/posts/${secret}`), 404, 'not_found');
    const lowest = tiers[0]!;
    assert.equal((await owner.patch(`/api/admin/members/${carol.id}`, { tierId: lowest.id })).status, 200);
    assertProblem(await carol.client.get(`/api/posts/${vip}`), 404, 'not_found');

    // Moving a cached thread into a space the reader cannot see hides it at once.
    const open = await thread(alice.client);
    await page(carol.client, open);
    assert.equal((await owner.post(`/api/posts/${open}/move`, { spaceId: staff })).status, 200);
    assertProblem(await carol.client.get(`/api/posts/${open}`), 404, 'not_found');

    const scheduled = await owner.post(`/api/spaces/${general}/posts`, {
      title: 'Later',
      body: 'Soon',
      publishAt: new Date(app.clock.now() + 3_600_000).toISOString(),
    });
    assert.equal(scheduled.status, 201, JSON.stringify(scheduled.body));
    await page(owner, scheduled.body.post.id);
    assertProblem(await carol.client.get(`/api/posts/${scheduled.body.post.id}`), 404, 'not_found');
  });

  it('gives each reader their own reactions, bookmarks and rights on the same cached page', async () => {
    const id = await thread(alice.client);
    const bobs = await reply(bob.client, id, 'mine, says bob');
    const alices = await reply(alice.client, id, 'mine, says alice');
    assert.equal((await alice.client.post(`/api/comments/${bobs}/reactions`, { emoji: '👍' })).status, 200);
    assert.equal((await bob.client.post(`/api/comments/${bobs}/reactions`, { emoji: '👍' })).status, 200);
    // Emojis are listed in the order they first came.
    (app.clock as ManualClock).advance(1_000);
    assert.equal((await carol.client.post(`/api/comments/${bobs}/reactions`, { emoji: '❤️' })).status, 200);
    assert.equal((await bob.client.put(`/api/comments/${alices}/bookmark`)).status, 200);
    assert.equal((await carol.client.put(`/api/posts/${id}/bookmark`)).status, 200);

    const forAlice = await page(alice.client, id);
    const forBob = await page(bob.client, id);
    const forCarol = await page(carol.client, id);
    const forMod = await page(moderator.client, id);
    assert.deepEqual(comment(forAlice, bobs)?.reactions, [
      { emoji: '👍', count: 2, mine: true },
      { emoji: '❤️', count: 1, mine: false },
    ]);
    assert.deepEqual(comment(forCarol, bobs)?.reactions, [
      { emoji: '👍', count: 2, mine: false },
      { emoji: '❤️', count: 1, mine: true },
    ]);
    assert.deepEqual(
      [forAlice, forBob, forCarol, forMod].map((p) => [comment(p, bobs)?.canEdit, comment(p, alices)?.canEdit]),
      [
        [false, true],
        [true, false],
        [false, false],
        [true, true],
      ],
    );
    assert.equal(comment(forBob, alices)?.bookmarked, true);
    assert.equal(comment(forAlice, alices)?.bookmarked, false);
    assert.deepEqual(
      [forAlice, forBob, forCarol, forMod].map((p) => [p.post.bookmarked, p.post.canEdit, p.post.canModerate]),
      [
        [false, true, false],
        [false, false, false],
        [true, false, false],
        [false, true, true],
      ],
    );
    // A bookmark changes no shared version; the reader's next page still shows it.
    assert.equal((await alice.client.put(`/api/comments/${bobs}/bookmark`)).status, 200);
    assert.equal(comment(await page(alice.client, id), bobs)?.bookmarked, true);
    assert.equal(comment(await page(bob.client, id), bobs)?.bookmarked, false);
  });

  it('answers exactly what the uncached page answers, for every reader, and pages by `limit`', async () => {
    const id = await thread(alice.client, { poll: { options: ['Oolong', 'Sencha'] } });
    const ids: string[] = [];
    for (const [i, who] of [bob, carol, alice, bob, moderator].entries()) ids.push(await reply(who.client, id, `reply **${i}**`));
    await alice.client.post(`/api/comments/${ids[0]}/reactions`, { emoji: '👍' });
    await carol.client.post(`/api/posts/${id}/reactions`, { emoji: '🍵' });
    await bob.client.put(`/api/comments/${ids[1]}/bookmark`);
    await moderator.client.delete(`/api/comments/${ids[2]}`);
    const poll = (await page(bob.client, id)).post.poll;
    await bob.client.put(`/api/posts/${id}/poll/vote`, { optionIds: [poll.options[1].id] });
    await carol.client.put(`/api/members/${moderator.id}/block`);
    for (const who of [alice, bob, carol, moderator]) {
      assert.deepEqual(await page(who.client, id), await uncached(who.client, id), `the page for ${who.id}`);
      // Twice: the second comes from the cache for sure.
      assert.deepEqual(await page(who.client, id), await uncached(who.client, id), `the cached page for ${who.id}`);
    }
    const two = (await bob.client.get(`/api/posts/${id}?limit=2`)).body as Page;
    assert.deepEqual(
      two.comments.items.map((c) => c.id),
      ids.slice(0, 2),
    );
    assert.ok(two.comments.nextCursor);
    const rest = await bob.client.get(`/api/posts/${id}/comments?cursor=${two.comments.nextCursor}`);
    assert.deepEqual(
      rest.body.items.map((c: { id: string }) => c.id),
      ids.slice(2),
    );
    assert.equal((await page(bob.client, id)).comments.nextCursor, null);
    await carol.client.delete(`/api/members/${moderator.id}/block`);
  });

  it('deflates the page for clients that accept it, to exactly the plain bytes', async () => {
    const id = await thread(alice.client);
    for (let i = 0; i < 40; i++) await reply(i % 2 ? bob.client : carol.client, id, `回覆 **${i}**`);
    await bob.client.put(`/api/comments/${(await page(bob.client, id)).comments.items[20]!.id}/bookmark`);
    const raw = (who: ApiClient, encoding: string) =>
      new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        const cookie = [...who.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
        http
          .get(`${app.url}/api/posts/${id}`, { headers: { cookie, 'accept-encoding': encoding } }, (res) => {
            const parts: Buffer[] = [];
            res.on('data', (part: Buffer) => parts.push(part));
            res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(parts) }));
          })
          .on('error', reject);
      });
    // Alice has no part in any comment (all shared chunks); Bob wrote half and bookmarked one.
    for (const who of [alice, bob, moderator]) {
      const plain = await raw(who.client, 'identity');
      const deflated = await raw(who.client, 'gzip, deflate, br');
      assert.equal(plain.headers['content-encoding'], undefined);
      assert.equal(deflated.headers['content-encoding'], 'deflate');
      assert.match(String(deflated.headers.vary), /accept-encoding/i);
      // Bob's own comments are serialised for him, so his page compresses less.
      if (who !== bob)
        assert.ok(deflated.body.length < plain.body.length / 3, `${deflated.body.length} bytes deflated, ${plain.body.length} plain`);
      assert.deepEqual(zlib.inflateSync(deflated.body), plain.body);
      assert.equal(JSON.parse(plain.body.toString()).comments.items.length, 40);
    }
  });

  it('a second node on the same database sees changes made through the first, with no message between them', async () => {
    // The second node shares only the database (its bus is its own): its cache must follow
    // the versions it reads there.
    const config = app.hearth.platform.config;
    const second = await startTestApp({
      env: {
        HEARTH_RATE_LIMIT: 'false',
        HEARTH_DATA_DIR: config.dataDir,
        ...(config.databaseUrl ? { HEARTH_DATABASE_URL: config.databaseUrl } : {}),
      },
    });
    try {
      const carolThere = new ApiClient(second.url);
      carolThere.cookies = new Map(carol.client.cookies);
      const id = await thread(alice.client);
      const first = await reply(bob.client, id, 'one');
      assert.equal((await page(carolThere, id)).comments.items.length, 1);
      await reply(bob.client, id, 'two');
      await bob.client.patch(`/api/comments/${first}`, { body: 'one, edited' });
      await alice.client.post(`/api/comments/${first}/reactions`, { emoji: '👍' });
      await bob.client.patch('/api/me', { displayName: 'Bobby' });
      const seen = await page(carolThere, id);
      assert.equal(seen.comments.items.length, 2);
      assert.equal(comment(seen, first)?.body, 'one, edited');
      assert.equal(comment(seen, first)?.author.displayName, 'Bobby');
      assert.deepEqual(comment(seen, first)?.reactions, [{ emoji: '👍', count: 1, mine: false }]);
      assert.equal((await moderator.client.post(`/api/posts/${id}/move`, { spaceId: qa })).status, 200);
      assert.equal((await page(carolThere, id)).post.spaceId, qa);
    } finally {
      await second.hearth.close();
    }
  });
});
