import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { registerMember, setUpCommunity, startTestApp, type ApiClient, type TestApp } from '../../../test/harness.js';
import { ManualClock } from '../../platform/clock.js';
import { assertProblem, mailedToken, mailsTo, NO_RATE_LIMITS, runJobs } from './identity.test-support.js';

const PATH = '/api/auth/magic-link';
const VERIFY = '/api/auth/magic-link/verify';

describe('magic links', () => {
  let app: TestApp;
  let owner: ApiClient;
  const clock = new ManualClock(Date.now());
  const linkFor = (email: string) => mailedToken(app, owner, { path: PATH, email, kind: 'magic_link', page: 'magic' });

  before(async () => {
    app = await startTestApp({ clock, env: NO_RATE_LIMITS });
    owner = await setUpCommunity(app);
  });
  after(() => app.close());

  it('answers 202 the same way for an account and an unknown address, doing the same work', async () => {
    const { member } = await registerMember(app);
    const countJobs = async () => (await app.hearth.platform.db.selectFrom('job').select('id').execute()).length;
    const before1 = await countJobs();
    const known = await app.client().post(PATH, { email: member.email });
    const after1 = await countJobs();
    const unknown = await app.client().post(PATH, { email: 'nobody-here@example.com' });
    const after2 = await countJobs();
    assert.equal(known.status, 202);
    assert.equal(unknown.status, known.status);
    assert.deepEqual(known.body, { accepted: true });
    assert.deepEqual(unknown.body, known.body);
    assert.equal(known.headers.get('content-type'), unknown.headers.get('content-type'));
    assert.equal(after1 - before1, 1);
    assert.equal(after2 - after1, 1);
    await runJobs(app);
    assert.equal((await mailsTo(owner, member.email, 'magic_link')).length, 1);
    assert.equal((await mailsTo(owner, 'nobody-here@example.com')).length, 0);
  });

  it("mails the link to the outbox in the member's language; only the owner reads the outbox", async () => {
    const { member, client } = await registerMember(app, { locale: 'zh-TW' });
    await linkFor(member.email);
    const [mail] = await mailsTo(owner, member.email, 'magic_link');
    assert.ok(mail);
    assert.equal(mail.status, 'outbox');
    assert.match(mail.subject, /登入 Test Hearth 的連結/);
    assert.match(mail.text, new RegExp(`^.*${app.url.replace(/[.]/g, '\\.')}/auth/magic\\?token=`, 'm'));
    client.locale = 'zh-CN';
    const denied = assertProblem(await client.get('/api/admin/outbox'), 403, 'forbidden');
    assert.equal(denied.title, '你没有权限执行此操作。');
  });

  it('signs in with the link: a fresh session, the email verified, the old session rotated out', async () => {
    const { member, client } = await registerMember(app);
    const before = await client.get('/api/me');
    assert.equal(before.body.member.emailVerified, false);
    const oldCookie = client.cookies.get('hearth_session');
    const token = await linkFor(member.email);
    const res = await client.post(VERIFY, { token });
    assert.equal(res.status, 200);
    assert.equal(res.body.member.id, member.id);
    assert.equal(res.body.member.emailVerified, true);
    assert.notEqual(client.cookies.get('hearth_session'), oldCookie);
    assert.equal((await client.get('/api/me')).body.member.id, member.id);
    const stale = app.client();
    stale.cookies.set('hearth_session', oldCookie!);
    assertProblem(await stale.get('/api/me'), 401, 'unauthenticated');
  });

  it('works once: a reused link is refused with a translated 422', async () => {
    const { member } = await registerMember(app);
    const token = await linkFor(member.email);
    assert.equal((await app.client().post(VERIFY, { token })).status, 200);
    const again = app.client({ locale: 'zh-TW' });
    const body = assertProblem(await again.post(VERIFY, { token }), 422, 'token_invalid');
    assert.equal(body.title, '此連結無效或已過期，請重新申請。');
    assert.equal(again.cookies.size, 0);
  });

  it('lets only one of two racing uses of the same link through', async () => {
    const { member } = await registerMember(app);
    const token = await linkFor(member.email);
    const results = await Promise.all([app.client().post(VERIFY, { token }), app.client().post(VERIFY, { token })]);
    assert.deepEqual(results.map((r) => r.status).sort(), [200, 422]);
  });

  it('expires after 15 minutes', async () => {
    const { member } = await registerMember(app);
    const token = await linkFor(member.email);
    clock.advance(15 * 60_000 + 1);
    const body = assertProblem(await app.client({ locale: 'zh-CN' }).post(VERIFY, { token }), 422, 'token_invalid');
    assert.equal(body.title, '此链接无效或已过期，请重新申请。');
  });

  it('refuses unknown tokens (422) and malformed bodies (400 with field errors)', async () => {
    assertProblem(await app.client().post(VERIFY, { token: 'x'.repeat(43) }), 422, 'token_invalid');
    const short = assertProblem(await app.client().post(VERIFY, { token: 'short' }), 400, 'invalid_input');
    assert.equal(short.errors?.[0]?.path, 'token');
    const email = assertProblem(await app.client().post(PATH, { email: 'not-an-email' }), 400, 'invalid_input');
    assert.deepEqual(
      email.errors?.map((e) => [e.path, e.code]),
      [['email', 'invalid_email']],
    );
  });

  it('mails nothing to a banned member and refuses a link sent before the ban (403)', async () => {
    const { member } = await registerMember(app);
    const token = await linkFor(member.email);
    const ban = (status: string) => app.hearth.platform.db.updateTable('member').set({ status }).where('id', '=', member.id).execute();
    await ban('banned');
    assertProblem(await app.client().post(VERIFY, { token }), 403, 'account_banned');
    const sent = (await mailsTo(owner, member.email, 'magic_link')).length;
    const res = await app.client().post(PATH, { email: member.email });
    assert.equal(res.status, 202);
    await runJobs(app);
    assert.equal((await mailsTo(owner, member.email, 'magic_link')).length, sent);
    // The refusal used nothing up: once unbanned, the same (still fresh) link works.
    await ban('active');
    assert.equal((await app.client().post(VERIFY, { token })).status, 200);
  });
});
