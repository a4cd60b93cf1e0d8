/**
 * A newcomer's first day, in a real browser against a real Hearth: the owner sets up a
 * community with demo members (zh-TW) and makes an invite link for their Instagram bio; the
 * newcomer joins through it, walks through onboarding, edits their profile, finds a demo
 * member by typing Simplified Chinese, and looks at their devices. Every page is captured
 * at phone and desktop sizes and checked with axe-core.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { registerMember, type ApiClient, type TestApp } from '@hearth/server/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { writeAvatarPng } from './support/avatar-png.js';
import { DESKTOP, launchBrowser, newContext, watchPage } from './support/browser.js';
import { capture, settle } from './support/capture.js';
import { captureMemberPagesIn, captureOnboardingIn } from './support/member-tour.js';
import { startE2eServer } from './support/server.js';

const OWNER = { name: '爐主阿明', email: 'owner@hearth.example', password: 'plum-lantern-orbit-73' };
const NEWCOMER = { name: '陳小安', email: 'xiaoan@hearth.example', password: 'jade-kettle-river-58' };
const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

describe('member journey', () => {
  let app: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];
  let owner: ApiClient;
  let newcomerId = '';

  before(async () => {
    app = await startE2eServer();
    browser = await launchBrowser();
    context = await newContext(browser, { locale: 'zh-TW', viewport: DESKTOP });
    page = await context.newPage();
    problems = watchPage(page);
  });

  after(async () => {
    await browser?.close();
    await app?.close();
  });

  it('sets up a community with demo members through the wizard (zh-TW)', async () => {
    await page.goto(`${app.url}/`);
    await page.waitForURL('**/setup');
    await page.getByLabel('社群名稱').fill('爐邊讀書會');
    await page.locator('main').getByText('繁體中文', { exact: true }).click();
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByLabel('顯示名稱').fill(OWNER.name);
    await page.getByLabel('電子郵件').fill(OWNER.email);
    await page.getByLabel(/^密碼/).fill(OWNER.password);
    assert.equal(await page.getByRole('checkbox', { name: '載入示範社群' }).isChecked(), true);
    await page.getByRole('button', { name: '建立社群' }).click();
    await page.waitForURL(`${app.url}/`);

    owner = app.client({ locale: 'zh-TW' });
    assert.equal((await owner.post('/api/auth/login', { email: OWNER.email, password: OWNER.password })).status, 200);
  });

  it('joins through an invite link for the Instagram bio', async () => {
    const invite = await owner.post('/api/invites', { source: 'instagram-bio' });
    assert.equal(invite.status, 201, JSON.stringify(invite.body));

    await page.getByRole('button', { name: '登出' }).click();
    await page.waitForURL('**/login');
    await page.goto(`${app.url}/join/${invite.body.code}`);
    await page.getByLabel('顯示名稱').fill(NEWCOMER.name);
    await page.getByLabel('電子郵件').fill(NEWCOMER.email);
    await page.getByLabel(/^密碼/).fill(NEWCOMER.password);
    await page.getByRole('button', { name: '建立帳號' }).click();
    await page.waitForURL('**/welcome');
  });

  it('goes through onboarding: welcome, interests, photo, introduction', async () => {
    await page.getByRole('heading', { name: '來自爐邊讀書會的歡迎' }).waitFor();
    await capture(page, 'onboarding-1-welcome-zh-TW');
    await page.getByRole('button', { name: '開始吧' }).click();

    await page.getByRole('heading', { name: '你對什麼有興趣？' }).waitFor();
    await page.getByRole('button', { name: '繼續' }).click();
    await page.getByText('請先在個人檔案中選擇至少一個興趣。').waitFor();
    await page
      .locator('label')
      .filter({ hasText: /^讀書$/ })
      .click();
    await page
      .locator('label')
      .filter({ hasText: /^咖啡$/ })
      .click();
    await capture(page, 'onboarding-2-interests-zh-TW');
    await page.getByRole('button', { name: '繼續' }).click();

    await page.getByRole('heading', { name: '讓大家認識你' }).waitFor();
    await page.locator('input[type=file]').setInputFiles(await writeAvatarPng());
    await page.locator('img[src^="/api/avatars/"]').first().waitFor();
    await capture(page, 'onboarding-3-profile-zh-TW');
    await page.getByRole('button', { name: '繼續' }).click();

    await page.getByRole('heading', { name: '自我介紹', exact: true }).waitFor();
    await page.getByLabel('你的自我介紹').fill('大家好，我是小安！平常在咖啡店看書，最近在讀村上春樹。歡迎找我聊書和手沖咖啡。');
    await capture(page, 'onboarding-4-introduce-zh-TW');
    await page.getByRole('button', { name: '完成' }).click();
    await page.waitForURL(`${app.url}/`);

    const me = await page.evaluate(
      async () => (await (await fetch('/api/me')).json()) as { member: { id: string; onboardingDone: boolean } },
    );
    assert.equal(me.member.onboardingDone, true);
    newcomerId = me.member.id;
  });

  it('edits the profile, with field errors where they belong', async () => {
    await page
      .getByRole('link', { name: new RegExp(NEWCOMER.name) })
      .first()
      .click();
    await page.waitForURL(`**/members/${newcomerId}`);
    await page.getByRole('link', { name: '編輯個人檔案' }).click();
    await page.waitForURL('**/me/edit');

    const avatarInput = page.locator('input[type=file]');
    await avatarInput.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a picture') });
    await page.getByText('這個檔案不是 PNG、JPEG、WebP 或 GIF 圖片。').waitFor();
    await avatarInput.setInputFiles({ name: 'fake.png', mimeType: 'image/png', buffer: Buffer.from('not really a png') });
    await page.getByText('此檔案不是支援的圖片格式（PNG、JPEG、WebP 或 GIF）。').waitFor();

    await page.getByLabel('所在地').fill('台北');
    await page.getByRole('button', { name: '新增連結' }).click();
    await page.getByLabel('名稱 1').fill('Instagram');
    await page.getByLabel('網址 1').fill('instagram.com/xiaoan');
    const timeZone = page.getByRole('combobox', { name: '時區' });
    await timeZone.fill('Taipei');
    await timeZone.press('Enter');
    assert.match(await timeZone.inputValue(), /^Asia\/Taipei/);
    await page.getByRole('button', { name: '儲存個人檔案' }).click();
    await page.getByLabel('網址 1').and(page.locator('[aria-invalid="true"]')).waitFor();
    await capture(page, 'profile-edit-error-zh-TW', ['phone']);

    await page.getByLabel('網址 1').fill('https://instagram.com/xiaoan');
    await page.getByRole('button', { name: '儲存個人檔案' }).click();
    await page.waitForURL(`**/members/${newcomerId}`);
    const link = page.getByRole('link', { name: /Instagram/ });
    assert.equal(await link.getAttribute('rel'), 'noopener noreferrer nofollow ugc');
    assert.equal(await link.getAttribute('target'), '_blank');
    await page.getByText('台北').first().waitFor();
  });

  it('pages through the directory and comes back to the same place', async () => {
    for (let index = 1; index <= 8; index += 1) await registerMember(app, { displayName: `讀者${index}號` });
    await page.getByLabel('語言').first().selectOption('zh-CN');
    await page.getByRole('link', { name: '成员', exact: true }).first().click();
    await page.waitForURL('**/members');
    const cards = page.locator('main li a[href^="/members/"]');
    await cards.nth(19).waitFor();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await cards.nth(21).waitFor();
    const oldest = cards.nth(21);
    await oldest.scrollIntoViewIfNeeded();
    const scrolledTo = await page.evaluate(() => window.scrollY);
    assert.ok(scrolledTo > 300, `the directory should scroll (scrollY ${scrolledTo})`);

    await oldest.click();
    await page.getByRole('heading', { level: 1, name: '林怡君' }).waitFor();
    await page.goBack();
    await page.waitForURL(/\/members$/);
    await cards.nth(21).waitFor();
    const restored = await page.evaluate(() => window.scrollY);
    assert.ok(Math.abs(restored - scrolledTo) < 40, `scroll restored to ${restored}, expected about ${scrolledTo}`);
  });

  it('finds 張雅婷 by typing Simplified 张, and keeps the search on the way back', async () => {
    await page.getByRole('searchbox', { name: '按名字搜索成员' }).fill('张');
    await page.waitForURL(/\/members\?q=%E5%BC%A0$/);
    const card = page.getByRole('link', { name: /張雅婷/ });
    await card.waitFor();
    await capture(page, 'members-search-zh-CN');

    await card.click();
    await page.getByRole('heading', { level: 1, name: '張雅婷' }).waitFor();
    await capture(page, 'member-profile-demo-zh-CN');

    await page.goBack();
    await page.waitForURL(/\/members\?q=%E5%BC%A0$/);
    assert.equal(await page.getByRole('searchbox', { name: '按名字搜索成员' }).inputValue(), '张');
    await card.waitFor();

    // The rail's search looks through everything: the member comes first.
    const railSearch = page.getByRole('search').getByLabel('搜索', { exact: true });
    await railSearch.fill('雅婷');
    await railSearch.press('Enter');
    await page.waitForURL(/\/search\?q=%E9%9B%85%E5%A9%B7$/);
    await page
      .getByRole('region', { name: '“雅婷”的搜索结果' })
      .getByRole('link', { name: /張雅婷/ })
      .waitFor();
    await capture(page, 'search-member-zh-CN');
    await page.goBack();
    await page.waitForURL(/\/members\?q=/);
    await card.waitFor();

    await page.getByRole('searchbox', { name: '按名字搜索成员' }).fill('不存在的名字');
    await page.getByText('没有找到与“不存在的名字”匹配的成员').waitFor();
    await capture(page, 'members-no-match-zh-CN', ['phone']);
  });

  it('shows the not-found state for an unknown member', async () => {
    await page.goto(`${app.url}/members/no-such-member`);
    await page.getByRole('heading', { level: 1, name: '找不到这位成员' }).waitFor();
    await capture(page, 'member-not-found-zh-CN', ['phone']);
  });

  it('lists the signed-in devices and signs one out', async () => {
    const phone = app.client();
    const login = await phone.post('/api/auth/login', { email: NEWCOMER.email, password: NEWCOMER.password }, { 'user-agent': IPHONE });
    assert.equal(login.status, 200);
    await page.getByRole('link', { name: '设置', exact: true }).first().click();
    await page.waitForURL('**/settings');
    await page.getByText('当前设备').waitFor();
    await page.getByText('iOS 上的 Safari').waitFor();
    await capture(page, 'settings-devices-zh-CN');

    await page.getByRole('button', { name: '让iOS 上的 Safari退出登录' }).click();
    await page.getByText('该设备已退出登录').waitFor();
    await page.getByText('iOS 上的 Safari').waitFor({ state: 'detached' });
    assert.equal((await phone.get('/api/me')).status, 401);
    await settle(page);
  });

  it('records that the newcomer came from the Instagram bio', async () => {
    const members = await owner.get(`/api/admin/members?q=${encodeURIComponent(NEWCOMER.name)}`);
    assert.equal(members.status, 200);
    const newcomer = members.body.items.find((member: { id: string }) => member.id === newcomerId);
    assert.equal(newcomer?.source, 'instagram-bio');
  });

  it('looks right in every language, light and dark', async () => {
    const cookies = await context.cookies();
    for (const language of ['zh-TW', 'zh-CN', 'en'] as const) {
      await captureMemberPagesIn(browser, { baseUrl: app.url, cookies, language, memberId: newcomerId });
    }
    await captureMemberPagesIn(browser, { baseUrl: app.url, cookies, language: 'zh-TW', memberId: newcomerId, isDark: true });
    for (const language of ['zh-CN', 'en'] as const) await captureOnboardingIn(browser, app, language);
  });

  it('signs out everywhere, after asking', async () => {
    await page.goto(`${app.url}/settings`);
    await page.getByRole('button', { name: '退出所有设备' }).click();
    await page.getByRole('dialog', { name: '要退出所有设备吗？' }).waitFor();
    await capture(page, 'settings-sign-out-everywhere-zh-CN', ['phone']);
    await page.getByRole('dialog').getByRole('button', { name: '退出所有设备' }).click();
    await page.waitForURL('**/login');
    assert.equal(await page.evaluate(async () => (await fetch('/api/me')).status), 401);
    assert.deepEqual(problems, []);
  });
});
