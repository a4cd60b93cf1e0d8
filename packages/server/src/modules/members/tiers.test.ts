import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ApiClient, TestApp } from '../../../test/harness.js';
import { assertProblem, memberWithRole, snapshot, startCommunity } from './members.test-support.js';

type TierItem = { id: string; name: string; rank: number; isDefault: boolean; memberCount?: number; perks: string[]; description: string };

describe('tiers and topics', () => {
  let app: TestApp;
  let owner: ApiClient;
  let admin: ApiClient;
  let member: { client: ApiClient; id: string };
  let tiers: TierItem[];

  before(async () => {
    ({ app, owner } = await startCommunity());
    ({ client: admin } = await memberWithRole(app, owner, 'admin'));
    member = await memberWithRole(app, owner, 'member');
    tiers = (await app.client().get('/api/tiers')).body.items;
  });
  after(() => app.close());

  it('lists tiers publicly, and with member counts for admins', async () => {
    assert.deepEqual(
      tiers.map((t) => [t.name, t.rank, t.isDefault]),
      [
        ['Free', 0, true],
        ['Member', 1, false],
        ['VIP', 2, false],
      ],
    );
    assert.equal(tiers[0]!.memberCount, undefined);
    const counted = await admin.get('/api/admin/tiers');
    assert.equal(counted.status, 200);
    assert.deepEqual(
      counted.body.items.map((t: TierItem) => t.memberCount),
      [3, 0, 0],
    );
  });

  it('creates a tier ranked highest, edits it and moves the default flag', async () => {
    const created = await owner.post('/api/admin/tiers', { name: 'Patron', perks: ['Name on the wall'] });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.deepEqual([created.body.tier.rank, created.body.tier.isDefault, created.body.tier.description], [3, false, '']);
    const id = created.body.tier.id as string;
    const edited = await owner.patch(`/api/admin/tiers/${id}`, { name: 'Patrons', description: 'Big supporters', perks: [] });
    assert.equal(edited.status, 200);
    assert.deepEqual([edited.body.tier.name, edited.body.tier.description, edited.body.tier.perks], ['Patrons', 'Big supporters', []]);
    const flagged = await owner.patch(`/api/admin/tiers/${tiers[1]!.id}`, { isDefault: true });
    assert.equal(flagged.body.tier.isDefault, true);
    const all: TierItem[] = (await app.client().get('/api/tiers')).body.items;
    assert.deepEqual(
      all.filter((t) => t.isDefault).map((t) => t.id),
      [tiers[1]!.id],
    );
    const joined = await memberWithRole(app, owner, 'member');
    assert.equal((await joined.client.get('/api/me')).body.member.tier.id, tiers[1]!.id);
    await owner.patch(`/api/admin/tiers/${tiers[0]!.id}`, { isDefault: true });
  });

  it('reorders tiers to ranks 0..n-1 and refuses incomplete or repeated lists', async () => {
    const current: TierItem[] = (await app.client().get('/api/tiers')).body.items;
    const reversed = current.map((t) => t.id).reverse();
    const res = await owner.put('/api/admin/tiers/order', { ids: reversed });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual(
      res.body.items.map((t: TierItem) => [t.id, t.rank]),
      reversed.map((id, rank) => [id, rank]),
    );
    const before = await snapshot(app);
    assertProblem(await owner.put('/api/admin/tiers/order', { ids: reversed.slice(1) }), 422, 'tier_order_mismatch');
    assertProblem(await owner.put('/api/admin/tiers/order', { ids: [...reversed.slice(1), reversed[1]] }), 422, 'tier_order_mismatch');
    assertProblem(await owner.put('/api/admin/tiers/order', { ids: [...reversed.slice(1), 'nope'] }), 422, 'tier_order_mismatch');
    assertProblem(await owner.put('/api/admin/tiers/order', { ids: [] }), 400, 'invalid_input');
    assert.equal(await snapshot(app), before);
    await owner.put('/api/admin/tiers/order', { ids: current.map((t) => t.id) });
  });

  it('deletes only tiers that are empty and not the default', async () => {
    await owner.patch(`/api/admin/members/${member.id}`, { tierId: tiers[2]!.id });
    const before = await snapshot(app);
    const inUse = await owner.delete(`/api/admin/tiers/${tiers[2]!.id}`);
    assertProblem(inUse, 409, 'tier_in_use');
    assert.match(inUse.body.title, /1 members/);
    assertProblem(await owner.delete(`/api/admin/tiers/${tiers[0]!.id}`), 409, 'tier_default');
    assertProblem(await owner.delete('/api/admin/tiers/01900000-0000-7000-8000-000000000000'), 404, 'not_found');
    assert.equal(await snapshot(app), before);
    const patron = ((await app.client().get('/api/tiers')).body.items as TierItem[]).find((t) => t.name === 'Patrons')!;
    assert.equal((await owner.delete(`/api/admin/tiers/${patron.id}`)).status, 204);
    assert.deepEqual(
      ((await app.client().get('/api/tiers')).body.items as TierItem[]).map((t) => t.name),
      ['Free', 'Member', 'VIP'],
    );
  });

  it('refuses bad tier input and non-owners, changing nothing', async () => {
    const before = await snapshot(app);
    assertProblem(await owner.post('/api/admin/tiers', { name: '' }), 400, 'invalid_input');
    assertProblem(await owner.patch(`/api/admin/tiers/${tiers[1]!.id}`, { isDefault: false }), 400, 'invalid_input');
    assertProblem(await owner.patch('/api/admin/tiers/01900000-0000-7000-8000-000000000000', { name: 'X' }), 404, 'not_found');
    assertProblem(await admin.post('/api/admin/tiers', { name: 'Sneaky' }), 403, 'forbidden');
    assertProblem(await admin.put('/api/admin/tiers/order', { ids: tiers.map((t) => t.id) }), 403, 'forbidden');
    assertProblem(await member.client.get('/api/admin/tiers'), 403, 'forbidden');
    assert.equal(await snapshot(app), before);
  });

  it('replaces topics and drops interests that pointed at removed ones', async () => {
    const set = await admin.put('/api/admin/topics', {
      topics: [
        { slug: 'tea', name: 'Tea' },
        { slug: 'hiking', name: 'Hiking' },
        { slug: 'books', name: '讀書' },
      ],
    });
    assert.equal(set.status, 200, JSON.stringify(set.body));
    assert.deepEqual(
      set.body.items.map((t: { slug: string }) => t.slug),
      ['tea', 'hiking', 'books'],
    );
    assert.equal((await member.client.patch('/api/me', { interests: ['tea', 'books'] })).status, 200);
    const replaced = await admin.put('/api/admin/topics', {
      topics: [
        { slug: 'books', name: 'Books' },
        { slug: 'film', name: 'Film' },
      ],
    });
    assert.deepEqual(replaced.body.items, [
      { slug: 'books', name: 'Books' },
      { slug: 'film', name: 'Film' },
    ]);
    assert.deepEqual((await app.client().get('/api/topics')).body.items, replaced.body.items);
    assert.deepEqual((await member.client.get('/api/me')).body.member.interests, ['books']);
    const before = await snapshot(app);
    const dup = await admin.put('/api/admin/topics', {
      topics: [
        { slug: 'a', name: 'A' },
        { slug: 'a', name: 'Again' },
      ],
    });
    assertProblem(dup, 400, 'invalid_input');
    assert.deepEqual(
      dup.body.errors.map((e: { path: string; code: string }) => [e.path, e.code]),
      [['topics.1.slug', 'duplicate']],
    );
    assertProblem(await admin.put('/api/admin/topics', { topics: [{ slug: 'Bad Slug', name: 'x' }] }), 400, 'invalid_input');
    assertProblem(await member.client.put('/api/admin/topics', { topics: [] }), 403, 'forbidden');
    assert.equal(await snapshot(app), before);
  });
});
