/**
 * The digest over real SMTP: Grace chooses a daily digest in Settings → Notifications, Ada
 * mentions her while she is away, and at 08:00 the digest reaches a real SMTP server (the
 * `smtp-server` package on loopback). Its link opens the thread in Grace's browser.
 */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { registerMember, setUpCommunity, type ApiClient, type TestApp } from '@hearth/server/testing';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import { DESKTOP, launchBrowser, newContext, watchPage } from './support/browser.js';
import { capture } from './support/capture.js';
import { startE2eServer } from './support/server.js';

type Cookies = Parameters<BrowserContext['addCookies']>[0];
const cookiesOf = (client: ApiClient, url: string): Cookies => [...client.cookies].map(([name, value]) => ({ name, value, url }));

/** A loopback SMTP server that parses and keeps every message it accepts. */
async function startSmtpSink() {
  const received: { to: string; mail: ParsedMail }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({ to: session.envelope.rcptTo[0]?.address ?? '', mail });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.server.address() as AddressInfo).port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('digest journey', () => {
  let app: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let browser: Browser;
  let owner: ApiClient;
  let ada: { client: ApiClient; id: string };
  let grace: { client: ApiClient; id: string; email: string };
  let page: Page;
  let problems: string[];

  /** Runs due jobs (event fan-out, deliveries, mail) until none are left. */
  const settle = async () => {
    for (let i = 0; i < 20; i++) if ((await app.hearth.platform.jobs.runDue(500)) === 0) return;
  };

  before(async () => {
    smtp = await startSmtpSink();
    app = await startE2eServer({
      env: { HEARTH_SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, HEARTH_MAIL_FROM: 'Hearth <hearth@example.com>' },
    });
    owner = await setUpCommunity(app, { locale: 'en' });
    const a = await registerMember(app, { displayName: 'Ada Lovelace', locale: 'en' });
    const g = await registerMember(app, { displayName: 'Grace Hopper', locale: 'en' });
    ada = { client: a.client, id: a.member.id };
    grace = { client: g.client, id: g.member.id, email: g.member.email };
    browser = await launchBrowser();
    const context = await newContext(browser, { locale: 'en', viewport: DESKTOP });
    await context.addCookies(cookiesOf(grace.client, app.url));
    await context.addInitScript(() => window.localStorage.setItem('hearth.language', 'en'));
    page = await context.newPage();
    problems = watchPage(page);
  });

  after(async () => {
    await browser?.close();
    await app?.close();
    await smtp?.close();
  });

  it('mails what Grace missed at 08:00 over SMTP, with a link back to the thread', async () => {
    await page.goto(`${app.url}/settings#notifications`);
    const digest = page.getByRole('radiogroup', { name: 'Digest email' }).or(page.getByRole('group', { name: 'Digest email' }));
    await digest.getByText('Daily', { exact: true }).click();
    await page.getByText(/Next digest:/).waitFor();
    await capture(page, 'digest-settings-en', ['desktop']);
    const settings = (await grace.client.get('/api/me/notification-settings')).body;
    assert.equal(settings.digest, 'daily', 'the choice was saved');
    const dueAt = Date.parse(settings.nextDigestAt);

    const space = (await owner.post('/api/spaces', { name: 'Reading room', kind: 'discussion' })).body.space.id;
    const posted = await ada.client.post(`/api/spaces/${space}/posts`, {
      title: 'Compilers, anyone?',
      body: `What do you think, [@Grace Hopper](mention:${grace.id})?`,
    });
    assert.equal(posted.status, 201);
    await settle();

    (app.clock as unknown as { set(ms: number): void }).set(dueAt + 1000);
    await settle();
    const digests = smtp.received.filter((m) => m.to === grace.email && m.mail.subject?.includes('you missed'));
    assert.equal(digests.length, 1, JSON.stringify(smtp.received.map((m) => [m.to, m.mail.subject])));
    const mail = digests[0]!.mail;
    assert.match(mail.subject ?? '', /you missed in Test Hearth/);
    assert.match(mail.text ?? '', /Ada Lovelace mentioned you in “Compilers, anyone\?”/);
    const link = /href="([^"]+\/posts\/[^"#]+)/.exec(String(mail.html))?.[1];
    assert.ok(link, 'the HTML part links to the thread');
    assert.ok(link.startsWith(app.url), link);

    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Compilers, anyone?' }).waitFor();
    assert.deepEqual(problems, []);
  });
});
