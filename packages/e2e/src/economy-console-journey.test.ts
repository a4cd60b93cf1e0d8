/**
 * The economy console in a real browser against a real Hearth (English, then zh-TW): members
 * trade points in a round trip and five new accounts feed one member; the owner opens
 * /admin/economy, runs "verify now", scans and sees the flags, dismisses one with a reason,
 * freezes a wallet, reverses a flagged transfer from the flag, and opens transparency; a
 * member then verifies their wallet on /economy/transparency. Pages are captured at phone
 * and desktop sizes, light and dark, and axe finds nothing serious.
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

describe('economy console journey', () => {
  let app: TestApp;
  let browser: Browser;
  let owner: ApiClient;
  let ann: Who;
  let ben: Who;
  let pointsId: string;
  let ownerPage: { page: Page; problems: string[]; context: BrowserContext };

  async function pageFor(client: ApiClient, language: Language = 'en', colorScheme: 'light' | 'dark' = 'light') {
    const context: BrowserContext = await newContext(browser, { locale: language, viewport: DESKTOP, colorScheme });
    await context.addCookies([...client.cookies].map(([name, value]) => ({ name, value, url: app.url })));
    await context.addInitScript((chosen) => window.localStorage.setItem('hearth.language', chosen), language);
    const page = await context.newPage();
    return { page, problems: watchPage(page), context };
  }

  async function member(name: string, points: number): Promise<Who> {
    const m = await registerMember(app, { displayName: name, locale: 'en' });
    if (points > 0) {
      const res = await owner.post(
        '/api/admin/points/grant',
        { memberId: m.member.id, amount: points, reason: 'welcome' },
        { 'idempotency-key': `e2e-${name.replace(/\W+/g, '-')}` },
      );
      assert.equal(res.status, 201, JSON.stringify(res.body));
    }
    return { client: m.client, id: m.member.id };
  }

  const pay = (from: Who, to: Who, amount: number) =>
    app.hearth.modules.ledger.service.transfer(app.hearth.platform.db, {
      assetId: pointsId,
      from: { memberId: from.id },
      to: { memberId: to.id },
      amount,
      kind: 'transfer',
      initiatorId: from.id,
    });

  before(async () => {
    app = await startE2eServer({ worker: true });
    owner = await setUpCommunity(app, { locale: 'en' });
    pointsId = (await owner.get('/api/wallet')).body.points.asset.id as string;
    ann = await member('Ann Round', 1000);
    ben = await member('Ben Trip', 1000);
    await pay(ann, ben, 400);
    await pay(ben, ann, 390);
    const farm = await member('Fay Farm', 0);
    for (let i = 0; i < 5; i++) await pay(await member(`Sock ${i}`, 30), farm, 30);
    browser = await launchBrowser();
    ownerPage = await pageFor(owner);
  });

  after(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows supply, holders and flows, and verifies the ledger on demand', async () => {
    const { page } = ownerPage;
    await page.goto(`${app.url}/admin/economy`);
    await page.getByRole('heading', { level: 1, name: 'Economy' }).waitFor();
    await page.getByText('Top 10 share').first().waitFor();
    await page.getByRole('button', { name: 'Verify now' }).click();
    await page.getByText('Everything adds up').waitFor();
    await page.getByText(/transfers, \d+ accounts, checked in \d+ ms/).waitFor();
    await page.getByRole('button', { name: '90 days' }).first().click();
    await page.getByRole('button', { name: '90 days', pressed: true }).first().waitFor();
    await capture(page, 'economy-console-en');
  });

  it('scans for patterns, lists the flags and dismisses one with a reason', async () => {
    const { page } = ownerPage;
    await page.getByRole('button', { name: 'Scan now' }).click();
    await page.getByText(/new flags \(\d+ movements read\)/).waitFor();
    await page.getByText('Round trip', { exact: true }).waitFor();
    await page.getByText('Many accounts to one', { exact: true }).waitFor();
    await capture(page, 'economy-flags-en');
    const manyToOne = page.getByRole('listitem').filter({ hasText: 'Many accounts to one' });
    await manyToOne.getByRole('button', { name: 'Dismiss' }).click();
    const dialog = page.getByRole('dialog', { name: 'Dismiss this flag' });
    await dialog.getByLabel('Reason').fill('A class paying for a shared workshop');
    await dialog.getByRole('button', { name: 'Dismiss' }).click();
    await page.getByText('Flag dismissed.').waitFor();
    await page.getByText('Many accounts to one', { exact: true }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Dismissed', pressed: false }).click();
    await page.getByText(/A class paying for a shared workshop/).waitFor();
    await page.getByRole('button', { name: 'Open', pressed: false }).click();
  });

  it('reverses a flagged transfer from the flag and freezes a wallet', async () => {
    const { page } = ownerPage;
    const roundTrip = page.getByRole('listitem').filter({ hasText: 'Round trip' }).first();
    await roundTrip.getByText(/^2 transfers$/).click();
    await roundTrip.getByRole('button', { name: 'Reverse…' }).first().click();
    const reverseCard = page.getByRole('region', { name: 'Reverse a transfer' });
    await reverseCard.getByRole('button', { name: 'Look up' }).click();
    await reverseCard.getByText(/400 POINTS from Ann Round to Ben Trip/).waitFor();
    await reverseCard.getByLabel('Reason').fill('Wash trade between two accounts');
    await reverseCard.getByRole('button', { name: 'Reverse transfer' }).click();
    await page.getByRole('dialog', { name: 'Reverse this transfer?' }).getByRole('button', { name: 'Reverse transfer' }).click();
    await page.getByText('This transfer was already reversed.').waitFor();
    const wallets = async () => [
      (await ann.client.get('/api/wallet')).body.points.amount,
      (await ben.client.get('/api/wallet')).body.points.amount,
    ];
    assert.deepEqual(await wallets(), [1390, 610]);

    // Scoped to its card: the flag dialog's closed <dialog> keeps its own "Reason" field in the page.
    const freezeCard = page.getByRole('region', { name: 'Freeze a wallet' });
    await freezeCard.getByLabel('Find a member').fill('Ben');
    await freezeCard.getByRole('list', { name: 'Members found' }).getByText('Ben Trip').click();
    await freezeCard.getByLabel('Reason').fill('Paused while we look into the round trip');
    await freezeCard.getByRole('button', { name: 'Freeze wallet' }).click();
    await page.getByText("Ben Trip's wallet is frozen.").waitFor();
    await page.getByText('Frozen', { exact: true }).first().waitFor();
    await capture(page, 'economy-actions-en');
    const refused = await pay(ben, ann, 1).then(
      () => 'moved',
      (error: Error) => error.message,
    );
    assert.match(refused, /account_frozen/);
    const log = (await owner.get('/api/admin/audit?limit=20')).body.items.map((e: { action: string }) => e.action);
    for (const action of ['economy.verify', 'economy.flag.dismiss', 'economy.transfer.reverse', 'economy.wallet.freeze'])
      assert.ok(log.includes(action), action);
    assert.deepEqual(await seriousViolations(page), []);
  });

  it('lets members verify their wallet once the owner opens transparency', async () => {
    const a = await pageFor(ann.client);
    await a.page.goto(`${app.url}/economy/transparency`);
    await a.page.getByText('Not open to members').waitFor();
    const { page } = ownerPage;
    await page.getByLabel('Members may see supply and verify their wallet').check();
    await page.getByText('Members can now see the transparency page.').waitFor();
    await a.page.reload();
    await a.page.getByRole('heading', { level: 1, name: 'Economy transparency' }).waitFor();
    await a.page.getByRole('button', { name: 'Verify my wallet' }).click();
    await a.page.getByText('Your wallets match the ledger.').waitFor();
    await capture(a.page, 'economy-transparency-en');
    assert.deepEqual(a.problems, []);
    await a.context.close();
    assert.deepEqual(ownerPage.problems, []);
    const audit = await owner.get('/api/admin/ledger/audit');
    assert.equal(audit.body.ok, true, JSON.stringify(audit.body.mismatches));
  });

  for (const [language, colorScheme] of [
    ['zh-TW', 'dark'],
    ['zh-CN', 'light'],
  ] as const) {
    it(`captures the console and the transparency page in ${language}, ${colorScheme}`, async () => {
      const o = await pageFor(owner, language, colorScheme);
      await o.page.goto(`${app.url}/admin/economy`);
      await o.page.getByRole('heading', { level: 1, name: language === 'zh-TW' ? '經濟' : '经济' }).waitFor();
      await o.page.getByRole('button', { name: language === 'zh-TW' ? '立即驗證' : '立即验证' }).click();
      await o.page.getByText(language === 'zh-TW' ? '全部核對無誤' : '全部核对无误').waitFor();
      await capture(o.page, `economy-console-${language}-${colorScheme}`);
      assert.deepEqual(o.problems, []);
      await o.context.close();
      const m = await pageFor(ann.client, language, colorScheme);
      await m.page.goto(`${app.url}/economy/transparency`);
      await m.page.getByRole('button', { name: language === 'zh-TW' ? '驗證我的錢包' : '验证我的钱包' }).click();
      await m.page.getByText(language === 'zh-TW' ? '你的錢包與帳本一致。' : '你的钱包与账本一致。').waitFor();
      await capture(m.page, `economy-transparency-${language}-${colorScheme}`);
      assert.deepEqual(m.problems, []);
      await m.context.close();
    });
  }
});
