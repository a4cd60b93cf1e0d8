/**
 * Personal chips in a real browser against a real Hearth (English, the job worker running):
 * the owner opens chip issuance; Ada issues her chip ADA from /chips, mints 200 and gives
 * Grace 25 with a note; Grace finds ADA in her wallet's collection, opens its page and sees
 * the supply, the holders and the gift; the owner freezes ADA with a reason, and Ada's next
 * gift is refused in place with nothing moved. The chip list, the chip page and the admin
 * chips page are captured (phone and desktop, en and zh-TW, light and dark) and axe finds
 * nothing serious.
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

describe('chips journey', () => {
  let app: TestApp;
  let browser: Browser;
  let owner: ApiClient;
  let ada: Who;
  let grace: Who;
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
    const opened = await owner.patch('/api/admin/chips/settings', { issuanceMode: 'open', minTierRank: 0 });
    assert.equal(opened.status, 200, JSON.stringify(opened.body));
    const brand = await owner.post('/api/admin/chips', { code: 'HEART', name: 'Hearts', icon: '❤️' }, { 'idempotency-key': 'e2e-brand' });
    assert.equal(brand.status, 201, JSON.stringify(brand.body));
    browser = await launchBrowser();
    adaPage = await pageFor(ada.client);
  });

  after(async () => {
    await browser?.close();
    await app?.close();
  });

  it('issues a personal chip from the chips page', async () => {
    const { page } = adaPage;
    await page.goto(`${app.url}/chips`);
    await page.getByRole('heading', { level: 1, name: 'Chips' }).waitFor();
    await page.getByRole('button', { name: 'Issue your chip' }).click();
    await page.getByLabel('Code').fill('ada');
    await page.getByRole('textbox', { name: /^Name/ }).fill('Ada Coin');
    await page.getByLabel('Icon').fill('🌸');
    await page.getByLabel('Supply cap').fill('1000');
    await page.getByLabel('Daily mint limit').fill('500');
    await page.getByLabel('What the chip is for').fill('Thanks for reading my notes.');
    await capture(page, 'chips-issue-form-en', ['phone', 'desktop']);
    await page.getByRole('button', { name: 'Issue the chip' }).click();
    await page.getByRole('link', { name: /Open ADA/ }).waitFor();
    await page
      .getByRole('list', { name: 'All chips' })
      .getByRole('link', { name: /Ada Coin/ })
      .waitFor();
  });

  it('mints and gives chips to Grace with a note', async () => {
    const { page } = adaPage;
    await page.getByRole('link', { name: /Open ADA/ }).click();
    await page.getByRole('heading', { level: 1, name: /Ada Coin/ }).waitFor();
    await page.getByRole('button', { name: 'Mint' }).click();
    let dialog = page.getByRole('dialog', { name: 'Mint chips · ADA' });
    await dialog.getByLabel('Amount').fill('200');
    await dialog.getByRole('button', { name: 'Mint' }).click();
    await page.getByText('Minted. The issuer now holds 200 ADA.').waitFor();
    await page.getByRole('button', { name: 'Give' }).click();
    dialog = page.getByRole('dialog', { name: 'Give chips · ADA' });
    await dialog.getByLabel('Find members').fill('Grace');
    await dialog.getByRole('list', { name: 'Members' }).getByText('Grace Hopper').click();
    await dialog.getByLabel('Amount').fill('25');
    await dialog.getByLabel('Note (optional)').fill('For the compiler tips');
    await capture(page, 'chips-give-dialog-en', ['phone', 'desktop']);
    await dialog.getByRole('button', { name: 'Give', exact: true }).click();
    await page.getByText('Given. 175 ADA left to give.').waitFor();
    assert.equal((await grace.client.get('/api/wallet')).body.chips[0].amount, 25);
  });

  it("shows the chip in Grace's wallet collection, and its page", async () => {
    const g = await pageFor(grace.client);
    await g.page.goto(`${app.url}/wallet`);
    await g.page
      .getByRole('list', { name: 'Chips' })
      .getByRole('link', { name: /Ada Coin/ })
      .click();
    await g.page.getByRole('heading', { level: 1, name: /Ada Coin/ }).waitFor();
    assert.equal((await g.page.getByTestId('chip-supply').innerText()).trim(), '200 / 1,000');
    assert.equal((await g.page.getByTestId('chip-holders').innerText()).trim(), '2');
    await g.page.getByRole('list', { name: 'Top holders' }).getByText('Grace Hopper').waitFor();
    await g.page.getByRole('list', { name: 'Recent movements' }).getByText('Ada Lovelace gave Grace Hopper').waitFor();
    assert.equal(await g.page.getByRole('button', { name: 'Give' }).count(), 0, 'only the issuer gives');
    await capture(g.page, 'chips-page-holder-en');
    for (let i = 0; i < 100; i++) {
      const items = (await grace.client.get('/api/notifications')).body.items as { kind: string }[];
      if (items.some((n) => n.kind === 'chip')) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await g.page.goto(`${app.url}/notifications`);
    await g.page.getByText('Ada Lovelace gave you 25 Ada Coin').waitFor();
    assert.deepEqual(g.problems, []);
    await g.context.close();
  });

  it('the owner freezes the chip with a reason, and giving is refused', async () => {
    const { page } = adaPage;
    await page.goto(`${app.url}/chips/ADA`);
    await page.getByRole('button', { name: 'Give' }).click();
    const dialog = page.getByRole('dialog', { name: 'Give chips · ADA' });
    await dialog.getByLabel('Find members').fill('Grace');
    await dialog.getByRole('list', { name: 'Members' }).getByText('Grace Hopper').click();
    await dialog.getByLabel('Amount').fill('5');

    const o = await pageFor(owner);
    await o.page.goto(`${app.url}/chips/ADA`);
    await o.page.getByRole('button', { name: 'Freeze' }).click();
    const freeze = o.page.getByRole('dialog', { name: 'Freeze this chip · ADA' });
    await freeze.getByLabel('Reason').fill('Checking a report of farming');
    await freeze.getByRole('button', { name: 'Freeze' }).click();
    await o.page.getByText('This chip is frozen').waitFor();
    await o.page.getByText(/Checking a report of farming/).waitFor();
    await capture(o.page, 'chips-page-frozen-en');
    assert.deepEqual(o.problems, []);
    await o.context.close();

    await dialog.getByRole('button', { name: 'Give', exact: true }).click();
    await dialog.getByText('This chip is frozen: it cannot be minted, given, tipped or transferred for now.').waitFor();
    assert.equal((await grace.client.get('/api/wallet')).body.chips[0].amount, 25, 'nothing moved');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.reload();
    await page.getByText('This chip is frozen').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Give' }).count(), 0);
    assert.deepEqual(await seriousViolations(page), []);
    assert.deepEqual(adaPage.problems, []);
    const audit = await owner.get('/api/admin/ledger/audit');
    assert.equal(audit.body.ok, true, JSON.stringify(audit.body.mismatches));
  });

  it('captures the admin chips page', async () => {
    const o = await pageFor(owner);
    await o.page.goto(`${app.url}/admin/chips`);
    await o.page.getByRole('heading', { level: 1, name: 'Chips' }).waitFor();
    await o.page.getByText('No requests waiting.').waitFor();
    await capture(o.page, 'chips-admin-en');
    assert.deepEqual(o.problems, []);
    await o.context.close();
  });

  for (const language of ['en', 'zh-TW'] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`captures the chip list and page in ${language}, ${colorScheme}`, async () => {
        const { page, problems, context } = await pageFor(ada.client, language, colorScheme);
        await page.goto(`${app.url}/chips`);
        await page
          .getByRole('list', { name: language === 'en' ? 'All chips' : '所有籌碼' })
          .getByRole('link')
          .first()
          .waitFor();
        await capture(page, `chips-list-${language}-${colorScheme}`);
        await page.goto(`${app.url}/chips/ADA`);
        await page.getByTestId('chip-supply').waitFor();
        await capture(page, `chips-page-${language}-${colorScheme}`);
        assert.deepEqual(problems, [], `problems on the ${language} ${colorScheme} chip pages`);
        await context.close();
      });
    }
  }
});
