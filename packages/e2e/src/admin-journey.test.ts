/**
 * An owner runs the community from the admin console, in a real browser against a real
 * Hearth (zh-CN, with demo members): switches the join policy to "application" with two
 * questions; a visitor applies and waits; the owner reads the answers and approves with the
 * keyboard; the applicant is in. Then an invite link for a YouTube video with its QR code, a
 * renamed tier, and the approval mail in the outbox. Every console page is captured in
 * zh-TW, zh-CN and English at phone and desktop sizes and checked with axe-core.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { OWNER, registerMember, setUpCommunity, type ApiClient, type TestApp } from '@hearth/server/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { captureAdminPagesIn } from './support/admin-tour.js';
import { DESKTOP, launchBrowser, newContext, screenshot, seriousViolations, watchPage } from './support/browser.js';
import { capture, settle } from './support/capture.js';
import { startE2eServer } from './support/server.js';

const APPLICANT = { name: '林晓雨', email: 'xiaoyu@hearth.example', password: 'rainy-day-reading-2026' };
const QUESTIONS = ['你是怎么知道我们的？', '你最近在读什么书？'];
const ANSWERS = ['朋友在小红书推荐的', '《额尔古纳河右岸》'];
const LATER_APPLICANT = { displayName: '陈思远', locale: 'zh-CN', answers: ['在豆瓣小组看到的', '《长安的荔枝》'] };

describe('admin journey', () => {
  let app: TestApp;
  let browser: Browser;
  let ownerContext: BrowserContext;
  let owner: Page;
  let ownerProblems: string[];
  let applicantId = '';
  let ownerApi: ApiClient;
  let applicantContext: BrowserContext;
  let applicant: Page;

  before(async () => {
    app = await startE2eServer();
    ownerApi = await setUpCommunity(app, { locale: 'zh-CN', demo: true });
    browser = await launchBrowser();
    ownerContext = await newContext(browser, { locale: 'zh-CN', viewport: DESKTOP });
    owner = await ownerContext.newPage();
    ownerProblems = watchPage(owner);
  });

  after(async () => {
    await browser?.close();
    await app?.close();
  });

  it('signs the owner in and opens the console from the rail', async () => {
    await owner.goto(`${app.url}/login`);
    await owner.getByLabel('电子邮箱').fill(OWNER.email);
    await owner.getByLabel(/^密码/).fill(OWNER.password);
    await owner.getByRole('button', { name: '登录', exact: true }).click();
    await owner.waitForURL(`${app.url}/`);
    await owner.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '管理' }).click();
    await owner.waitForURL('**/admin');
    await owner.getByRole('heading', { level: 1, name: '管理' }).waitFor();
  });

  it('switches the join policy to application with two questions', async () => {
    await owner.getByRole('navigation', { name: '管理板块' }).getByRole('link', { name: '加入方式' }).click();
    await owner.waitForURL('**/admin/join');
    await owner.getByText('申请制', { exact: true }).click();
    for (const [index, question] of QUESTIONS.entries()) {
      await owner.getByRole('button', { name: '添加问题' }).click();
      await owner.getByLabel(`问题 ${index + 1}`, { exact: true }).fill(question);
    }
    await owner.getByRole('button', { name: '保存更改' }).click();
    await owner.getByText('已保存加入方式').waitFor();
    await capture(owner, 'admin-journey-join-policy-saved-zh-CN', ['desktop']);

    const community = await app.client().get('/api/community');
    assert.equal(community.body.joinPolicy, 'application');
    assert.deepEqual(community.body.questions, QUESTIONS);
  });

  it('lets a visitor apply by answering the questions, and keeps them waiting', async () => {
    applicantContext = await newContext(browser, { locale: 'zh-CN', viewport: DESKTOP });
    applicant = await applicantContext.newPage();
    const visitor = applicant;
    const problems = watchPage(visitor);
    await visitor.goto(`${app.url}/register`);
    await visitor.getByLabel('昵称').fill(APPLICANT.name);
    await visitor.getByLabel('电子邮箱').fill(APPLICANT.email);
    await visitor.getByLabel(/^密码/).fill(APPLICANT.password);
    for (const [index, question] of QUESTIONS.entries()) await visitor.getByLabel(question).fill(ANSWERS[index]!);
    await visitor.getByRole('button', { name: '提交申请' }).click();
    await visitor.waitForURL('**/application-status');
    await visitor.getByText('等待审核', { exact: true }).waitFor();
    await capture(visitor, 'admin-journey-applicant-waiting-zh-CN');

    applicantId = await visitor.evaluate(() =>
      fetch('/api/me')
        .then((response) => response.json())
        .then((body) => body.member.id as string),
    );
    assert.ok(applicantId);
    assert.deepEqual(problems, []);
    // A second applicant arrives later, so the queue has two and stays non-empty for the screenshots.
    await registerMember(app, LATER_APPLICANT);
  });

  it('shows the owner the answers and approves with the keyboard (j to move, a to approve)', async () => {
    await owner
      .getByRole('navigation', { name: '管理板块' })
      .getByRole('link', { name: /入会申请/ })
      .click();
    await owner.waitForURL('**/admin/applications');
    const card = owner.getByRole('article', { name: APPLICANT.name });
    await card.waitFor();
    for (const [index, question] of QUESTIONS.entries()) {
      assert.equal(await card.getByRole('term').nth(index).textContent(), question);
      assert.equal(await card.getByRole('definition').nth(index).textContent(), ANSWERS[index]);
    }
    await capture(owner, 'admin-journey-application-answers-zh-CN');
    await owner.getByRole('article', { name: LATER_APPLICANT.displayName }).waitFor();
    await owner.locator('body').click({ position: { x: 5, y: 5 } });
    await owner.keyboard.press('j');
    assert.equal(await card.getAttribute('aria-current'), 'true', 'j did not move to the next application');
    await owner.keyboard.press('a');
    await owner.getByText(`已通过 ${APPLICANT.name} 的申请`).waitFor();
    await card.waitFor({ state: 'detached' });
    assert.equal(await owner.getByRole('article').count(), 1);
  });

  it('lets the applicant in once they reload', async () => {
    await applicant.reload();
    await applicant.getByText('已通过', { exact: true }).waitFor();
    await applicant.getByRole('link', { name: '进入社群' }).click();
    await applicant.waitForURL((url) => url.pathname === '/' || url.pathname === '/welcome');
    await settle(applicant);
    assert.ok(!applicant.url().includes('application-status'), `the applicant still waits at ${applicant.url()}`);
    await screenshot(applicant, 'admin-journey-applicant-in-zh-CN-desktop');
    await applicantContext.close();
  });

  it('moves the new member to another tier with a reason, and shows it in their history', async () => {
    await owner.goto(`${app.url}/admin/members?status=active`);
    await owner.getByRole('link', { name: APPLICANT.name }).click();
    await owner.waitForURL(`**/admin/members/${applicantId}`);
    await owner.getByLabel('等级', { exact: true }).selectOption({ label: '会员' });
    await owner.getByLabel('原因', { exact: true }).fill('第一次读书会就来帮忙');
    await owner.getByRole('button', { name: '保存角色与等级' }).click();
    await owner.getByText(`已更新 ${APPLICANT.name}`).waitFor();
    const history = owner.getByRole('region', { name: '变更记录' });
    const tierChange = history.getByRole('listitem').filter({ hasText: '第一次读书会就来帮忙' });
    await tierChange.waitFor();
    assert.match((await tierChange.textContent()) ?? '', /等级\s*免费.*会员/);
    assert.ok((await history.textContent())?.includes('待审核'), 'the approval is missing from the history');
    await capture(owner, 'admin-journey-member-history-zh-CN');
  });

  it('filters members by source from the URL and moves them all to a tier at once', async () => {
    await owner.goto(`${app.url}/admin/members`);
    await owner.getByLabel('来源', { exact: true }).fill('youtube');
    await owner.waitForURL('**/admin/members?source=youtube');
    await owner.reload();
    assert.equal(await owner.getByLabel('来源', { exact: true }).inputValue(), 'youtube');
    const rows = owner.getByRole('table', { name: '成员' }).getByRole('row');
    await rows.nth(1).waitFor();
    const count = (await rows.count()) - 1;
    assert.ok(count >= 2, `expected demo members from youtube, found ${count}`);
    for (const text of await rows.allTextContents()) if (text.includes('@')) assert.match(text, /youtube/);

    await owner.getByRole('checkbox', { name: '选择所有显示中的成员' }).check();
    const bulk = owner.getByRole('region', { name: '调整所选成员的等级' });
    await bulk.getByText(`已选择 ${count} 位成员`).waitFor();
    await bulk.getByLabel('移到等级').selectOption({ label: '会员' });
    await bulk.getByLabel('原因').fill('视频观众专属活动');
    await capture(owner, 'admin-journey-members-bulk-zh-CN', ['desktop']);
    await bulk.getByRole('button', { name: '移动' }).click();
    await owner.getByText(`已将 ${count} 位成员移到“会员”`).waitFor();
    await bulk.waitFor({ state: 'detached' });
    const moved = await ownerApi.get('/api/admin/members?source=youtube&limit=100');
    assert.ok(
      moved.body.items.every((member: { tier: { name: string } }) => member.tier.name === '会员'),
      JSON.stringify(moved.body.items),
    );
  });

  it('explains why the only owner cannot step down', async () => {
    const me = await owner.evaluate(() => fetch('/api/me').then((response) => response.json()));
    await owner.goto(`${app.url}/admin/members/${me.member.id}`);
    await owner.getByLabel('角色', { exact: true }).selectOption({ label: '管理员' });
    await owner.getByRole('button', { name: '保存角色与等级' }).click();
    const refusal = owner.getByRole('alert').filter({ hasText: '社群至少需要一位所有者' });
    await refusal.getByText('请先任命另一位所有者').waitFor();
    await capture(owner, 'admin-journey-last-owner-refused-zh-CN', ['desktop']);
  });

  it('creates an invite for a YouTube video and shows its QR code', async () => {
    await owner.goto(`${app.url}/admin/invites`);
    await owner.getByLabel('来源', { exact: true }).fill('youtube-2026-11');
    await owner.getByLabel('使用次数上限').fill('500');
    await owner.getByRole('button', { name: '创建链接' }).click();
    const dialog = owner.getByRole('dialog', { name: '二维码' });
    const qr = dialog.getByRole('img', { name: /youtube-2026-11/ });
    await qr.waitFor();
    await owner.waitForFunction(() => ((document.querySelector('dialog[open] img') as HTMLImageElement | null)?.naturalWidth ?? 0) > 0);
    assert.ok(await qr.evaluate((img: HTMLImageElement) => img.naturalWidth > 0), 'the QR code image did not load');
    assert.equal(await dialog.getByRole('link', { name: '下载二维码图片' }).getAttribute('download'), 'invite-youtube-2026-11.svg');
    await screenshot(owner, 'admin-journey-invite-qr-zh-CN-desktop');
    assert.deepEqual(await seriousViolations(owner), []);
    await dialog.getByRole('button', { name: '关闭' }).click();
    const row = owner.getByRole('row', { name: /youtube-2026-11/ });
    await row.getByText('0 / 500').waitFor();
    await row.getByText('有效').waitFor();
  });

  it('revokes an invite after asking, since it cannot be undone', async () => {
    assert.equal((await ownerApi.post('/api/invites', { source: 'poster-2026-spring' })).status, 201);
    await owner.reload();
    const row = owner.getByRole('row', { name: /poster-2026-spring/ });
    await row.getByRole('button', { name: /撤销/ }).click();
    const confirm = owner.getByRole('dialog', { name: '要撤销 poster-2026-spring 吗？' });
    await confirm.getByText('此操作无法恢复').waitFor();
    await confirm.getByRole('button', { name: '撤销', exact: true }).click();
    await row.getByText('已撤销').waitFor();
    assert.equal(await row.getByRole('button', { name: /撤销/ }).count(), 0);
  });

  it('renames a tier', async () => {
    await owner.goto(`${app.url}/admin/tiers`);
    const vip = owner.getByRole('article', { name: /VIP/ });
    await vip.getByRole('button', { name: '编辑' }).click();
    await vip.getByLabel('名称').fill('VIP 书友');
    await vip.getByRole('button', { name: '保存更改' }).click();
    await owner.getByRole('heading', { name: 'VIP 书友' }).waitFor();
    const tiers = await app.client().get('/api/tiers');
    assert.ok(
      tiers.body.items.some((tier: { name: string }) => tier.name === 'VIP 书友'),
      JSON.stringify(tiers.body),
    );
  });

  it("refuses an accent colour too light to read, in the server's words", async () => {
    await owner.goto(`${app.url}/admin/community`);
    const hex = owner.getByLabel('主题色色值');
    await hex.fill('#fbbf24');
    await owner.getByText('颜色太浅').waitFor();
    await owner.getByRole('button', { name: '保存更改' }).click();
    await owner.getByText(/此颜色在白底上对比不足/).waitFor();
    assert.equal(await hex.getAttribute('aria-invalid'), 'true');
    await capture(owner, 'admin-journey-accent-low-contrast-zh-CN');
    await hex.fill('#0f766e');
    await owner.getByRole('button', { name: '保存更改' }).click();
    await owner.getByText('已保存社群设置').waitFor();
    assert.equal((await app.client().get('/api/community')).body.accentColor, '#0f766e');
  });

  it('adds a topic', async () => {
    await owner.goto(`${app.url}/admin/topics`);
    await owner.getByRole('button', { name: '添加话题' }).click();
    const row = owner.getByRole('main').getByRole('listitem').last();
    await row.getByRole('textbox').first().fill('播客');
    await row.getByRole('textbox').last().fill('podcasts');
    await owner.getByRole('button', { name: '保存更改' }).click();
    await owner.getByText('已保存话题').waitFor();
    const topics = await app.client().get('/api/topics');
    assert.deepEqual(topics.body.items.at(-1), { slug: 'podcasts', name: '播客' });
  });

  it('reads the approval email in the outbox', async () => {
    await owner.goto(`${app.url}/admin/outbox`);
    const mail = owner.getByRole('listitem').filter({ hasText: APPLICANT.email }).filter({ hasText: '申请通过' });
    await mail.locator('summary').click();
    await mail.getByText(`收件人：${APPLICANT.email}`).waitFor();
    assert.match((await mail.locator('.whitespace-pre-wrap').textContent()) ?? '', new RegExp(`${app.url}/`));
    await capture(owner, 'admin-journey-outbox-approval-zh-CN');
  });

  it('captures every console page in zh-TW, zh-CN and English', async () => {
    const cookies = await ownerContext.cookies();
    for (const language of ['zh-TW', 'zh-CN', 'en'] as const) {
      await captureAdminPagesIn(browser, { baseUrl: app.url, cookies, language, memberId: applicantId });
    }
    await captureAdminPagesIn(browser, { baseUrl: app.url, cookies, language: 'zh-TW', memberId: applicantId, isDark: true });
    assert.deepEqual(ownerProblems, []);
  });
});
