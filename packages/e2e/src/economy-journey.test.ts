/**
 * Tips and the wallet in a real browser against a real Hearth (English, the job worker
 * running): the owner grants Ada 100 points; Ada opens Grace's thread, tips it 10 from the
 * presets, sees the thread's total and herself among the top supporters, is refused in place
 * when she tries more than she holds, and finds the tip in her wallet's history; Grace is
 * told and sees it in hers. The wallet is captured in English and zh-TW, phone and desktop,
 * light and dark, and axe finds nothing serious.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { registerMember, setUpCommunity, type ApiClient, type TestApp } from '@hearth/server/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DESKTOP, launchBrowser, newContext, seriousViolations, watchPage } from './support/browser.js';
import { capture } from './support/capture.js';
import { startE2eServer } from './support/server.js';

type Language = 'en' | 'zh-TW' | 'zh-CN';
type Who = { client: ApiClient; id: string };
const THREAD_TITLE = 'Field notes on sourdough';

describe('economy journey', () => {
  let app: TestApp;
  let browser: Browser;
  let owner: ApiClient;
  let ada: Who;
  let grace: Who;
  let postId = '';
  let adaPage: { page: Page; problems: string[]; context: BrowserContext };

  async function pageFor(client: ApiClient, language: Language = 'en', colorScheme: 'light' | 'dark' = 'light') {
    const context: BrowserContext = await newContext(browser, { locale: language, viewport: DESKTOP, colorScheme });
    await context.addCookies([...client.cookies].map(([name, value]) => ({ name, value, url: app.url })));
    await context.addInitScript((chosen) => window.localStorage.setItem('hearth.language', chosen), language);
    const page = await context.newPage();
    return { page, problems: watchPage(page), context };
  }

  before(async () => {
    app = await startE2eServer({ worker: true });
    owner = await setUpCommunity(app, { locale: 'en' });
    const a = await registerMember(app, { displayName: 'Ada Lovelace', locale: 'en' });
    const g = await registerMember(app, { displayName: 'Grace Hopper', locale: 'en' });
    ada = { client: a.client, id: a.member.id };
    grace = { client: g.client, id: g.member.id };
    const granted = await owner.post(
      '/api/admin/points/grant',
      { memberId: ada.id, amount: 100, reason: 'Welcome to the bakery' },
      { 'idempotency-key': 'e2e-grant-ada' },
    );
    assert.equal(granted.status, 201, JSON.stringify(granted.body));
    const spaces = (await owner.get('/api/spaces')).body.spaces as { id: string; kind: string }[];
    const space = spaces.find((s) => s.kind === 'discussion')!.id;
    const posted = await grace.client.post(`/api/spaces/${space}/posts`, {
      title: THREAD_TITLE,
      body: 'Day 3: the starter smells of apples.',
    });
    assert.equal(posted.status, 201, JSON.stringify(posted.body));
    postId = posted.body.post.id;
    browser = await launchBrowser();
    adaPage = await pageFor(ada.client);
  });

  after(async () => {
    await browser?.close();
    await app?.close();
  });

  it('tips a thread with a preset amount and shows its total and top supporters', async () => {
    const { page } = adaPage;
    await page.goto(`${app.url}/posts/${postId}`);
    await page.getByRole('heading', { level: 1, name: THREAD_TITLE }).waitFor();
    await page.getByRole('button', { name: 'Tip', exact: true }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Tip Grace Hopper' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: '10', exact: true }).click();
    await dialog.getByLabel('Pay with').waitFor();
    await capture(page, 'economy-tip-dialog-en', ['phone', 'desktop']);
    await dialog.getByRole('button', { name: 'Send tip' }).click();
    await page.getByText('You tipped Grace Hopper 10 Points').waitFor();
    const totals = page.getByTestId('tip-totals').first();
    await totals.getByText('10 Points tipped').waitFor();
    await totals.getByRole('list', { name: 'Top supporters' }).getByRole('listitem').first().waitFor();
    assert.equal((await ada.client.get('/api/wallet')).body.points.amount, 90);
    assert.equal((await grace.client.get('/api/wallet')).body.points.amount, 10);
  });

  it('refuses a tip beyond the balance in place, and nothing moves', async () => {
    const { page } = adaPage;
    await page.getByRole('button', { name: 'Tip', exact: true }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Tip Grace Hopper' });
    await dialog.getByRole('button', { name: 'Other', exact: true }).click();
    await dialog.getByLabel('Your amount').fill('95');
    await dialog.getByRole('button', { name: 'Send tip' }).click();
    await dialog.getByText('Not enough balance for this.').waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    assert.equal((await ada.client.get('/api/wallet')).body.points.amount, 90);
  });

  it('shows the tip and the grant in the wallet history, and tells Grace', async () => {
    const { page, problems } = adaPage;
    await page.goto(`${app.url}/wallet`);
    await page.getByRole('heading', { level: 1, name: 'Wallet' }).waitFor();
    assert.equal((await page.getByTestId('points-balance').innerText()).trim(), '90');
    const history = page.getByRole('list', { name: 'History' });
    await history.getByText('Tip to Grace Hopper').waitFor();
    await history.getByText('Granted by the community').waitFor();
    await history.getByText('Welcome to the bakery').waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    assert.deepEqual(problems, []);

    for (let i = 0; i < 100; i++) {
      const items = (await grace.client.get('/api/notifications')).body.items as { kind: string }[];
      if (items.some((n) => n.kind === 'tip')) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const grace_ = await pageFor(grace.client);
    await grace_.page.goto(`${app.url}/notifications`);
    await grace_.page.getByText(`Ada Lovelace tipped you 10 Points for “${THREAD_TITLE}”`).waitFor();
    await grace_.page.goto(`${app.url}/wallet`);
    await grace_.page.getByRole('list', { name: 'History' }).getByText('Tip from Ada Lovelace').waitFor();
    assert.deepEqual(grace_.problems, []);
    await grace_.context.close();
  });

  for (const language of ['en', 'zh-TW'] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`captures the wallet in ${language}, ${colorScheme}`, async () => {
        const { page, problems, context } = await pageFor(ada.client, language, colorScheme);
        await page.goto(`${app.url}/wallet`);
        await page.getByTestId('points-balance').waitFor();
        await page.locator('main ul li').first().waitFor();
        await capture(page, `economy-wallet-${language}-${colorScheme}`);
        assert.deepEqual(problems, [], `problems on the ${language} ${colorScheme} wallet`);
        await context.close();
      });
    }
  }
});
