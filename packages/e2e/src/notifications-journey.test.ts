/**
 * Notifications in two real browsers against a real Hearth (English, with demo content, the
 * job worker running so events are delivered as they happen): Ada starts a thread mentioning
 * Grace, picked from the mention suggestions; Grace's bell shows 1 without a reload; she
 * opens the notification centre, reads "Ada Lovelace mentioned you in …", clicks it, lands
 * on the thread and the bell goes back to 0. She follows the thread, and turns off email for
 * mentions in Settings → Notifications, which stays off after a reload. The centre and the
 * settings section are captured in zh-TW and English, light and dark, phone and desktop.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { registerMember, setUpCommunity, type ApiClient, type TestApp } from '@hearth/server/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import path from 'node:path';
import { DESKTOP, launchBrowser, newContext, PHONE, SCREENSHOT_DIR, watchPage } from './support/browser.js';
import { capture } from './support/capture.js';
import { startE2eServer } from './support/server.js';

type Language = 'en' | 'zh-TW' | 'zh-CN';
type Who = { client: ApiClient; id: string };
const THREAD_TITLE = 'Pairing on the compiler';

describe('notifications journey', () => {
  let app: TestApp;
  let browser: Browser;
  let owner: ApiClient;
  let ada: Who;
  let grace: Who;
  let general = '';
  let threadUrl = '';
  const open: { ada?: { page: Page; problems: string[] }; grace?: { page: Page; problems: string[] } } = {};

  async function pageFor(client: ApiClient, language: Language = 'en', colorScheme: 'light' | 'dark' = 'light') {
    const context: BrowserContext = await newContext(browser, { locale: language, viewport: DESKTOP, colorScheme });
    await context.addCookies([...client.cookies].map(([name, value]) => ({ name, value, url: app.url })));
    await context.addInitScript((chosen) => window.localStorage.setItem('hearth.language', chosen), language);
    const page = await context.newPage();
    return { page, problems: watchPage(page), context };
  }
  const bell = (page: Page, name: string | RegExp) =>
    page.getByRole('link', typeof name === 'string' ? { name, exact: true } : { name }).first();
  const unreadCount = async (who: Who) => (await who.client.get('/api/notifications/unread-count')).body.unreadCount as number;

  /** Waits until the worker has delivered what Grace should have been told. */
  async function waitForUnread(who: Who, count: number): Promise<void> {
    for (let i = 0; i < 100; i++) {
      if ((await unreadCount(who)) >= count) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.fail(`expected ${count} unread notifications, have ${await unreadCount(who)}`);
  }

  before(async () => {
    app = await startE2eServer({ worker: true });
    owner = await setUpCommunity(app, { locale: 'en', demo: true });
    const a = await registerMember(app, { displayName: 'Ada Lovelace', locale: 'en' });
    const g = await registerMember(app, { displayName: 'Grace Hopper', locale: 'en' });
    ada = { client: a.client, id: a.member.id };
    grace = { client: g.client, id: g.member.id };
    const spaces = (await owner.get('/api/spaces')).body.spaces as { id: string; name: string }[];
    general = spaces.find((space) => space.name === 'General')!.id;
    browser = await launchBrowser();
    open.ada = await pageFor(ada.client);
    open.grace = await pageFor(grace.client);
  });

  after(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows Grace a live badge when Ada mentions her in a new thread', async () => {
    const { page: gracePage } = open.grace!;
    const { page: adaPage } = open.ada!;
    await gracePage.goto(`${app.url}/`);
    await bell(gracePage, 'Notifications').waitFor();

    await adaPage.goto(`${app.url}/spaces/${general}`);
    await adaPage.getByRole('button', { name: /Start a thread in General/ }).click();
    await adaPage.getByLabel('Title').fill(THREAD_TITLE);
    const text = adaPage.getByRole('textbox', { name: 'Text' });
    await text.pressSequentially('Shall we pair tomorrow, @Gra', { delay: 20 });
    await adaPage.getByRole('option', { name: /Grace Hopper/ }).click();
    await text.pressSequentially('? I will bring the punch cards.', { delay: 5 });
    assert.match(await text.inputValue(), new RegExp(`\\[@Grace Hopper\\]\\(mention:${grace.id}\\)`));
    await adaPage.getByRole('button', { name: 'Post thread' }).click();
    await adaPage.getByText('Your thread is up').waitFor();

    // No reload: the member room's event moves the badge.
    await bell(gracePage, 'Notifications, 1 unread').waitFor({ timeout: 20_000 });
    assert.equal((await bell(gracePage, 'Notifications, 1 unread').innerText()).trim(), '1');
  });

  it('opens the notification from the centre, lands on the thread, and the badge goes to 0', async () => {
    const { page } = open.grace!;
    await bell(page, 'Notifications, 1 unread').click();
    await page.waitForURL(/\/notifications$/);
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    const entry = page.getByRole('list', { name: 'Notifications' }).getByRole('link', {
      name: new RegExp(`Ada Lovelace mentioned you in “${THREAD_TITLE}”`),
    });
    await entry.waitFor();
    await entry.getByText(/Shall we pair tomorrow, @Grace Hopper/).waitFor();
    await page.getByRole('tab', { name: 'Unread' }).click();
    await entry.waitFor();
    await entry.click();
    await page.waitForURL(/\/posts\/[^/]+$/);
    threadUrl = page.url();
    await page.getByRole('heading', { level: 1, name: THREAD_TITLE }).waitFor();
    await bell(page, 'Notifications').waitFor();
    assert.equal(await unreadCount(grace), 0);
    const read = (await grace.client.get('/api/notifications')).body.items as { readAt: string | null }[];
    assert.ok(read.every((item) => item.readAt !== null));
  });

  it('follows the thread from its menu, with the choices explained', async () => {
    const { page } = open.grace!;
    const button = page.getByRole('button', { name: 'Follow', exact: true });
    await button.click();
    const menu = page.getByRole('menu', { name: 'Notifications for this thread' });
    await menu.getByText('Tell me about every reply.').waitFor();
    await capture(page, 'notifications-thread-follow-menu-en', ['desktop']);
    await button.click();
    await menu.waitFor({ state: 'detached' });
    await button.click();
    await menu.getByRole('menuitemradio', { name: /Following/ }).click();
    await page.getByRole('button', { name: 'Following', exact: true }).waitFor();
    const postId = threadUrl.split('/').pop();
    assert.equal((await grace.client.get(`/api/posts/${postId}/follow`)).body.level, 'following');
    await page.reload();
    await page.getByRole('button', { name: 'Following', exact: true }).waitFor();
  });

  it('turns off email for mentions in Settings → Notifications, and it stays off', async () => {
    const { page } = open.grace!;
    await page.goto(`${app.url}/settings#notifications`);
    const mentions = page.getByRole('group', { name: 'Mentions' });
    const email = mentions.getByRole('checkbox', { name: 'Email' });
    assert.equal(await email.isChecked(), true);
    await email.uncheck();
    await page.getByText('Notification settings saved').waitFor();
    await page.reload();
    await page.getByRole('group', { name: 'Mentions' }).getByRole('checkbox', { name: 'In app' }).waitFor();
    assert.equal(await page.getByRole('group', { name: 'Mentions' }).getByRole('checkbox', { name: 'Email' }).isChecked(), false);
    assert.equal(await page.getByRole('group', { name: 'Replies to you' }).getByRole('checkbox', { name: 'Email' }).isChecked(), true);
    const saved = (await grace.client.get('/api/me/notification-settings')).body;
    assert.equal(saved.kinds.mention.email, false);
    assert.equal(saved.kinds.mention.inApp, true);
    assert.deepEqual(open.ada!.problems, []);
    assert.deepEqual(open.grace!.problems, []);
  });

  it('groups reactions and tells about replies and moderation', async () => {
    const posted = await grace.client.post(`/api/spaces/${general}/posts`, {
      title: 'Nanoseconds, explained with wire',
      body: 'I hand out 30 cm of wire to show how far light goes in a nanosecond.',
    });
    assert.equal(posted.status, 201);
    const postId = posted.body.post.id as string;
    assert.equal((await ada.client.post(`/api/posts/${postId}/reactions`, { emoji: '👍' })).status, 200);
    await waitForUnread(grace, 1);
    assert.equal((await owner.post(`/api/posts/${postId}/reactions`, { emoji: '👍' })).status, 200);
    assert.equal(
      (await ada.client.post(`/api/posts/${postId}/comments`, { body: 'Brilliant — may I borrow this for class?' })).status,
      201,
    );
    assert.equal((await owner.put(`/api/posts/${postId}/lock`, { locked: true })).status, 200);
    await waitForUnread(grace, 3);
    const { page } = open.grace!;
    await page.goto(`${app.url}/notifications`);
    const list = page.getByRole('list', { name: 'Notifications' });
    await list.getByText('Ada Lovelace replied to you in “Nanoseconds, explained with wire”').waitFor();
    await list.getByText(/and 1 other reacted 👍 to “Nanoseconds, explained with wire”/).waitFor();
    await list.getByText('A moderator locked your thread “Nanoseconds, explained with wire”').waitFor();
  });

  for (const language of ['zh-TW', 'en'] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`captures the centre and the settings section in ${language}, ${colorScheme}`, async () => {
        const { page, problems, context } = await pageFor(grace.client, language, colorScheme);
        await page.goto(`${app.url}/notifications`);
        await page.locator('main ul[aria-label] a').first().waitFor();
        await capture(page, `notifications-centre-${language}-${colorScheme}`);
        await page.goto(`${app.url}/settings#notifications`);
        await page.locator('#notifications input[type="checkbox"]').first().waitFor();
        await page.locator('#notifications').scrollIntoViewIfNeeded();
        await capture(page, `notifications-settings-${language}-${colorScheme}`);
        // The section alone at phone size: the full settings page is too tall to read its details.
        await page.setViewportSize(PHONE);
        await page.locator('#notifications').screenshot({
          path: path.join(SCREENSHOT_DIR, `notifications-settings-section-${language}-${colorScheme}-phone.png`),
        });
        assert.deepEqual(problems, [], `problems on the ${language} ${colorScheme} pages`);
        await context.close();
      });
    }
  }
});
