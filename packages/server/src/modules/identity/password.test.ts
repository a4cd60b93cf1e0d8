import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { registerMember, setUpCommunity, startTestApp, type ApiClient, type TestApp } from '../../../test/harness.js';
import { ManualClock } from '../../platform/clock.js';
import { assertProblem, mailedToken, mailsTo, NO_RATE_LIMITS, runJobs } from './identity.test-support.js';

const OLD_PASSWORD = 'a-long-enough-passphrase';
const NEW_PASSWORD = 'quite another passphrase';
const REQUEST = '/api/auth/password-reset';
const CONFIRM = '/api/auth/password-reset/confirm';

describe('password reset and change', () => {
  let app: TestApp;
  let owner: ApiClient;
  const clock = new ManualClock(Date.now());
  const resetToken = (email: string) => mailedToken(app, owner, { path: REQUEST, email, kind: 'password_reset', page: 'reset' });
  const login = (email: string, password: string) => app.client().post('/api/auth/login', { email, password });

  before(async () => {
    app = await startTestApp({ clock, env: NO_RATE_LIMITS });
    owner = await setUpCommunity(app);
  });
  after(() => app.close());

  it('answers a reset request identically for an account and an unknown address', async () => {
    const { member } = await registerMember(app);
    const known = await app.client().post(REQUEST, { email: member.email });
    const unknown = await app.client().post(REQUEST, { email: 'who-is-this@example.com' });
    assert.equal(known.status, 202);
    assert.equal(unknown.status, known.status);
    assert.deepEqual(unknown.body, known.body);
    assert.deepEqual(known.body, { accepted: true });
    await runJobs(app);
    assert.equal((await mailsTo(owner, member.email, 'password_reset')).length, 1);
    assert.equal((await mailsTo(owner, 'who-is-this@example.com')).length, 0);
  });

  it("mails the reset link in the member's language", async () => {
    const { member } = await registerMember(app, { locale: 'zh-CN' });
    await resetToken(member.email);
    const [mail] = await mailsTo(owner, member.email, 'password_reset');
    assert.equal(mail?.subject, '重置你在 Test Hearth 的密码');
    assert.match(mail?.text ?? '', /\/auth\/reset\?token=/);
  });

  it('refuses a weak new password with a field error and changes nothing', async () => {
    const { member } = await registerMember(app);
    const token = await resetToken(member.email);
    const weak = assertProblem(
      await app.client({ locale: 'zh-TW' }).post(CONFIRM, { token, password: 'password123' }),
      400,
      'invalid_input',
    );
    assert.deepEqual(
      weak.errors?.map((e) => [e.path, e.code, e.message]),
      [['password', 'weak_password', '密碼太容易被猜到。']],
    );
    assert.equal((await login(member.email, OLD_PASSWORD)).status, 200);
    // The token was not used up by the refusal.
    assert.equal((await app.client().post(CONFIRM, { token, password: NEW_PASSWORD })).status, 200);
  });

  it('sets the password, ends every session, and signs this browser in', async () => {
    const { member, client: oldDevice } = await registerMember(app);
    const otherDevice = app.client();
    await otherDevice.post('/api/auth/login', { email: member.email, password: OLD_PASSWORD });
    // Signed-in devices that were just used (their session is cached) are signed out all the same.
    for (const device of [oldDevice, otherDevice]) assert.equal((await device.get('/api/me')).status, 200);
    const token = await resetToken(member.email);
    const spare = await resetToken(member.email);

    const browser = app.client();
    const res = await browser.post(CONFIRM, { token, password: NEW_PASSWORD });
    assert.equal(res.status, 200);
    assert.equal(res.body.member.id, member.id);
    assert.equal(res.body.member.emailVerified, true);
    assert.equal((await browser.get('/api/me')).status, 200);
    assertProblem(await oldDevice.get('/api/me'), 401, 'unauthenticated');
    assertProblem(await otherDevice.get('/api/me'), 401, 'unauthenticated');
    assertProblem(await login(member.email, OLD_PASSWORD), 401, 'invalid_credentials');
    assert.equal((await login(member.email, NEW_PASSWORD)).status, 200);
    // Used once; and the other link sent before the reset stopped working with it.
    assertProblem(await app.client().post(CONFIRM, { token, password: 'yet another passphrase' }), 422, 'token_invalid');
    assertProblem(await app.client().post(CONFIRM, { token: spare, password: 'yet another passphrase' }), 422, 'token_invalid');
  });

  it('refuses an expired or unknown reset link and keeps the old password', async () => {
    const { member } = await registerMember(app);
    const token = await resetToken(member.email);
    clock.advance(60 * 60_000 + 1);
    const expired = assertProblem(
      await app.client({ locale: 'zh-CN' }).post(CONFIRM, { token, password: NEW_PASSWORD }),
      422,
      'token_invalid',
    );
    assert.equal(expired.title, '此链接无效或已过期，请重新申请。');
    assertProblem(await app.client().post(CONFIRM, { token: 'y'.repeat(43), password: NEW_PASSWORD }), 422, 'token_invalid');
    assert.equal((await login(member.email, OLD_PASSWORD)).status, 200);
    assertProblem(await login(member.email, NEW_PASSWORD), 401, 'invalid_credentials');
  });

  it('changes the password: this session stays, the others end', async () => {
    const { member, client } = await registerMember(app);
    const other = app.client();
    await other.post('/api/auth/login', { email: member.email, password: OLD_PASSWORD });
    assert.equal((await other.get('/api/me')).status, 200);
    const res = await client.post('/api/me/password', { currentPassword: OLD_PASSWORD, newPassword: NEW_PASSWORD });
    assert.equal(res.status, 204);
    assert.equal((await client.get('/api/me')).status, 200);
    assertProblem(await other.get('/api/me'), 401, 'unauthenticated');
    assertProblem(await login(member.email, OLD_PASSWORD), 401, 'invalid_credentials');
    assert.equal((await login(member.email, NEW_PASSWORD)).status, 200);
  });

  it('refuses a wrong current password (422) or a weak new one (400), changing nothing', async () => {
    const { member, client } = await registerMember(app);
    const other = app.client();
    await other.post('/api/auth/login', { email: member.email, password: OLD_PASSWORD });
    client.locale = 'zh-TW';
    const wrong = assertProblem(
      await client.post('/api/me/password', { currentPassword: 'not my password', newPassword: NEW_PASSWORD }),
      422,
      'wrong_password',
    );
    assert.equal(wrong.title, '你輸入的密碼不正確。');
    const weak = assertProblem(
      await client.post('/api/me/password', { currentPassword: OLD_PASSWORD, newPassword: 'aaaaaaaaaaaa' }),
      400,
      'invalid_input',
    );
    assert.deepEqual(
      weak.errors?.map((e) => [e.path, e.code]),
      [['newPassword', 'weak_password']],
    );
    const missing = assertProblem(await client.post('/api/me/password', { newPassword: NEW_PASSWORD }), 400, 'invalid_input');
    assert.deepEqual(
      missing.errors?.map((e) => [e.path, e.code]),
      [['currentPassword', 'required']],
    );
    assert.equal((await other.get('/api/me')).status, 200);
    assert.equal((await login(member.email, OLD_PASSWORD)).status, 200);
  });

  it('needs a session to change the password (401) and spends reset links still out', async () => {
    assertProblem(
      await app.client().post('/api/me/password', { currentPassword: OLD_PASSWORD, newPassword: NEW_PASSWORD }),
      401,
      'unauthenticated',
    );
    const { member, client } = await registerMember(app);
    const token = await resetToken(member.email);
    assert.equal((await client.post('/api/me/password', { currentPassword: OLD_PASSWORD, newPassword: NEW_PASSWORD })).status, 204);
    assertProblem(await app.client().post(CONFIRM, { token, password: 'yet another passphrase' }), 422, 'token_invalid');
  });
});
