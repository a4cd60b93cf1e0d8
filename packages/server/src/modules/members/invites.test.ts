import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { registerMember, type ApiClient, type TestApp } from '../../../test/harness.js';
import type { ManualClock } from '../../platform/clock.js';
import { assertProblem, memberWithRole, snapshot, startCommunity } from './members.test-support.js';

describe('invites', () => {
  let app: TestApp;
  let owner: ApiClient;
  let admin: { client: ApiClient; id: string };
  let member: ApiClient;

  before(async () => {
    ({ app, owner } = await startCommunity());
    admin = await memberWithRole(app, owner, 'admin', { displayName: 'Inviting Ann' });
    ({ client: member } = await memberWithRole(app, owner, 'member'));
  });
  after(() => app.close());

  it('creates an invite link with a source label', async () => {
    const expiresAt = new Date(app.clock.now() + 86_400_000).toISOString();
    const res = await admin.client.post('/api/invites', { source: 'line-group', maxUses: 5, expiresAt });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.match(res.body.code, /^[a-z2-9]{10}$/);
    assert.equal(res.body.url, `${app.url}/join/${res.body.code}`);
    assert.deepEqual(
      [res.body.source, res.body.maxUses, res.body.uses, res.body.expiresAt, res.body.revokedAt, res.body.createdBy],
      ['line-group', 5, 0, expiresAt, null, admin.id],
    );
    const bare = await owner.post('/api/invites', {});
    assert.equal(bare.status, 201);
    assert.deepEqual([bare.body.source, bare.body.maxUses, bare.body.expiresAt], [null, null, null]);
  });

  it('replays a retried create with the same Idempotency-Key instead of making a second invite', async () => {
    const headers = { 'idempotency-key': 'invite-retry-1' };
    const first = await admin.client.post('/api/invites', { source: 'poster' }, headers);
    const again = await admin.client.post('/api/invites', { source: 'poster' }, headers);
    assert.equal(again.status, 201);
    assert.deepEqual(again.body, first.body);
    const rows = await app.hearth.platform.db.selectFrom('invite').select('id').where('source', '=', 'poster').execute();
    assert.equal(rows.length, 1);
    assertProblem(await admin.client.post('/api/invites', { source: 'other' }, headers), 422, 'idempotency_key_reused');
  });

  it('refuses bad input and non-admins, changing nothing', async () => {
    const before = await snapshot(app);
    const past = await admin.client.post('/api/invites', { expiresAt: new Date(app.clock.now() - 1000).toISOString() });
    assertProblem(past, 400, 'invalid_input');
    assert.deepEqual(
      past.body.errors.map((e: { path: string; code: string }) => [e.path, e.code]),
      [['expiresAt', 'in_the_past']],
    );
    const source = await admin.client.post('/api/invites', { source: 'has spaces!' });
    assert.deepEqual(
      source.body.errors.map((e: { path: string; code: string }) => [e.path, e.code]),
      [['source', 'invalid_source']],
    );
    assertProblem(await admin.client.post('/api/invites', { maxUses: 0 }), 400, 'invalid_input');
    assertProblem(await member.post('/api/invites', {}), 403, 'forbidden');
    assertProblem(await member.get('/api/invites'), 403, 'forbidden');
    assertProblem(await app.client().post('/api/invites', {}), 401, 'unauthenticated');
    assert.equal(await snapshot(app), before);
  });

  it('lists invites newest first, page by page', async () => {
    const all = await owner.get('/api/invites?limit=100');
    assert.equal(all.status, 200);
    assert.equal(all.body.items.length, 3);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { id: string; url: string }[]; nextCursor: string | null } } = await owner.get(
        `/api/invites?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.body.items.map((i) => i.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    assert.deepEqual(
      seen,
      all.body.items.map((i: { id: string }) => i.id),
    );
    assert.ok(all.body.items.every((i: { url: string; code: string }) => i.url.endsWith(`/join/${i.code}`)));
  });

  it('previews a code with only validity, community name and inviter', async () => {
    const invite = (await admin.client.post('/api/invites', { maxUses: 1 })).body;
    const preview = await app.client().get(`/api/invites/${invite.code.toUpperCase()}`);
    assert.equal(preview.status, 200);
    assert.deepEqual(preview.body, { code: invite.code, valid: true, community: { name: 'Test Hearth' }, invitedBy: 'Inviting Ann' });
    const unknown = await app.client().get('/api/invites/nosuchcode');
    assert.deepEqual(unknown.body, { code: 'nosuchcode', valid: false, community: { name: 'Test Hearth' }, invitedBy: null });
    await registerMember(app, { inviteCode: invite.code });
    const used = await app.client().get(`/api/invites/${invite.code}`);
    assert.deepEqual([used.body.valid, used.body.invitedBy], [false, null]);
    const expiring = (await admin.client.post('/api/invites', { expiresAt: new Date(app.clock.now() + 60_000).toISOString() })).body;
    (app.clock as ManualClock).advance(60_001);
    assert.equal((await app.client().get(`/api/invites/${expiring.code}`)).body.valid, false);
  });

  it('revokes an invite so it no longer admits anyone', async () => {
    const invite = (await admin.client.post('/api/invites', { source: 'revoke-me' })).body;
    assert.equal((await admin.client.delete(`/api/invites/${invite.id}`)).status, 204);
    const row = await app.hearth.platform.db.selectFrom('invite').select('revokedAt').where('id', '=', invite.id).executeTakeFirstOrThrow();
    assert.ok(row.revokedAt);
    assert.equal((await owner.delete(`/api/invites/${invite.id}`)).status, 204);
    const again = await app.hearth.platform.db
      .selectFrom('invite')
      .select('revokedAt')
      .where('id', '=', invite.id)
      .executeTakeFirstOrThrow();
    assert.equal(again.revokedAt, row.revokedAt);
    assert.equal((await app.client().get(`/api/invites/${invite.code}`)).body.valid, false);
    const register = await app.client().post('/api/auth/register', {
      email: 'late@example.com',
      password: 'a-long-enough-passphrase',
      displayName: 'Late',
      inviteCode: invite.code,
    });
    assertProblem(register, 422, 'invite_invalid');
    assertProblem(await owner.delete('/api/invites/01900000-0000-7000-8000-000000000000'), 404, 'not_found');
  });

  it('draws the invite link as an SVG QR code', async () => {
    const invite = (await admin.client.post('/api/invites', {})).body;
    const res = await admin.client.get(`/api/invites/${invite.id}/qr.svg`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^image\/svg\+xml/);
    assert.match(res.body, /^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    assert.ok(!/<script/i.test(res.body));
    assertProblem(await admin.client.get('/api/invites/01900000-0000-7000-8000-000000000000/qr.svg'), 404, 'not_found');
    assertProblem(await member.get(`/api/invites/${invite.id}/qr.svg`), 403, 'forbidden');
  });
});
