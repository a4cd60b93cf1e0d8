/**
 * Orders between members in a real browser against a real Hearth (English, the job worker
 * running): the owner opens trading to new accounts on the market safeguards card; Ada posts
 * "sell 10 ADA at 5 points each" through the dialog; Bob fills 4 of them from another account
 * on the ADA order book; Ada sees 4 of 10 sold and the fill in "My orders", and Bob's wallet
 * names Ada as the counterpart. Pages are captured on phone and desktop, in en and zh-TW,
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

describe('market journey', () => {
  let app: TestApp;
  let browser: Browser;
  let owner: ApiClient;
  let ada: Who;
  let bob: Who;
  let chipId = '';
  let pointsId = '';
  const balance = async (who: Who, assetId: string) =>
    (await app.hearth.modules.ledger.service.walletOf(app.hearth.platform.db, who.id, assetId)).balance;

  async function pageFor(client: ApiClient, language: Language = 'en', colorScheme: 'light' | 'dark' = 'light') {
    const context: BrowserContext = await newContext(browser, { locale: language, viewport: DESKTOP, colorScheme });
    await context.addCookies([...client.cookies].map(([name, value]) => ({ name, value, url: app.url })));
    await context.addInitScript((chosen) => window.localStorage.setItem('hearth.language', chosen), language);
    const page = await context.newPage();
    return { page, problems: watchPage(page), context };
  }
  const member = async (displayName: string) => {
    const m = await registerMember(app, { displayName, locale: 'en' });
    return { client: m.client, id: m.member.id };
  };
  async function expectA11y(page: Page, problems: string[]) {
    assert.deepEqual(await seriousViolations(page), []);
    assert.deepEqual(problems, []);
  }

  before(async () => {
    app = await startE2eServer({ worker: true });
    owner = await setUpCommunity(app, { locale: 'en' });
    ada = await member('Ada Lovelace');
    bob = await member('Bob Noyce');
    pointsId = (await owner.get('/api/wallet')).body.points.asset.id;
    const grant = await owner.post(
      '/api/admin/points/grant',
      { memberId: bob.id, amount: 500, reason: 'Welcome' },
      { 'idempotency-key': 'e2e-market-bob' },
    );
    assert.equal(grant.status, 201, JSON.stringify(grant.body));
    // Ada's personal chip with 100 minted to her (the chips journey covers issuing through the UI).
    const { ledger } = app.hearth.modules;
    const asset = await ledger.service.createAsset(app.hearth.platform.db, {
      code: 'ADA',
      name: 'Ada chips',
      kind: 'chip',
      issuerMemberId: ada.id,
      supplyCap: 10_000,
    });
    await ledger.service.mint(app.hearth.platform.db, { assetId: asset.id, to: { memberId: ada.id }, amount: 100, initiatorId: ada.id });
    chipId = asset.id;
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await app?.close();
  });

  it('the owner lets new accounts trade on the market safeguards card', async () => {
    const { page, problems, context } = await pageFor(owner);
    await page.goto(`${app.url}/admin/earning`);
    const card = page.getByTestId('market-settings');
    await card.getByRole('heading', { name: 'Market safeguards' }).waitFor();
    await card.getByLabel('Minimum account age (days)', { exact: true }).fill('0');
    await card.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Safeguards saved').waitFor();
    assert.equal((await owner.get('/api/admin/market/settings')).body.minAccountAgeDays, 0);
    await card.scrollIntoViewIfNeeded();
    await capture(page, 'market-settings-en', ['phone', 'desktop']);
    await expectA11y(page, problems);
    await context.close();
  });

  it('Ada posts an order: 10 ADA at 5 points each, held in escrow', async () => {
    const { page, problems, context } = await pageFor(ada.client);
    await page.goto(`${app.url}/market`);
    await page.getByRole('heading', { level: 1, name: 'Market' }).waitFor();
    await page.getByRole('link', { name: 'Ada chips' }).waitFor();
    await page.getByRole('button', { name: 'Post an order' }).click();
    const dialog = page.getByRole('dialog', { name: 'Post an order' });
    await dialog.waitFor();
    await dialog.getByLabel('Sell', { exact: true }).selectOption(chipId);
    await dialog.getByLabel('Paid in', { exact: true }).selectOption(pointsId);
    await dialog.getByLabel('Quantity', { exact: true }).fill('10');
    await dialog.getByLabel('Price per unit (Points)', { exact: true }).fill('5');
    await dialog.getByText('Fully filled, you receive 50 Points.').waitFor();
    await capture(page, 'market-create-dialog-en', ['phone', 'desktop']);
    await dialog.getByRole('button', { name: 'Post order' }).click();
    await page.getByText('1 open orders · 10 units offered').waitFor();
    assert.equal(await balance(ada, chipId), 90, 'the units left her wallet into escrow');
    await capture(page, 'market-overview-en', ['phone', 'desktop']);
    await expectA11y(page, problems);
    await context.close();
  });

  it('Bob fills 4 of them from his account on the order book', async () => {
    const { page, problems, context } = await pageFor(bob.client);
    await page.goto(`${app.url}/market`);
    await page.getByRole('link', { name: 'Ada chips' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ada chips order book' }).waitFor();
    const order = page.getByTestId('market-order').filter({ hasText: '10 Ada chips at 5 Points each' });
    await order.waitFor();
    await capture(page, 'market-book-en', ['phone', 'desktop']);
    await order.getByRole('button', { name: 'Buy' }).click();
    const dialog = page.getByRole('dialog', { name: 'Buy Ada chips from Ada Lovelace' });
    await dialog.getByLabel('How many', { exact: true }).fill('4');
    await dialog.getByText('You get 4 Ada chips for 20 Points.').waitFor();
    await capture(page, 'market-fill-dialog-en', ['phone', 'desktop']);
    await dialog.getByRole('button', { name: 'Buy' }).click();
    await page.getByTestId('market-fill').filter({ hasText: 'Bob Noyce bought 4 Ada chips from Ada Lovelace for 20 Points' }).waitFor();
    await page.getByTestId('market-order').filter({ hasText: '6 Ada chips at 5 Points each' }).waitFor();
    assert.deepEqual([await balance(bob, chipId), await balance(bob, pointsId), await balance(ada, pointsId)], [4, 480, 20]);
    await expectA11y(page, problems);
    await page.goto(`${app.url}/wallet`);
    await page.getByRole('list', { name: 'History' }).getByText('Market trade with Ada Lovelace').first().waitFor();
    await capture(page, 'market-wallet-en', ['phone', 'desktop']);
    await context.close();
  });

  it('Ada sees 4 of 10 sold and the fill in My orders (zh-TW, dark)', async () => {
    const en = await pageFor(ada.client);
    await en.page.goto(`${app.url}/market/mine`);
    await en.page.getByTestId('market-order').filter({ hasText: '4 of 10 sold' }).waitFor();
    await en.page.getByTestId('market-fill').filter({ hasText: 'Bob Noyce bought 4 Ada chips' }).waitFor();
    await capture(en.page, 'market-mine-en', ['phone', 'desktop']);
    await expectA11y(en.page, en.problems);
    await en.context.close();

    const zh = await pageFor(ada.client, 'zh-TW', 'dark');
    await zh.page.goto(`${app.url}/market/mine`);
    await zh.page.getByRole('heading', { level: 1, name: '我的掛單' }).waitFor();
    await zh.page.getByTestId('market-order').filter({ hasText: '已售 4／10' }).waitFor();
    await capture(zh.page, 'market-mine-zh-TW-dark', ['phone', 'desktop']);
    await expectA11y(zh.page, zh.problems);
    await zh.context.close();
  });
});
