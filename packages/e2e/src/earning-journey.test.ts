/**
 * Points earning in a real browser (English, the job worker running): the owner turns on
 * the check-in and first-post rules and names the levels on the admin page; Ada checks in
 * from her wallet (the calendar marks today), writes her first post of the day, sees the
 * points pending, and — once the review window has passed on the server's clock — settled,
 * with her new level on the wallet and on her profile. Captured in English and zh-TW, phone
 * and desktop, light and dark; axe finds nothing serious.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { registerMember, setUpCommunity, type ApiClient, type TestApp } from '@hearth/server/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DESKTOP, launchBrowser, newContext, seriousViolations, watchPage } from './support/browser.js';
import { capture } from './support/capture.js';
import { startE2eServer } from './support/server.js';

type Language = 'en' | 'zh-TW';
const WINDOW_SECONDS = 120;

describe('earning journey', () => {
  let app: TestApp;
  let browser: Browser;
  let owner: ApiClient;
  let ada: { client: ApiClient; id: string };
  let spaceId = '';

  async function pageFor(client: ApiClient, language: Language = 'en', colorScheme: 'light' | 'dark' = 'light') {
    const context: BrowserContext = await newContext(browser, { locale: language, viewport: DESKTOP, colorScheme });
    await context.addCookies([...client.cookies].map(([name, value]) => ({ name, value, url: app.url })));
    await context.addInitScript((chosen) => window.localStorage.setItem('hearth.language', chosen), language);
    const page: Page = await context.newPage();
    return { page, problems: watchPage(page), context };
  }

  const waitFor = async (check: () => Promise<boolean>, what: string) => {
    for (let i = 0; i < 100; i++) {
      if (await check()) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.fail(`timed out waiting for ${what}`);
  };

  before(async () => {
    app = await startE2eServer({ worker: true });
    owner = await setUpCommunity(app, { locale: 'en' });
    const a = await registerMember(app, { displayName: 'Ada Lovelace', locale: 'en' });
    ada = { client: a.client, id: a.member.id };
    const spaces = (await owner.get('/api/spaces')).body.spaces as { id: string; kind: string }[];
    spaceId = spaces.find((s) => s.kind === 'discussion')!.id;
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await app?.close();
  });

  it('lets the owner turn rules on and name levels on the admin page', async () => {
    const { page, problems, context } = await pageFor(owner);
    await page.goto(`${app.url}/admin/earning`);
    await page.getByRole('heading', { level: 1, name: 'Points rules' }).waitFor();
    await page.getByTestId('rule-daily_checkin').getByLabel('Daily check-in').check();
    await page.getByTestId('rule-first_post_of_day').getByLabel('First post of the day').check();
    await page.getByTestId('rule-first_post_of_day').getByLabel('Points').fill('10');
    await page.getByLabel('Review window (seconds)').fill(String(WINDOW_SECONDS));
    await page.getByLabel('Level 2').fill('Regular');
    await page.getByLabel('From XP').nth(1).fill('12');
    await capture(page, 'earning-admin-en', ['phone', 'desktop']);
    await page.getByRole('button', { name: 'Save points rules' }).click();
    await page.getByText('Points rules saved').waitFor();
    const saved = (await owner.get('/api/admin/economy/earning')).body;
    assert.deepEqual(
      [
        saved.rules.daily_checkin.isEnabled,
        saved.rules.first_post_of_day.isEnabled,
        saved.rules.first_post_of_day.amount,
        saved.reviewWindowSeconds,
      ],
      [true, true, 10, WINDOW_SECONDS],
    );
    assert.deepEqual(saved.levels[1], { name: 'Regular', threshold: 12 });
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('checks in from the wallet, earns the first post of the day, and sees the points pending then settled', async () => {
    const { page, problems, context } = await pageFor(ada.client);
    await page.goto(`${app.url}/wallet`);
    const card = page.getByTestId('checkin-card');
    await card.waitFor();
    await card.getByRole('button', { name: 'Check in' }).click();
    await page.getByText('+5 points, pending review').waitFor();
    await card.getByRole('button', { name: 'Checked in today' }).waitFor();
    assert.equal(await card.locator('[data-checked="true"]').count(), 1, 'the calendar marks today');
    await page.getByText('1-day streak').waitFor();

    const posted = await ada.client.post(`/api/spaces/${spaceId}/posts`, { title: 'My first loaf', body: 'Crumb shot inside.' });
    assert.equal(posted.status, 201, JSON.stringify(posted.body));
    await waitFor(async () => (await ada.client.get('/api/earning/me')).body.pending === 15, 'the first-post award');
    await page.reload();
    await page.getByText('15 points pending review').waitFor();
    assert.equal((await page.getByTestId('points-balance').innerText()).trim(), '0');
    await capture(page, 'earning-wallet-pending-en', ['phone', 'desktop']);

    (app.clock as unknown as { advance(ms: number): void }).advance(WINDOW_SECONDS * 1000 + 1000);
    await waitFor(async () => (await ada.client.get('/api/wallet')).body.points.amount === 15, 'the awards to settle');
    await page.reload();
    await page.getByText('No points pending').waitFor();
    assert.equal((await page.getByTestId('points-balance').innerText()).trim(), '15');
    await page.getByTestId('member-level').getByText('Level: Regular · 15 XP').waitFor();
    const history = page.getByRole('list', { name: 'History' });
    await history.getByText('Daily check-in').waitFor();
    await history.getByText('First post of the day').waitFor();
    assert.deepEqual(await seriousViolations(page), []);

    await page.goto(`${app.url}/members/${ada.id}`);
    await page.getByTestId('level-badge').getByText('Regular').waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const language of ['en', 'zh-TW'] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`captures the check-in card and level in ${language}, ${colorScheme}`, async () => {
        const { page, problems, context } = await pageFor(ada.client, language, colorScheme);
        await page.goto(`${app.url}/wallet`);
        await page.getByTestId('checkin-card').waitFor();
        await page.getByTestId('member-level').waitFor();
        await capture(page, `earning-wallet-${language}-${colorScheme}`);
        assert.deepEqual(problems, [], `problems on the ${language} ${colorScheme} wallet`);
        await context.close();
      });
    }
  }
});
