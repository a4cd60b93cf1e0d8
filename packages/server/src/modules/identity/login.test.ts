import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { registerMember, setUpCommunity, startTestApp, type TestApp } from '../../../test/harness.js';
import { assertProblem, NO_RATE_LIMITS } from './identity.test-support.js';

const PASSWORD = 'a-long-enough-passphrase';

describe('sign-in', () => {
  let app: TestApp;

  before(async () => {
    app = await startTestApp({ env: NO_RATE_LIMITS });
    await setUpCommunity(app);
  });
  after(() => app.close());

  it('answers an unknown email exactly like a wrong password, in every language', async () => {
    const { member } = await registerMember(app);
    for (const locale of ['en', 'zh-TW', 'zh-CN']) {
      const wrong = await app.client({ locale }).post('/api/auth/login', { email: member.email, password: 'not the password' });
      const unknown = await app
        .client({ locale })
        .post('/api/auth/login', { email: 'no-account@example.com', password: 'not the password' });
      assertProblem(wrong, 401, 'invalid_credentials');
      assert.equal(unknown.status, wrong.status);
      assert.deepEqual(unknown.body, wrong.body);
      assert.equal(unknown.headers.get('content-type'), wrong.headers.get('content-type'));
    }
    const zh = await app.client({ locale: 'zh-TW' }).post('/api/auth/login', { email: 'no-account@example.com', password: 'x' });
    assert.equal(zh.body.title, '電子郵件或密碼不正確。');
  });

  it('rotates the session at sign-in and ends it at sign-out', async () => {
    const { member, client } = await registerMember(app);
    const before = client.cookies.get('hearth_session');
    assert.equal((await client.post('/api/auth/login', { email: member.email, password: PASSWORD })).status, 200);
    const after = client.cookies.get('hearth_session');
    assert.notEqual(after, before);
    const stale = app.client();
    stale.cookies.set('hearth_session', before!);
    assertProblem(await stale.get('/api/me'), 401, 'unauthenticated');
    assert.equal((await client.post('/api/auth/logout')).status, 204);
    assert.equal(client.cookies.size, 0);
    const ended = app.client();
    ended.cookies.set('hearth_session', after!);
    assertProblem(await ended.get('/api/me'), 401, 'unauthenticated');
  });

  it('refuses a banned member with 403 after checking the password', async () => {
    const { member } = await registerMember(app);
    await app.hearth.platform.db.updateTable('member').set({ status: 'banned' }).where('id', '=', member.id).execute();
    const banned = assertProblem(
      await app.client({ locale: 'zh-CN' }).post('/api/auth/login', { email: member.email, password: PASSWORD }),
      403,
      'account_banned',
    );
    assert.equal(banned.title, '此账号已被封禁。');
    assertProblem(
      await app.client().post('/api/auth/login', { email: member.email, password: 'wrong password' }),
      401,
      'invalid_credentials',
    );
  });
});
