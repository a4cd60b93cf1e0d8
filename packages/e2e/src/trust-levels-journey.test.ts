/**
 * Trust levels in a real browser (the job worker running): with new members limited, Nina's
 * reply with a link is refused in place with a clear reason; her settings show level 0, what it
 * lets her do and what unlocks level 1 (English and 繁體中文, phone and desktop, dark too); the
 * owner opens Nina's page in the console and locks her level at 1 with a reason; Nina then posts
 * the same reply. Axe finds nothing serious on any captured page.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { registerMember, setUpCommunity, type ApiClient, type TestApp } from '@hearth/server/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DESKTOP, launchBrowser, newContext, watchPage } from './support/browser.js';
import { capture } from './support/capture.js';
import { startE2eServer } from './support/server.js';

type Language = 'en' | 'zh-TW';
const LINK_REPLY = 'The trail map is at https://example.com/trail-map';

describe('trust levels journey', () => {
  let app: TestApp;
  let browser: Browser;
  let owner: ApiClient;
  let nina: { client: ApiClient; id: string };
  let thread = '';

  async function pageFor(client: ApiClient, language: Language = 'en', colorScheme: 'light' | 'dark' = 'light') {
    const context: BrowserContext = await newContext(browser, { locale: language, viewport: DESKTOP, colorScheme });
    await context.addCookies([...client.cookies].map(([name, value]) => ({ name, value, url: app.url })));
    await context.addInitScript((chosen) => window.localStorage.setItem('hearth.language', chosen), language);
    const page = await context.newPage();
    return { page, problems: watchPage(page), context };
  }

  async function reply(page: Page) {
    await page.goto(`${app.url}/posts/${thread}`);
    await page.getByRole('heading', { level: 1, name: 'Saturday hike' }).waitFor();
    await page.getByRole('textbox', { name: 'Reply to this thread' }).fill(LINK_REPLY);
    await page.getByRole('button', { name: 'Post reply' }).click();
  }

  before(async () => {
    app = await startE2eServer({ worker: true });
    owner = await setUpCommunity(app, { locale: 'en' });
    const registered = await registerMember(app, { displayName: 'Nina Newcomer', locale: 'en' });
    nina = { client: registered.client, id: registered.member.id };
    assert.equal((await owner.patch('/api/admin/trust/settings', { limitsEnabled: true })).status, 200);
    const spaces = (await owner.get('/api/spaces')).body.spaces as { id: string; kind: string }[];
    const space = spaces.find((s) => s.kind === 'discussion')!.id;
    await nina.client.post(`/api/spaces/${space}/join`, {});
    const made = await owner.post(`/api/spaces/${space}/posts`, { title: 'Saturday hike', body: 'Who is coming? Share the route.' });
    assert.equal(made.status, 201, JSON.stringify(made.body));
    thread = made.body.post.id;
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await app?.close();
  });

  it('a new member’s link is refused with a clear reason, and nothing is posted', async () => {
    const { page, problems, context } = await pageFor(nina.client);
    await reply(page);
    await page.getByText(/At trust level 0 you cannot post links yet/).waitFor();
    await capture(page, 'trust-link-refused-en', ['phone', 'desktop']);
    const comments = (await owner.get(`/api/posts/${thread}/comments`)).body.items as { body: string }[];
    assert.equal(comments.length, 0, 'nothing stored');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('her settings show level 0, what it allows and what unlocks level 1', async () => {
    for (const [language, colorScheme, heading] of [
      ['en', 'light', 'You are at level 0 · New'],
      ['zh-TW', 'dark', '你目前是等級 0 · 新成員'],
    ] as const) {
      const { page, problems, context } = await pageFor(nina.client, language, colorScheme);
      await page.goto(`${app.url}/settings`);
      const section = page.getByTestId('my-trust');
      await section.getByText(heading).waitFor();
      await section.scrollIntoViewIfNeeded();
      await capture(page, `trust-settings-${language}-${colorScheme}`, ['phone', 'desktop']);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  it('the owner locks her level at 1 with a reason; the console shows the lock', async () => {
    const { page, problems, context } = await pageFor(owner);
    await page.goto(`${app.url}/admin/members/${nina.id}`);
    const card = page.getByTestId('member-trust');
    await card.getByText('Trust level 0 · New').waitFor();
    await card.getByLabel('Level', { exact: true }).selectOption('1');
    await card.getByLabel('Reason for the lock', { exact: true }).fill('Known from the hiking club');
    await card.getByRole('button', { name: 'Lock level' }).click();
    await card.getByText(/Locked at level 1 on .*: Known from the hiking club/).waitFor();
    await card.getByText('Trust level 1 · Basic').waitFor();
    await capture(page, 'trust-admin-locked-en', ['phone', 'desktop']);
    const audit = (await owner.get('/api/admin/audit?action=trust.lock')).body.items as { reason: string }[];
    assert.equal(audit[0]?.reason, 'Known from the hiking club');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('now she can post the same reply', async () => {
    const { page, problems, context } = await pageFor(nina.client);
    await reply(page);
    await page.locator('li[id^="comment-"]', { hasText: 'trail-map' }).first().waitFor();
    await capture(page, 'trust-link-posted-en', ['desktop']);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
