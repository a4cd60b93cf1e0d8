import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { registerMember, setUpCommunity, startTestApp, type ApiClient, type TestApp } from '../../../test/harness.js';
import { ManualClock } from '../../platform/clock.js';
import { assertProblem } from './identity.test-support.js';

const PASSWORD = 'a-long-enough-passphrase';

/**
 * Rate limits on (the default) and the proxy trusted, so each request can come from the
 * address it names in X-Forwarded-For: per-IP limits apply per address, and the per-account
 * limit is shown to hold when the guesses come from many addresses.
 */
describe('rate limits', () => {
  let app: TestApp;
  let owner: ApiClient;
  const clock = new ManualClock(Date.now());
  let lastOctet = 0;
  const freshIp = () => ({ 'x-forwarded-for': `198.51.100.${++lastOctet}` });

  before(async () => {
    app = await startTestApp({ clock, env: { HEARTH_RATE_LIMIT: 'true', HEARTH_TRUST_PROXY: 'true' } });
    owner = await setUpCommunity(app);
  });
  after(() => app.close());

  it('limits mail-sending routes per IP to 5 a minute, with Retry-After and a translated title', async () => {
    for (const path of ['/api/auth/magic-link', '/api/auth/password-reset']) {
      const ip = freshIp();
      for (let i = 0; i < 5; i++) assert.equal((await app.client().post(path, { email: `x${i}@example.com` }, ip)).status, 202);
      const limited = await app.client({ locale: 'zh-CN' }).post(path, { email: 'x@example.com' }, ip);
      const body = assertProblem(limited, 429, 'rate_limited');
      const seconds = Number(limited.headers.get('retry-after'));
      assert.ok(seconds > 0 && seconds <= 60, `Retry-After ${seconds}`);
      assert.match(body.title, /^请求太频繁，请于 \d+ 秒后再试。$/);
      assert.equal((await app.client().post(path, { email: 'x@example.com' }, freshIp())).status, 202, 'other addresses are unaffected');
    }
  });

  it('limits token routes per IP to 10 a minute, so links cannot be guessed at speed', async () => {
    const bodies: Record<string, object> = {
      '/api/auth/magic-link/verify': { token: 'z'.repeat(43) },
      '/api/auth/password-reset/confirm': { token: 'z'.repeat(43), password: 'a fine new passphrase' },
      '/api/auth/email-change/confirm': { token: 'z'.repeat(43) },
    };
    for (const [path, body] of Object.entries(bodies)) {
      const ip = freshIp();
      for (let i = 0; i < 10; i++) assertProblem(await app.client().post(path, body, ip), 422, 'token_invalid');
      const limited = assertProblem(await app.client({ locale: 'zh-TW' }).post(path, body, ip), 429, 'rate_limited');
      assert.match(limited.title, /^請求太頻繁，請於 \d+ 秒後再試。$/);
    }
  });

  it('locks an account after 10 wrong passwords from any number of addresses, even for the right one', async () => {
    const { member } = await registerMember(app);
    const attempt = (password: string, email = member.email) => app.client().post('/api/auth/login', { email, password }, freshIp());
    for (let i = 0; i < 10; i++) assertProblem(await attempt(`wrong guess ${i}`), 401, 'invalid_credentials');
    const locked = await attempt(PASSWORD);
    assertProblem(locked, 429, 'rate_limited');
    const seconds = Number(locked.headers.get('retry-after'));
    assert.ok(seconds > 0 && seconds <= 15 * 60, `Retry-After ${seconds}`);
    assert.equal(locked.body.title, `Too many requests. Try again in ${seconds} seconds.`);

    // An unknown address locks the same way, so the lock does not tell accounts apart.
    const ghost = 'ghost-account@example.com';
    for (let i = 0; i < 10; i++) assertProblem(await attempt(`wrong guess ${i}`, ghost), 401, 'invalid_credentials');
    assertProblem(await attempt(PASSWORD, ghost), 429, 'rate_limited');

    clock.advance(15 * 60_000);
    assert.equal((await attempt(PASSWORD)).status, 200, 'the lock lifts when the window has passed');
  });

  it('forgets failures after a successful sign-in', async () => {
    const { member } = await registerMember(app);
    const attempt = (password: string) => app.client().post('/api/auth/login', { email: member.email, password }, freshIp());
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 9; i++) assertProblem(await attempt(`wrong ${i}`), 401, 'invalid_credentials');
      assert.equal((await attempt(PASSWORD)).status, 200);
    }
  });

  it('counts wrong current passwords on /api/me/password toward the same lock', async () => {
    const { member, client } = await registerMember(app);
    for (let i = 0; i < 10; i++) {
      assertProblem(
        await client.post('/api/me/password', { currentPassword: `wrong ${i}`, newPassword: 'brand new passphrase' }, freshIp()),
        422,
        'wrong_password',
      );
    }
    assertProblem(
      await client.post('/api/me/password', { currentPassword: PASSWORD, newPassword: 'brand new passphrase' }, freshIp()),
      429,
      'rate_limited',
    );
    assertProblem(await app.client().post('/api/auth/login', { email: member.email, password: PASSWORD }, freshIp()), 429, 'rate_limited');
    assert.equal((await owner.get('/api/me')).status, 200);
  });
});
