import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setUpCommunity, startTestApp, type ApiClient, type TestApp } from '../../../test/harness.js';

describe('HTTP platform: content types, sizes, origin, idempotency, metrics', () => {
  let app: TestApp;
  let owner: ApiClient;
  before(async () => {
    app = await startTestApp({ env: { HEARTH_RATE_LIMIT: 'false' } });
    owner = await setUpCommunity(app);
  });
  after(() => app.close());

  it('answers 415 problem+json to a non-JSON body, translated', async () => {
    const res = await owner.request('POST', '/api/invites', 'source=x', { 'content-type': 'text/plain', 'accept-language': 'zh-CN' });
    assert.equal(res.status, 415);
    assert.match(res.headers.get('content-type') ?? '', /problem\+json/);
    assert.equal(res.body.code, 'unsupported_media_type');
    assert.match(res.body.title, /JSON/);
    assert.match(res.body.title, /此路径/);
  });

  it('answers 400 to malformed JSON and 413 to an oversized body', async () => {
    const malformed = await owner.request('POST', '/api/invites', '{"source":', { 'content-type': 'application/json' });
    assert.equal(malformed.status, 400);
    assert.equal(malformed.body.code, 'malformed_json');
    const huge = await owner.request('PATCH', '/api/me', JSON.stringify({ bio: 'x'.repeat(2 * 1024 * 1024) }), {
      'content-type': 'application/json',
    });
    assert.equal(huge.status, 413);
    assert.equal(huge.body.code, 'payload_too_large');
  });

  it('refuses cookie-authenticated writes without a matching Origin', async () => {
    const before = (await owner.get('/api/me')).body.member.bio;
    const missing = await owner.request('PATCH', '/api/me', { bio: 'csrf' }, { origin: '' });
    assert.equal(missing.status, 403);
    assert.equal(missing.body.code, 'bad_origin');
    const foreign = await owner.request('PATCH', '/api/me', { bio: 'csrf' }, { origin: 'https://evil.example' });
    assert.equal(foreign.status, 403);
    assert.equal((await owner.get('/api/me')).body.member.bio, before);
  });

  it('answers unknown API routes with a 404 problem, and every error in the requested language', async () => {
    const res = await app.client({ locale: 'zh-TW' }).get('/api/nope');
    assert.equal(res.status, 404);
    assert.equal(res.body.code, 'route_not_found');
    assert.equal(res.body.title, '沒有這個 API 路徑。');
    const unauth = await app.client({ locale: 'zh-CN' }).get('/api/me');
    assert.equal(unauth.status, 401);
    assert.equal(unauth.body.title, '请先登录。');
  });

  it('replays an Idempotency-Key with the same body and refuses it with another body', async () => {
    const headers = { 'idempotency-key': 'invite-key-1' };
    const first = await owner.post('/api/invites', { source: 'newsletter', maxUses: 5 }, headers);
    assert.equal(first.status, 201);
    const replay = await owner.post('/api/invites', { source: 'newsletter', maxUses: 5 }, headers);
    assert.equal(replay.status, 201);
    assert.deepEqual(replay.body, first.body);
    const list = await owner.get('/api/invites');
    assert.equal(list.body.items.filter((i: { source: string }) => i.source === 'newsletter').length, 1);
    const other = await owner.post('/api/invites', { source: 'another', maxUses: 5 }, headers);
    assert.equal(other.status, 422);
    assert.equal(other.body.code, 'idempotency_key_reused');
    const badKey = await owner.post('/api/invites', { source: 'x' }, { 'idempotency-key': 'bad key with spaces' });
    assert.equal(badKey.status, 400);
  });

  it('runs concurrent requests with one Idempotency-Key exactly once', async () => {
    const headers = { 'idempotency-key': 'invite-key-race' };
    const results = await Promise.all(Array.from({ length: 8 }, () => owner.post('/api/invites', { source: 'race' }, headers)));
    const created = results.filter((r) => r.status === 201);
    assert.ok(created.length >= 1);
    for (const r of results) assert.ok(r.status === 201 || (r.status === 409 && r.body.code === 'idempotency_in_progress'), `${r.status}`);
    assert.ok(created.every((r) => r.body.id === created[0]!.body.id));
    const list = await owner.get('/api/invites?limit=100');
    assert.equal(list.body.items.filter((i: { source: string }) => i.source === 'race').length, 1);
  });

  it('sets hardened headers and a strict CSP, and exposes Prometheus metrics', async () => {
    const res = await app.client().get('/api/health');
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'self'/);
    const metrics = await app.client().get('/metrics');
    assert.equal(metrics.status, 200);
    assert.match(metrics.body, /hearth_http_request_duration_seconds_bucket/);
  });

  it('sets the session cookie HttpOnly and SameSite=Lax, and rotates it at login', async () => {
    const client = app.client();
    const login = await client.post('/api/auth/login', { email: 'owner@example.com', password: 'correct horse battery' });
    assert.equal(login.status, 200);
    const cookie = login.headers.getSetCookie().find((c) => c.startsWith('hearth_session='));
    assert.ok(cookie);
    assert.match(cookie, /HttpOnly/i);
    assert.match(cookie, /SameSite=Lax/i);
    const firstToken = client.cookies.get('hearth_session');
    await client.post('/api/auth/login', { email: 'owner@example.com', password: 'correct horse battery' });
    assert.notEqual(client.cookies.get('hearth_session'), firstToken);
    const stale = app.client();
    stale.cookies.set('hearth_session', firstToken!);
    assert.equal((await stale.get('/api/me')).status, 401);
  });
});
