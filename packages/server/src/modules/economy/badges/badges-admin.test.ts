/**
 * The badge catalogue and manual badges over HTTP: who may create, edit, give and take back
 * (owner and admin; not moderators or members), bad input refused with a translated 4xx
 * and nothing changed, awards audited and told to the member, profiles and badge pages.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertProblem, memberWithRole, startCommunity } from '../../../../test/community.js';
import { snapshotDb } from '../../../../test/db-snapshot.js';
import type { ApiClient, TestApp } from '../../../../test/harness.js';

type Who = { client: ApiClient; id: string };
/** Runs every due job until none is left (events, notifications). */
async function drain(app: TestApp): Promise<void> {
  for (let i = 0; i < 50; i++) if ((await app.hearth.platform.jobs.runDue(500)) === 0) return;
}

describe('badge catalogue and manual badges', () => {
  let app: TestApp;
  let owner: ApiClient;
  let admin: Who;
  let moderator: Who;
  let alice: Who;
  let bob: Who;
  let badgeId: string;

  const unchanged = async (send: () => Promise<{ status: number; body: any; headers: Headers }>, status: number, code: string) => {
    const db = app.hearth.platform.db;
    const before = await snapshotDb(db, ['session', 'idempotency_key', 'member']);
    const res = await send();
    assertProblem(res, status, code);
    assert.ok(typeof res.body.detail === 'string' && res.body.detail.length > 0, 'a translated reason');
    assert.equal(await snapshotDb(db, ['session', 'idempotency_key', 'member']), before, `${code}: rows changed`);
    return res;
  };
  const auditOf = (action: string) =>
    app.hearth.platform.db.selectFrom('auditEntry').selectAll().where('action', '=', action).orderBy('createdAt').execute();

  before(async () => {
    ({ app, owner } = await startCommunity());
    admin = await memberWithRole(app, owner, 'admin');
    moderator = await memberWithRole(app, owner, 'moderator');
    alice = await memberWithRole(app, owner, 'member', { displayName: 'Alice' });
    bob = await memberWithRole(app, owner, 'member', { displayName: 'Bob' });
    await owner.get('/api/admin/badges');
  });
  after(() => app.close());

  it('lists the built-in rule badges in the reader’s language', async () => {
    const en = await alice.client.get('/api/badges');
    assert.equal(en.status, 200);
    assert.equal(en.body.items.length, 8);
    assert.deepEqual(en.body.items[0], {
      id: 'first_post',
      rule: 'first_post',
      name: 'First post',
      description: 'Published a first thread or reply.',
      icon: '🌱',
      tier: 'bronze',
      isEnabled: true,
      isRenamed: false,
      holderCount: 0,
    });
    const tw = await alice.client.get('/api/badges', { 'accept-language': 'zh-TW' });
    assert.equal(tw.body.items[0].name, '初次發文');
    const cn = await alice.client.get('/api/badges', { 'accept-language': 'zh-CN' });
    assert.equal(cn.body.items[0].name, '初次发帖');
  });

  it('lets owners and admins manage the catalogue; moderators and members get 403, visitors 401', async () => {
    const body = { name: 'Helper', description: 'Helps out', icon: '🤝', tier: 'gold' };
    for (const who of [moderator, alice]) {
      await unchanged(() => who.client.post('/api/admin/badges', body), 403, 'forbidden');
      await unchanged(() => who.client.get('/api/admin/badges'), 403, 'forbidden');
      await unchanged(() => who.client.patch('/api/admin/badges/first_post', { name: 'X' }), 403, 'forbidden');
      await unchanged(() => who.client.post('/api/admin/badges/recheck', {}), 403, 'forbidden');
    }
    await unchanged(() => app.client().post('/api/admin/badges', body), 401, 'unauthenticated');
    const created = await owner.post('/api/admin/badges', body);
    assert.equal(created.status, 201, JSON.stringify(created.body));
    badgeId = created.body.id;
    assert.equal(created.body.rule, null);
    const byAdmin = await admin.client.patch(`/api/admin/badges/${badgeId}`, { tier: 'silver' });
    assert.equal(byAdmin.status, 200, JSON.stringify(byAdmin.body));
    assert.equal(byAdmin.body.tier, 'silver');
    const renamed = await owner.patch('/api/admin/badges/first_post', { name: '新芽' });
    assert.equal(renamed.body.name, '新芽');
    assert.equal(renamed.body.isRenamed, true);
    const reset = await owner.patch('/api/admin/badges/first_post', { name: null });
    assert.equal(reset.body.name, 'First post');
    assert.equal((await auditOf('badge.create')).length, 1);
    assert.equal((await auditOf('badge.update')).length, 3);
  });

  it('refuses bad catalogue input with field errors and changes nothing', async () => {
    await unchanged(() => owner.post('/api/admin/badges', { name: '   ', icon: '🤝', tier: 'gold' }), 400, 'invalid_input');
    await unchanged(() => owner.post('/api/admin/badges', { name: 'x'.repeat(41), icon: '🤝', tier: 'gold' }), 400, 'invalid_input');
    await unchanged(
      () => owner.post('/api/admin/badges', { name: 'Ok', description: 'd'.repeat(5000), icon: '🤝', tier: 'gold' }),
      400,
      'invalid_input',
    );
    await unchanged(() => owner.post('/api/admin/badges', { name: 'Ok', icon: '💩', tier: 'gold' }), 400, 'invalid_input');
    await unchanged(() => owner.post('/api/admin/badges', { name: 'Ok', icon: '🤝', tier: 'platinum' }), 400, 'invalid_input');
    await unchanged(() => owner.post('/api/admin/badges', { name: 'Ok\u0000', icon: '🤝', tier: 'gold' }), 400, 'invalid_input');
    await unchanged(() => owner.post('/api/admin/badges', { name: 'Ok', icon: '🤝', tier: 'gold', extra: 1 }), 400, 'invalid_input');
    await unchanged(() => owner.patch(`/api/admin/badges/${badgeId}`, { name: null }), 400, 'invalid_input');
    await unchanged(() => owner.patch('/api/admin/badges/no-such-badge', { name: 'X' }), 404, 'not_found');
    const res = await unchanged(() => owner.post('/api/admin/badges', { name: '', icon: '🤝', tier: 'gold' }), 400, 'invalid_input');
    assert.equal(res.body.errors[0].path, 'name');
  });

  it('lets only owners and admins give and take back a badge, with a reason, audited and told', async () => {
    const award = { memberId: alice.id, reason: 'Ran the meetup' };
    for (const who of [moderator, alice, bob]) {
      await unchanged(() => who.client.post(`/api/admin/badges/${badgeId}/awards`, award), 403, 'forbidden');
    }
    const given = await admin.client.post(`/api/admin/badges/${badgeId}/awards`, award);
    assert.equal(given.status, 201, JSON.stringify(given.body));
    assert.equal(given.body.isManual, true);
    assert.equal(given.body.badge.holderCount, 1);
    await drain(app);
    const notices = (await alice.client.get('/api/notifications')).body.items.filter((n: { kind: string }) => n.kind === 'badge');
    assert.equal(notices.length, 1);
    assert.equal(notices[0].title, 'Helper');
    assert.equal(notices[0].emoji, '🤝');
    const [entry] = await auditOf('badge.award');
    assert.equal(entry!.actorId, admin.id);
    assert.equal(entry!.targetId, alice.id);
    assert.equal(entry!.reason, 'Ran the meetup');

    const profile = await bob.client.get(`/api/members/${alice.id}/badges`);
    assert.deepEqual(
      profile.body.items.map((h: { badge: { id: string } }) => h.badge.id),
      [badgeId],
    );
    const page = await bob.client.get(`/api/badges/${badgeId}`);
    assert.equal(page.status, 200, JSON.stringify(page.body));
    assert.deepEqual(
      page.body.items.map((h: { member: { displayName: string } }) => h.member.displayName),
      ['Alice'],
    );

    for (const who of [moderator, alice]) {
      await unchanged(() => who.client.post(`/api/admin/badges/${badgeId}/revocations`, award), 403, 'forbidden');
    }
    const taken = await owner.post(`/api/admin/badges/${badgeId}/revocations`, { memberId: alice.id, reason: 'Mistake' });
    assert.equal(taken.status, 204, JSON.stringify(taken.body));
    assert.equal((await bob.client.get(`/api/members/${alice.id}/badges`)).body.items.length, 0);
    assert.equal((await auditOf('badge.revoke')).length, 1);
    const again = await owner.post(`/api/admin/badges/${badgeId}/awards`, award);
    assert.equal(again.status, 201, 'a manual badge can be given back');
  });

  it('refuses bad awards and revocations with nothing changed', async () => {
    const award = { memberId: bob.id, reason: 'Because' };
    await unchanged(() => owner.post('/api/admin/badges/no-such-badge/awards', award), 404, 'not_found');
    await unchanged(() => owner.post('/api/admin/badges/first_post/awards', award), 422, 'badge_not_manual');
    await unchanged(() => owner.post(`/api/admin/badges/${badgeId}/awards`, { memberId: 'nobody', reason: 'x' }), 400, 'invalid_input');
    await unchanged(() => owner.post(`/api/admin/badges/${badgeId}/awards`, { memberId: bob.id, reason: '  ' }), 400, 'invalid_input');
    await unchanged(
      () => owner.post(`/api/admin/badges/${badgeId}/awards`, { memberId: bob.id, reason: 'r'.repeat(501) }),
      400,
      'invalid_input',
    );
    await unchanged(
      () => owner.post(`/api/admin/badges/${badgeId}/awards`, { memberId: alice.id, reason: 'twice' }),
      409,
      'badge_already_held',
    );
    await unchanged(() => owner.post(`/api/admin/badges/${badgeId}/revocations`, award), 409, 'badge_not_held');
    const zh = await owner.post(`/api/admin/badges/${badgeId}/revocations`, award, { 'accept-language': 'zh-TW' });
    assert.equal(zh.body.detail, '這位成員沒有這枚徽章。');
    assert.equal((await owner.patch(`/api/admin/badges/${badgeId}`, { isEnabled: false })).status, 200);
    await unchanged(() => owner.post(`/api/admin/badges/${badgeId}/awards`, award), 422, 'badge_disabled');
    await unchanged(() => bob.client.get(`/api/badges/${badgeId}`), 404, 'not_found');
    assert.equal((await bob.client.get(`/api/members/${alice.id}/badges`)).body.items.length, 0, 'a disabled badge is not shown');
    const all = (await owner.get('/api/admin/badges')).body.items;
    assert.equal(all.find((b: { id: string }) => b.id === badgeId).isEnabled, false);
  });
});
