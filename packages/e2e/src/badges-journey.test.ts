/**
 * Badges and leaderboards in a real browser (the job worker running): Ada's first thread
 * earns her the "first post" rule badge, shown on her profile shelf and on the badge
 * catalogue; Bob tips her thread, and the "Tips received" leaderboard ranks her first with
 * her own place on top. Pages are captured on phone and desktop, in en and zh-TW (dark), and
 * axe finds nothing serious.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { registerMember, setUpCommunity, type ApiClient, type TestApp } from '@hearth/server/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DESKTOP, launchBrowser, newContext, seriousViolations, watchPage } from './support/browser.js';
import { capture } from './support/capture.js';
import { startE2eServer } from './support/server.js';

type Language = 'en' | 'zh-TW';
type Who = { client: ApiClient; id: string };

describe('badges journey', () => {
  let app: TestApp;
  let browser: Browser;
  let owner: ApiClient;
  let ada: Who;
  let bob: Who;

  async function pageFor(client: ApiClient, language: Language = 'en', colorScheme: 'light' | 'dark' = 'light') {
    const context: BrowserContext = await newContext(browser, { locale: language, viewport: DESKTOP, colorScheme });
    await context.addCookies([...client.cookies].map(([name, value]) => ({ name, value, url: app.url })));
    await context.addInitScript((chosen) => window.localStorage.setItem('hearth.language', chosen), language);
    const page = await context.newPage();
    return { page, problems: watchPage(page), context };
  }
  async function expectA11y(page: Page, problems: string[]) {
    assert.deepEqual(await seriousViolations(page), []);
    assert.deepEqual(problems, []);
  }
  const member = async (displayName: string) => {
    const m = await registerMember(app, { displayName, locale: 'en' });
    return { client: m.client, id: m.member.id };
  };
  /** Badges are awarded by a subscriber on the job worker: wait until Ada's shows up. */
  async function badgesOf(who: Who, expected: number) {
    for (let i = 0; i < 100; i++) {
      const items = (await owner.get(`/api/members/${who.id}/badges`)).body.items as { badge: { name: string } }[];
      if (items.length >= expected) return items;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`no badge for ${who.id}`);
  }

  before(async () => {
    app = await startE2eServer({ worker: true });
    owner = await setUpCommunity(app, { locale: 'en' });
    ada = await member('Ada Lovelace');
    bob = await member('Bob Noyce');
    const spaceId = (await owner.post('/api/spaces', { name: 'Workshop', kind: 'discussion' })).body.space.id;
    await ada.client.post(`/api/spaces/${spaceId}/join`, {});
    const thread = await ada.client.post(`/api/spaces/${spaceId}/posts`, { title: 'Analytical engine notes', body: 'Loops, at last.' });
    assert.equal(thread.status, 201, JSON.stringify(thread.body));
    const pointsId = (await owner.get('/api/wallet')).body.points.asset.id;
    const grant = await owner.post(
      '/api/admin/points/grant',
      { memberId: bob.id, amount: 50, reason: 'Welcome' },
      { 'idempotency-key': 'e2e-badges-bob' },
    );
    assert.equal(grant.status, 201, JSON.stringify(grant.body));
    const tip = await bob.client.post(
      '/api/tips',
      { target: { kind: 'post', id: thread.body.post.id }, assetId: pointsId, amount: 5 },
      { 'idempotency-key': 'e2e-badges-tip' },
    );
    assert.equal(tip.status, 201, JSON.stringify(tip.body));
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await app?.close();
  });

  it("shows Ada's first-post badge on her profile and in the catalogue", async () => {
    const [earned] = await badgesOf(ada, 1);
    assert.ok(earned, 'a badge was awarded');
    const { page, problems, context } = await pageFor(ada.client);
    await page.goto(`${app.url}/members/${ada.id}`);
    const shelf = page.getByRole('region', { name: 'Badges' });
    await shelf.getByText(earned.badge.name).waitFor();
    await capture(page, 'badges-profile-en', ['phone', 'desktop']);
    await shelf.getByRole('link', { name: 'See all badges' }).click();
    await page.getByRole('heading', { level: 1, name: 'Badges' }).waitFor();
    await page.getByText(earned.badge.name).first().waitFor();
    await capture(page, 'badges-catalogue-en', ['phone', 'desktop']);
    await expectA11y(page, problems);
    await context.close();
  });

  it('ranks Ada first on the tips-received leaderboard, with her own place on top', async () => {
    const { page, problems, context } = await pageFor(ada.client);
    await page.goto(`${app.url}/leaderboards`);
    await page.getByRole('heading', { level: 1, name: 'Leaderboards' }).waitFor();
    await page.getByRole('button', { name: 'Tips received' }).click();
    await page.getByText('Your place').waitFor();
    await page.getByRole('list', { name: 'Ranks' }).getByText('Ada Lovelace').waitFor();
    await capture(page, 'leaderboards-en', ['phone', 'desktop']);
    await expectA11y(page, problems);
    await context.close();
  });

  it('captures the leaderboards and catalogue in zh-TW, dark', async () => {
    const { page, problems, context } = await pageFor(ada.client, 'zh-TW', 'dark');
    await page.goto(`${app.url}/leaderboards`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await capture(page, 'leaderboards-zh-TW-dark', ['phone', 'desktop']);
    await page.goto(`${app.url}/badges`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await capture(page, 'badges-catalogue-zh-TW-dark', ['phone']);
    await expectA11y(page, problems);
    await context.close();
  });
});
