/**
 * Penalties and appeals in a real browser: a moderator mutes a member for a day from the
 * admin member page with a template and a reason; the member sees the banner and the notice
 * and appeals from it; another moderator overturns it in Admin → Appeals; the member can post
 * again; the owner's Admin → Audit log shows every step and exports it as CSV.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { registerMember, setUpCommunity, type ApiClient, type TestApp } from '@hearth/server/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DESKTOP, launchBrowser, newContext, watchPage } from './support/browser.js';
import { capture } from './support/capture.js';
import { startE2eServer } from './support/server.js';

type Cookies = Parameters<BrowserContext['addCookies']>[0];
const cookiesOf = (client: ApiClient, url: string): Cookies => [...client.cookies].map(([name, value]) => ({ name, value, url }));

describe('penalties journey', () => {
  let app: TestApp;
  let browser: Browser;
  let owner: ApiClient;
  let member: { client: ApiClient; id: string };
  let modA: { client: ApiClient; id: string };
  let modB: { client: ApiClient; id: string };
  let spaceId = '';

  async function pageFor(
    client: ApiClient,
    colorScheme: 'light' | 'dark' = 'light',
  ): Promise<{ page: Page; problems: string[]; context: BrowserContext }> {
    const context = await newContext(browser, { locale: 'en', viewport: DESKTOP, colorScheme });
    await context.addCookies(cookiesOf(client, app.url));
    await context.addInitScript(() => window.localStorage.setItem('hearth.language', 'en'));
    const page = await context.newPage();
    return { page, problems: watchPage(page), context };
  }
  const settleJobs = async () => {
    for (let i = 0; i < 20; i++) if ((await app.hearth.platform.jobs.runDue(500)) === 0) return;
  };
  const staff = async (displayName: string) => {
    const { client, member: m } = await registerMember(app, { displayName, locale: 'en' });
    assert.equal((await owner.patch(`/api/admin/members/${m.id}`, { role: 'moderator' })).status, 200);
    return { client, id: m.id };
  };

  before(async () => {
    app = await startE2eServer();
    owner = await setUpCommunity(app, { locale: 'en' });
    const registered = await registerMember(app, { displayName: 'Ada Lovelace', locale: 'en' });
    member = { client: registered.client, id: registered.member.id };
    modA = await staff('Mod Alan');
    modB = await staff('Mod Barbara');
    spaceId = (await owner.post('/api/spaces', { name: 'Lobby', kind: 'discussion' })).body.space.id;
    await member.client.post(`/api/spaces/${spaceId}/join`, {});
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await app?.close();
  });

  it('a moderator mutes the member for one day with a template and a reason', async () => {
    const { page, problems, context } = await pageFor(modA.client);
    await page.goto(`${app.url}/admin/members/${member.id}`);
    await page.getByRole('heading', { level: 1, name: 'Ada Lovelace' }).waitFor();
    await page.getByRole('button', { name: 'Moderate' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Mute 1 day', { exact: true }).click();
    await dialog.getByLabel('Reason template').selectOption('spam');
    await dialog.getByLabel('Reason in your words').fill('Posted the same link in five threads');
    await capture(page, 'penalties-action-dialog-en', ['desktop']);
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Posted the same link in five threads').first().waitFor();
    await capture(page, 'penalties-member-page-en');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('the member sees the banner and the notice, is refused when posting, and appeals', async () => {
    await settleJobs();
    const { page, problems, context } = await pageFor(member.client);
    await page.goto(`${app.url}/spaces/${spaceId}`);
    const banner = page.getByTestId('mute-banner');
    await banner.getByText(/You are muted until/).waitFor();
    await banner.getByText(/Spam or advertising — Posted the same link in five threads/).waitFor();
    await capture(page, 'penalties-banner-en');
    // The server refuses a post even if the page tried.
    const refused = await member.client.post(`/api/spaces/${spaceId}/posts`, { title: 'Try', body: 'again' });
    assert.equal(refused.status, 403);
    assert.equal(refused.body.code, 'member_muted');

    await page.goto(`${app.url}/notifications`);
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    // The notice in the list, not the banner above it (which says the same).
    const entry = page
      .getByRole('list', { name: 'Notifications' })
      .getByRole('link', { name: /A note from the moderators about “You are muted until/ });
    await entry.getByText(/Posted the same link in five threads/).waitFor();
    await capture(page, 'penalties-notification-en', ['desktop']);
    await entry.click();
    await page.waitForURL(/\/moderation\/notices\/[^/]+$/);
    await page.getByRole('heading', { level: 1, name: 'Moderation notice' }).waitFor();
    await page.getByText('Mute', { exact: true }).waitFor();
    await page.getByLabel('Your appeal').fill('Those were five different club events, not spam.');
    await page.getByRole('button', { name: 'Send appeal' }).click();
    await page.getByText('Appeal pending').first().waitFor();
    await capture(page, 'penalties-notice-en');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('the moderator who acted cannot decide; another moderator overturns it and the member posts again', async () => {
    const first = await pageFor(modA.client);
    await first.page.goto(`${app.url}/admin/appeals`);
    const own = first.page.getByTestId('appeal-item').first();
    await own.getByLabel('Reason for your decision').fill('I stand by it');
    await own.getByRole('button', { name: 'Overturn' }).click();
    await first.page.getByText(/another moderator must decide/).waitFor();
    await first.context.close();

    const { page, problems, context } = await pageFor(modB.client, 'dark');
    await page.goto(`${app.url}/admin/appeals`);
    const item = page.getByTestId('appeal-item').first();
    await item.getByText('Those were five different club events, not spam.').waitFor();
    await capture(page, 'penalties-appeals-dark-en');
    await item.getByLabel('Reason for your decision').fill('Checked the threads: real club events');
    await item.getByRole('button', { name: 'Overturn' }).click();
    await page.getByText('No appeals waiting.').waitFor();
    assert.deepEqual(problems, []);
    await context.close();

    const posted = await member.client.post(`/api/spaces/${spaceId}/posts`, { title: 'Book club tonight', body: 'See you at 8' });
    assert.equal(posted.status, 201, JSON.stringify(posted.body));
    await settleJobs();
    const back = await pageFor(member.client);
    await back.page.goto(`${app.url}/spaces/${spaceId}`);
    await back.page.getByText('Book club tonight').first().waitFor();
    assert.equal(await back.page.getByTestId('mute-banner').count(), 0, 'the banner is gone');
    await back.context.close();
  });

  it('the audit log shows every step, filters by action, and exports CSV', async () => {
    const { page, problems, context } = await pageFor(owner);
    await page.goto(`${app.url}/admin/audit`);
    for (const action of ['penalty.mute', 'appeal.submit', 'appeal.overturn', 'penalty.overturn'])
      await page.getByText(action, { exact: true }).first().waitFor();
    await capture(page, 'penalties-audit-en');
    await page.getByLabel('Action (or prefix like penalty.)').fill('appeal.');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.getByText('penalty.mute', { exact: true }).waitFor({ state: 'detached' });
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Export CSV' }).click();
    const file = await (await download).createReadStream();
    let csv = '';
    for await (const chunk of file) csv += chunk.toString();
    assert.match(csv, /^time,actor_id,actor_name,action/);
    assert.match(csv, /appeal\.overturn/);
    assert.doesNotMatch(csv, /penalty\.mute/);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
