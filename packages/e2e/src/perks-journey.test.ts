/**
 * The perks marketplace in a real browser against a real Hearth (English, the job worker
 * running): the owner lists a brand perk priced in points through the form; Ada redeems it
 * with a note from its page; the owner fulfils it with a code from "Orders to fulfil"; Ada
 * sees the code in "My redemptions" and the hold in her wallet. Grace, a member seller,
 * sells a 1:1 call that Ada redeems and Grace fulfils: both wallet histories name the other.
 * Bob redeems and cancels, and gets his points back. Pages are captured on phone and
 * desktop, in en and zh-TW, light and dark, and axe finds nothing serious.
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
const PERK = 'Signed tour poster';

describe('perks journey', () => {
  let app: TestApp;
  let browser: Browser;
  let owner: ApiClient;
  let ada: Who;
  let grace: Who;
  let bob: Who;
  let perkId = '';
  const points = async (who: Who) => (await who.client.get('/api/wallet')).body.points.amount as number;

  async function pageFor(client: ApiClient, language: Language = 'en', colorScheme: 'light' | 'dark' = 'light') {
    const context: BrowserContext = await newContext(browser, { locale: language, viewport: DESKTOP, colorScheme });
    await context.addCookies([...client.cookies].map(([name, value]) => ({ name, value, url: app.url })));
    await context.addInitScript((chosen) => window.localStorage.setItem('hearth.language', chosen), language);
    const page = await context.newPage();
    return { page, problems: watchPage(page), context };
  }
  const grant = async (who: Who, amount: number) => {
    const res = await owner.post(
      '/api/admin/points/grant',
      { memberId: who.id, amount, reason: 'Welcome' },
      { 'idempotency-key': `e2e-perk-${who.id}` },
    );
    assert.equal(res.status, 201, JSON.stringify(res.body));
  };
  const member = async (displayName: string) => {
    const m = await registerMember(app, { displayName, locale: 'en' });
    return { client: m.client, id: m.member.id };
  };
  /** A form control by its label; a required field's label ends in a visual " *" (hidden from screen readers). */
  const field = (scope: Page, label: string) => scope.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`));
  async function expectA11y(page: Page, problems: string[]) {
    assert.deepEqual(await seriousViolations(page), []);
    assert.deepEqual(problems, []);
  }

  before(async () => {
    app = await startE2eServer({ worker: true });
    owner = await setUpCommunity(app, { locale: 'en' });
    ada = await member('Ada Lovelace');
    grace = await member('Grace Hopper');
    bob = await member('Bob Noyce');
    for (const who of [ada, bob]) await grant(who, 500);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await app?.close();
  });

  it('the owner lists a brand perk priced in points through the form', async () => {
    const { page, problems, context } = await pageFor(owner);
    await page.goto(`${app.url}/perks/new`);
    await page.getByRole('heading', { level: 1, name: 'List a perk' }).waitFor();
    await page.getByText('You are listing this for the community.').waitFor();
    await field(page, 'Title').fill(PERK);
    await page.getByLabel('Description (Markdown)', { exact: true }).fill('Signed by the whole band. **Ships in a tube.**');
    await field(page, 'Price').fill('120');
    await page.getByLabel('Stock (empty for unlimited)', { exact: true }).fill('3');
    await page.getByLabel('Per member limit (empty for none)', { exact: true }).fill('1');
    await capture(page, 'perks-form-en', ['phone', 'desktop']);
    await page.getByRole('button', { name: 'List it' }).click();
    await page.getByRole('heading', { level: 1, name: PERK }).waitFor();
    perkId = page.url().split('/perks/')[1]!;
    await page.getByText('Ships in a tube.').waitFor();
    await expectA11y(page, problems);
    await context.close();
  });

  it('Ada finds it in the marketplace and redeems it with a note after confirming', async () => {
    const { page, problems, context } = await pageFor(ada.client);
    await page.goto(`${app.url}/perks`);
    await page.getByRole('heading', { level: 1, name: 'Perks' }).waitFor();
    await page.getByRole('link', { name: new RegExp(PERK) }).waitFor();
    await capture(page, 'perks-browse-en', ['phone', 'desktop']);
    await expectA11y(page, problems);
    await page.getByRole('link', { name: new RegExp(PERK) }).click();
    await page.getByRole('heading', { level: 1, name: PERK }).waitFor();
    await page.getByRole('button', { name: 'Redeem', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Redeem “${PERK}”?` });
    await dialog.waitFor();
    await dialog.getByLabel('Note for the seller (optional)', { exact: true }).fill('Please ship to Taipei');
    await capture(page, 'perks-redeem-dialog-en', ['phone', 'desktop']);
    await dialog.getByRole('button', { name: 'Redeem for 120 Points' }).click();
    await page.getByRole('heading', { level: 1, name: 'My redemptions' }).waitFor();
    await page.getByText('Waiting for the seller').waitFor();
    assert.equal(await points(ada), 380);
    await context.close();
  });

  it('the owner fulfils it with a code; Ada sees the code and the hold in her wallet', async () => {
    const { page, problems, context } = await pageFor(owner);
    await page.goto(`${app.url}/perks/orders`);
    await page.getByRole('heading', { level: 1, name: 'Orders to fulfil' }).waitFor();
    const order = page.getByTestId('perk-order').filter({ hasText: PERK });
    await order.getByText('Buyer’s note: Please ship to Taipei').waitFor();
    await expectA11y(page, problems);
    await order.getByRole('button', { name: 'Fulfil' }).click();
    const dialog = page.getByRole('dialog', { name: 'Fulfil the order' });
    await dialog.getByLabel('Code', { exact: true }).fill('POSTER-42');
    await capture(page, 'perks-fulfil-dialog-en', ['phone', 'desktop']);
    await dialog.getByRole('button', { name: 'Fulfil' }).click();
    await page.getByText('Fulfilled. The buyer has been told.').waitFor();
    await context.close();

    const buyer = await pageFor(ada.client);
    await buyer.page.goto(`${app.url}/perks/redemptions`);
    await buyer.page.getByTestId('fulfilment-code').filter({ hasText: 'POSTER-42' }).waitFor();
    await capture(buyer.page, 'perks-redemptions-en', ['phone', 'desktop']);
    await buyer.page.goto(`${app.url}/wallet`);
    const history = buyer.page.getByRole('list', { name: 'History' });
    await history.getByText('Held for the community').waitFor();
    await history.getByText(PERK).first().waitFor();
    await expectA11y(buyer.page, buyer.problems);
    await buyer.context.close();
  });

  it('a member seller fulfils a 1:1 call, and both wallet histories name the other side', async () => {
    // The owner opens selling to members of the lowest tier on the admin economy page.
    const admin = await pageFor(owner);
    await admin.page.goto(`${app.url}/admin/earning`);
    const card = admin.page.getByTestId('perk-settings');
    await card.getByRole('heading', { name: 'Perks marketplace' }).waitFor();
    await field(admin.page, 'Who may list their own perks').selectOption({ index: 1 });
    await card.getByRole('button', { name: 'Save marketplace rules' }).click();
    await admin.page.getByText('Marketplace rules saved').waitFor();
    await capture(admin.page, 'perks-settings-en', ['phone', 'desktop']);
    await expectA11y(admin.page, admin.problems);
    await admin.context.close();
    const lowest = Math.min(...((await owner.get('/api/perks/selling')).body.tiers as { rank: number }[]).map((tier) => tier.rank));
    assert.equal((await owner.get('/api/admin/perks/settings')).body.sellerMinTierRank, lowest);
    const points_ = (await grace.client.get('/api/wallet')).body.points.asset.id;
    const call = await grace.client.post('/api/perks', { title: 'Code review with Grace', kind: 'call', assetId: points_, price: 50 });
    assert.equal(call.status, 201, JSON.stringify(call.body));
    const buyer = await pageFor(ada.client);
    await buyer.page.goto(`${app.url}/perks/${call.body.id}`);
    await buyer.page.getByRole('button', { name: 'Redeem', exact: true }).click();
    await buyer.page.getByRole('dialog').getByRole('button', { name: 'Redeem for 50 Points' }).click();
    await buyer.page.getByRole('heading', { level: 1, name: 'My redemptions' }).waitFor();

    const seller = await pageFor(grace.client);
    await seller.page.goto(`${app.url}/perks/orders`);
    const order = seller.page.getByTestId('perk-order').filter({ hasText: 'Code review with Grace' });
    await order.getByRole('button', { name: 'Fulfil' }).click();
    const dialog = seller.page.getByRole('dialog', { name: 'Fulfil the order' });
    await dialog.getByLabel('Note', { exact: true }).fill('Thursday 15:00, link sent by DM');
    await dialog.getByRole('button', { name: 'Fulfil' }).click();
    await seller.page.getByText('Fulfilled. The buyer has been told.').waitFor();
    await seller.page.goto(`${app.url}/wallet`);
    await seller.page.getByRole('list', { name: 'History' }).getByText('Redemption paid by Ada Lovelace').waitFor();
    assert.equal(await points(grace), 50);
    await buyer.page.goto(`${app.url}/wallet`);
    await buyer.page.getByRole('list', { name: 'History' }).getByText('Held for Grace Hopper').waitFor();
    await capture(buyer.page, 'perks-wallet-en', ['phone', 'desktop']);
    assert.deepEqual([...buyer.problems, ...seller.problems], []);
    await buyer.context.close();
    await seller.context.close();
  });

  it('Bob redeems and cancels, and gets his points back', async () => {
    const seen = await bob.client.get(`/api/perks/${perkId}`);
    assert.equal(seen.status, 200, `${perkId}: ${JSON.stringify(seen.body)}`);
    const { page, problems, context } = await pageFor(bob.client);
    await page.goto(`${app.url}/perks/${perkId}`);
    await page.getByRole('button', { name: 'Redeem', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Redeem for 120 Points' }).click();
    await page.getByRole('heading', { level: 1, name: 'My redemptions' }).waitFor();
    assert.equal(await points(bob), 380);
    const order = page.getByTestId('perk-order').filter({ hasText: PERK });
    await order.getByRole('button', { name: 'Cancel redemption' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel redemption' }).click();
    await page.getByText('Cancelled. The price is back in your wallet.').waitFor();
    await order.getByText('Cancelled', { exact: true }).waitFor();
    assert.equal(await points(bob), 500);
    await page.goto(`${app.url}/wallet`);
    await page.getByRole('list', { name: 'History' }).getByText('Returned (order to the community)').waitFor();
    assert.deepEqual(problems, []);
    await context.close();
    const audit = await owner.get('/api/admin/ledger/audit');
    assert.equal(audit.body.ok, true, JSON.stringify(audit.body.mismatches));
  });

  for (const language of ['en', 'zh-TW'] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`captures the marketplace and a perk in ${language}, ${colorScheme}`, async () => {
        const { page, problems, context } = await pageFor(ada.client, language, colorScheme);
        await page.goto(`${app.url}/perks`);
        await page.locator('main ul li').first().waitFor();
        await capture(page, `perks-browse-${language}-${colorScheme}`);
        await page.goto(`${app.url}/perks/${perkId}`);
        await page.getByTestId('perk-price').waitFor();
        await capture(page, `perks-detail-${language}-${colorScheme}`);
        assert.deepEqual(problems, [], `problems on the ${language} ${colorScheme} perks pages`);
        await context.close();
      });
    }
  }
});
