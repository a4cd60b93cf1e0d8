import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { assertProblem, memberWithRole, startCommunity } from '../../../test/community.js';
import { snapshotDb } from '../../../test/db-snapshot.js';
import type { ApiClient, ApiResponse, TestApp } from '../../../test/harness.js';

/** Words of each action, unlike anything else the tests write. */
export const BLOCK = '禁词甲';
export const REVIEW = '审核乙';
export const MASK = '遮蔽丙';

/** Every write path of member text × block (refused, nothing stored), mask (*** stored and rendered) and review where nothing can be held. */
describe('word filter in the write paths', () => {
  let app: TestApp;
  let owner: ApiClient;
  let alice: { client: ApiClient; id: string };
  let bob: { client: ApiClient; id: string };
  let general: string;
  let lobby: string;
  let dm: string;
  let thread: string;
  let comment: string;
  let message: string;
  const snapshot = () => snapshotDb(app.hearth.platform.db, ['session', 'idempotency_key', 'rate_limit']);

  /** Sent by `send`, refused with 422 `code` listing `word`, and not one row changed. */
  async function refused(send: () => Promise<ApiResponse>, code: string, word: string) {
    const before = await snapshot();
    const res = await send();
    assertProblem(res, 422, code);
    assert.deepEqual(res.body.words, [word]);
    assert.ok(
      res.body.matches.every((m: any) => typeof m.field === 'string' && m.end > m.start),
      JSON.stringify(res.body.matches),
    );
    assert.equal(await snapshot(), before, `a refused ${code} changed rows`);
  }

  /** Whether any row of any table (but the word lists themselves) holds `text`. */
  /**
   * This community's table names. On PostgreSQL the introspection lists every schema of the
   * shared test database, so only the current one is kept, and it lists again when another
   * test's schema vanishes mid-listing.
   */
  async function tablesOfDatabase(): Promise<string[]> {
    const db = app.hearth.platform.db;
    const own =
      app.hearth.platform.dialect === 'postgres'
        ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s
        : undefined;
    for (let attempt = 1; ; attempt++) {
      try {
        return (await db.introspection.getTables()).filter((t) => own === undefined || t.schema === own).map((t) => t.name);
      } catch (error) {
        if (attempt >= 5) throw error;
      }
    }
  }

  async function storedAnywhere(text: string): Promise<boolean> {
    // The word list itself, and the audit entry of the owner adding it, hold the word by design.
    const lists = new Set(['moderation_word', 'audit_entry']);
    const tables = (await tablesOfDatabase()).filter((n) => !lists.has(n));
    for (const table of tables) {
      const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(app.hearth.platform.db);
      if (rows.rows.some((row) => JSON.stringify(row).includes(text))) return true;
    }
    return false;
  }

  /** Each write path, sending `text` wherever the member writes. */
  const paths = (text: string): [string, () => Promise<ApiResponse>][] => [
    ['thread title', () => alice.client.post(`/api/spaces/${general}/posts`, { title: `t ${text}`, body: 'fine' })],
    ['thread body', () => alice.client.post(`/api/spaces/${general}/posts`, { title: 'fine', body: `b ${text}` })],
    ['thread edit', () => alice.client.patch(`/api/posts/${thread}`, { body: `edited ${text}` })],
    ['thread title edit', () => alice.client.patch(`/api/posts/${thread}`, { title: `edited ${text}` })],
    ['reply', () => alice.client.post(`/api/posts/${thread}/comments`, { body: `r ${text}` })],
    ['nested reply', () => alice.client.post(`/api/posts/${thread}/comments`, { body: `n ${text}`, parentId: comment })],
    ['reply edit', () => alice.client.patch(`/api/comments/${comment}`, { body: `e ${text}` })],
    ['chat message', () => alice.client.post(`/api/conversations/${lobby}/messages`, { body: `c ${text}` })],
    ['DM', () => alice.client.post(`/api/conversations/${dm}/messages`, { body: `d ${text}` })],
    ['message edit', () => alice.client.patch(`/api/messages/${message}`, { body: `m ${text}` })],
    ['display name', () => alice.client.patch('/api/me', { displayName: `A ${text}` })],
    ['bio', () => alice.client.patch('/api/me', { bio: `bio ${text}` })],
    ['location', () => alice.client.patch('/api/me', { location: `in ${text}` })],
    ['link label', () => alice.client.patch('/api/me', { links: [{ label: `my ${text}`, url: 'https://example.com' }] })],
  ];

  before(async () => {
    ({ app, owner } = await startCommunity());
    alice = await memberWithRole(app, owner, 'member', { displayName: 'Alice' });
    bob = await memberWithRole(app, owner, 'member', { displayName: 'Bob' });
    const words = [
      { word: BLOCK, action: 'block' },
      { word: REVIEW, action: 'review' },
      { word: MASK, action: 'mask' },
    ];
    assert.equal((await owner.post('/api/admin/moderation/words', { words })).status, 201);
    general = (await owner.post('/api/spaces', { name: 'General', kind: 'discussion' })).body.space.id;
    const space = (await owner.post('/api/spaces', { name: 'Lobby', kind: 'chat' })).body.space;
    lobby = space.conversationId;
    // Alice's first message in the channel starts her read state there; later ones must change nothing when refused.
    assert.equal((await alice.client.post(`/api/conversations/${lobby}/messages`, { body: 'hello all' })).status, 201);
    dm = (await alice.client.post('/api/dms', { memberIds: [bob.id] })).body.conversation.id;
    thread = (await alice.client.post(`/api/spaces/${general}/posts`, { title: 'Tea', body: 'Hello' })).body.post.id;
    comment = (await alice.client.post(`/api/posts/${thread}/comments`, { body: 'First' })).body.comment.id;
    message = (await alice.client.post(`/api/conversations/${dm}/messages`, { body: 'hi' })).body.message.id;
    assert.ok(general && lobby && dm && thread && comment && message);
  });
  after(() => app.close());

  it('refuses a block word on every write path with content_refused, storing nothing', async () => {
    for (const [name, send] of paths(BLOCK)) {
      await refused(send, 'content_refused', BLOCK).catch((error: Error) => assert.fail(`${name}: ${error.message}`));
    }
  });

  it('refuses block words for staff too, and in an evaded spelling', async () => {
    await refused(() => owner.post(`/api/spaces/${general}/posts`, { title: 'x', body: '禁 词 甲' }), 'content_refused', BLOCK);
    await refused(() => owner.patch('/api/me', { bio: '禁-词-甲' }), 'content_refused', BLOCK);
  });

  it('translates the refusal and names the words', async () => {
    for (const [locale, pattern] of [
      ['zh-TW', /不允許的字詞（禁词甲）/],
      ['zh-CN', /不允许的词语（禁词甲）/],
      ['en', /does not allow \(禁词甲\)/],
    ] as const) {
      alice.client.locale = locale;
      const res = await alice.client.post(`/api/posts/${thread}/comments`, { body: BLOCK });
      assertProblem(res, 422, 'content_refused');
      assert.match(res.body.title, pattern);
    }
    alice.client.locale = 'en';
  });

  it('refuses a review word where nothing can be held: chat, DMs, profiles, edits of published content', async () => {
    const unheld = paths(REVIEW).filter(([name]) => !['thread title', 'thread body', 'reply', 'nested reply'].includes(name));
    for (const [name, send] of unheld) {
      await refused(send, 'content_held_for_review', REVIEW).catch((error: Error) => assert.fail(`${name}: ${error.message}`));
    }
  });

  it('stores mask words as *** in the source, rendered the same in the HTML', async () => {
    const created = await alice.client.post(`/api/spaces/${general}/posts`, { title: `x${MASK}y`, body: `a${MASK}b and c${MASK}d` });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal(created.body.post.title, 'x***y');
    assert.equal(created.body.post.body, 'a\\*\\*\\*b and c\\*\\*\\*d');
    assert.match(created.body.post.html, /<p>a\*\*\*b and c\*\*\*d<\/p>/);

    const reply = await alice.client.post(`/api/posts/${thread}/comments`, { body: `ok ${MASK}` });
    assert.equal(reply.status, 201);
    assert.equal(reply.body.comment.body, 'ok \\*\\*\\*');
    assert.match(reply.body.comment.html, /ok \*\*\*/);
    const edit = await alice.client.patch(`/api/comments/${comment}`, { body: `${MASK}!` });
    assert.equal(edit.body.comment.body, '\\*\\*\\*!');

    const sent = await alice.client.post(`/api/conversations/${lobby}/messages`, { body: `hey ${MASK}` });
    assert.equal(sent.status, 201, JSON.stringify(sent.body));
    const edited = await alice.client.patch(`/api/messages/${message}`, { body: `${MASK} there` });
    assert.equal(edited.status, 200, JSON.stringify(edited.body));
    const messages = (await bob.client.get(`/api/conversations/${dm}/messages`)).body.items;
    assert.equal(messages.find((m: any) => m.id === message).body, '\\*\\*\\* there');

    const me = await alice.client.patch('/api/me', { bio: `I like ${MASK}`, displayName: `Alice ${MASK}` });
    assert.equal(me.status, 200, JSON.stringify(me.body));
    assert.equal(me.body.member.displayName, 'Alice ***');
    assert.equal((await bob.client.get(`/api/members/${alice.id}`)).body.member.bio, 'I like ***');
    assert.equal(await storedAnywhere(MASK), false, 'the masked word is stored nowhere');
  });
});
