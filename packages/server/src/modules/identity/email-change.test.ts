import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { registerMember, setUpCommunity, startTestApp, type ApiClient, type TestApp } from '../../../test/harness.js';
import { ManualClock } from '../../platform/clock.js';
import { assertProblem, mailedToken, mailsTo, NO_RATE_LIMITS, runJobs, tokenIn } from './identity.test-support.js';

const PASSWORD = 'a-long-enough-passphrase';
const CONFIRM = '/api/auth/email-change/confirm';

describe('email change', () => {
  let app: TestApp;
  let owner: ApiClient;
  const clock = new ManualClock(Date.now());
  let counter = 0;
  const freshEmail = () => `moved-${++counter}-${Date.now()}@example.org`;

  /** Asks for the change and returns the confirmation token mailed to the new address. */
  async function confirmationToken(client: ApiClient, newEmail: string): Promise<string> {
    const res = await client.post('/api/me/email', { newEmail, password: PASSWORD });
    assert.equal(res.status, 202, JSON.stringify(res.body));
    await runJobs(app);
    const [mail] = await mailsTo(owner, newEmail, 'email_change_confirm');
    assert.ok(mail, `no confirmation mail to ${newEmail}`);
    return tokenIn(mail.text, 'confirm-email');
  }

  before(async () => {
    app = await startTestApp({ clock, env: NO_RATE_LIMITS });
    owner = await setUpCommunity(app);
  });
  after(() => app.close());

  it('mails a confirmation to the new address and a notice to the old; confirming applies it', async () => {
    const { member, client } = await registerMember(app, { locale: 'zh-TW' });
    const newEmail = freshEmail();
    const token = await confirmationToken(client, newEmail);
    const [confirm] = await mailsTo(owner, newEmail, 'email_change_confirm');
    assert.equal(confirm?.subject, '確認你在 Test Hearth 的新電子郵件');
    assert.equal((await mailsTo(owner, member.email, 'email_change_notice')).length, 1);
    assert.equal((await client.get('/api/me')).body.member.email, member.email, 'nothing changes before confirmation');

    const cookie = client.cookies.get('hearth_session');
    const res = await client.post(CONFIRM, { token });
    assert.equal(res.status, 200);
    assert.equal(res.body.member.email, newEmail);
    assert.equal(res.body.member.emailVerified, true);
    assert.equal(client.cookies.get('hearth_session'), cookie, 'a signed-in browser keeps its session');
    assert.equal((await app.client().post('/api/auth/login', { email: newEmail, password: PASSWORD })).status, 200);
    assertProblem(await app.client().post('/api/auth/login', { email: member.email, password: PASSWORD }), 401, 'invalid_credentials');
    assertProblem(await app.client().post(CONFIRM, { token }), 422, 'token_invalid');
  });

  it('answers the same for a taken address but mails nothing to it', async () => {
    const { client, member } = await registerMember(app);
    const { member: holder } = await registerMember(app);
    const before = (await mailsTo(owner, holder.email)).length;
    const free = await client.post('/api/me/email', { newEmail: freshEmail(), password: PASSWORD });
    const taken = await client.post('/api/me/email', { newEmail: holder.email, password: PASSWORD });
    assert.equal(taken.status, free.status);
    assert.deepEqual(taken.body, free.body);
    assert.deepEqual(taken.body, { accepted: true });
    await runJobs(app);
    assert.equal((await mailsTo(owner, holder.email)).length, before);
    assert.equal((await mailsTo(owner, member.email, 'email_change_notice')).length, 2);
  });

  it('signs in a browser that confirms without a session', async () => {
    const { member, client } = await registerMember(app);
    const newEmail = freshEmail();
    const token = await confirmationToken(client, newEmail);
    const phone = app.client();
    const res = await phone.post(CONFIRM, { token });
    assert.equal(res.status, 200);
    const me = await phone.get('/api/me');
    assert.equal(me.body.member.id, member.id);
    assert.equal(me.body.member.email, newEmail);
  });

  it('refuses with 409 when the address was taken after the link was sent, changing nothing', async () => {
    const { member, client } = await registerMember(app);
    const newEmail = freshEmail();
    const token = await confirmationToken(client, newEmail);
    await registerMember(app, { email: newEmail });
    const conflict = assertProblem(await app.client({ locale: 'zh-CN' }).post(CONFIRM, { token }), 409, 'email_taken');
    assert.equal(conflict.title, '此电子邮箱无法使用。如果是你的账号，请登录或重置密码。');
    assert.equal((await client.get('/api/me')).body.member.email, member.email);
  });

  it('stops links sent to the old address from working once the change is applied', async () => {
    const { member, client } = await registerMember(app);
    const magic = await mailedToken(app, owner, { path: '/api/auth/magic-link', email: member.email, kind: 'magic_link', page: 'magic' });
    const token = await confirmationToken(client, freshEmail());
    assert.equal((await client.post(CONFIRM, { token })).status, 200);
    assertProblem(await app.client().post('/api/auth/magic-link/verify', { token: magic }), 422, 'token_invalid');
  });

  it('expires after 24 hours', async () => {
    const { member, client } = await registerMember(app);
    const token = await confirmationToken(client, freshEmail());
    clock.advance(24 * 60 * 60_000 + 1);
    assertProblem(await app.client().post(CONFIRM, { token }), 422, 'token_invalid');
    assert.equal((await client.get('/api/me')).body.member.email, member.email);
  });

  it('refuses a wrong password, the current address, a malformed address and anonymous callers', async () => {
    const { member, client } = await registerMember(app);
    client.locale = 'zh-CN';
    const wrong = assertProblem(
      await client.post('/api/me/email', { newEmail: freshEmail(), password: 'not the password' }),
      422,
      'wrong_password',
    );
    assert.equal(wrong.title, '你输入的密码不正确。');
    assertProblem(await client.post('/api/me/email', { newEmail: member.email.toUpperCase(), password: PASSWORD }), 422, 'same_email');
    const malformed = assertProblem(await client.post('/api/me/email', { newEmail: 'nope', password: PASSWORD }), 400, 'invalid_input');
    assert.deepEqual(
      malformed.errors?.map((e) => e.path),
      ['newEmail'],
    );
    assertProblem(await app.client().post('/api/me/email', { newEmail: freshEmail(), password: PASSWORD }), 401, 'unauthenticated');
    await runJobs(app);
    assert.equal((await mailsTo(owner, member.email, 'email_change_notice')).length, 0, 'refused requests mail nothing');
  });
});
