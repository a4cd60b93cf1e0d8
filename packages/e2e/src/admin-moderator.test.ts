/**
 * A moderator in the admin console, in a real browser against a real Hearth (zh-CN): they
 * see only the members console and the content calendar, can read a member's details and
 * history but not change them, and the owner-only outbox tells them why it is closed.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { registerMember, setUpCommunity, type TestApp } from '@hearth/server/testing';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, launchBrowser, newContext, watchPage } from './support/browser.js';
import { capture } from './support/capture.js';
import { startE2eServer } from './support/server.js';

describe('admin console for a moderator', () => {
  let app: TestApp;
  let browser: Browser;
  let moderator: Page;
  let problems: string[];
  let memberId = '';

  before(async () => {
    app = await startE2eServer();
    const owner = await setUpCommunity(app, { locale: 'zh-CN', demo: true });
    const { member } = await registerMember(app, { displayName: '林晓雨', locale: 'zh-CN' });
    memberId = member.id;
    const tiers = await owner.get('/api/tiers');
    const paid = tiers.body.items.find((tier: { rank: number }) => tier.rank === 1);
    assert.equal((await owner.patch(`/api/admin/members/${memberId}`, { tierId: paid.id, reason: '第一次读书会就来帮忙' })).status, 200);

    const { client, member: mod } = await registerMember(app, { displayName: '周版主', locale: 'zh-CN' });
    assert.equal((await owner.patch(`/api/admin/members/${mod.id}`, { role: 'moderator', reason: '帮忙看成员' })).status, 200);
    browser = await launchBrowser();
    const context = await newContext(browser, { locale: 'zh-CN', viewport: DESKTOP });
    await context.addCookies([...client.cookies].map(([name, value]) => ({ name, value, url: app.url })));
    moderator = await context.newPage();
    problems = watchPage(moderator);
  });

  after(async () => {
    await browser?.close();
    await app?.close();
  });

  it('lists only the members console, the content calendar, the review queue and appeals among the sections', async () => {
    await moderator.goto(`${app.url}/admin`);
    const sections = moderator.getByRole('navigation', { name: '管理板块' }).getByRole('link');
    await sections.first().waitFor();
    assert.deepEqual(
      await sections.allTextContents(),
      ['成员', '内容日历', '审核队列', '申诉'],
      'moderators may schedule posts, decide held ones and appeals, so they see the calendar, the review queue and appeals',
    );
    await capture(moderator, 'admin-moderator-home-zh-CN');
  });

  it("shows a member's details and history without the controls to change them", async () => {
    await moderator.goto(`${app.url}/admin/members/${memberId}`);
    await moderator.getByText('版主只能查看，不能修改').waitFor();
    assert.equal(await moderator.getByRole('button', { name: '保存角色与等级' }).count(), 0);
    const change = moderator.getByRole('region', { name: '变更记录' }).getByRole('listitem').first();
    await change.getByText('第一次读书会就来帮忙').waitFor();
    await capture(moderator, 'admin-moderator-member-zh-CN');
  });

  it('says why the owner-only outbox is closed to them', async () => {
    await moderator.goto(`${app.url}/admin/outbox`);
    await moderator.getByRole('heading', { level: 1, name: '你的角色无法使用此板块' }).waitFor();
    await moderator.getByText('只有所有者可以使用此板块。').waitFor();
    assert.deepEqual(problems, []);
  });
});
