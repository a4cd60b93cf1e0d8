/**
 * Ad/spam detection and member reports in a real browser (English, the job worker running):
 * a new member's ad-like reply is held ("Pending review" for her, invisible to others);
 * another member reports an off-topic thread from its action row with a reason and a note;
 * the owner finds both in Admin → Review queue — the reply with its spam signals and scores,
 * the thread with its report count, reason and note — and removes both (the queue reads
 * empty only once the report is handled too); the reporter then sees "Your report was
 * handled" in her notifications. Axe finds nothing serious.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { registerMember, setUpCommunity, type ApiClient, type TestApp } from '@hearth/server/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DESKTOP, launchBrowser, newContext, seriousViolations, watchPage } from './support/browser.js';
import { capture } from './support/capture.js';
import { startE2eServer } from './support/server.js';

type Who = { client: ApiClient; id: string };
const AD = '兼職日結，微信 abc_12345';

describe('spam and reports journey', () => {
  let app: TestApp;
  let browser: Browser;
  let owner: ApiClient;
  let nina: Who;
  let grace: Who;
  let bob: Who;
  let graceThread = '';
  let bobThread = '';

  async function pageFor(client: ApiClient): Promise<{ page: Page; problems: string[]; context: BrowserContext }> {
    const context = await newContext(browser, { locale: 'en', viewport: DESKTOP });
    await context.addCookies([...client.cookies].map(([name, value]) => ({ name, value, url: app.url })));
    await context.addInitScript(() => window.localStorage.setItem('hearth.language', 'en'));
    const page = await context.newPage();
    return { page, problems: watchPage(page), context };
  }

  before(async () => {
    app = await startE2eServer({ worker: true });
    owner = await setUpCommunity(app, { locale: 'en' });
    const who = async (displayName: string): Promise<Who> => {
      const registered = await registerMember(app, { displayName, locale: 'en' });
      return { client: registered.client, id: registered.member.id };
    };
    nina = await who('Nina Newcomer');
    grace = await who('Grace Hopper');
    bob = await who('Bob Builder');
    // Established (trust level 1) after one published post (no tenure: the journey's clock does not move).
    const levels = (await owner.get('/api/admin/trust/settings')).body.levels as unknown[];
    const trust = await owner.patch('/api/admin/trust/settings', {
      levels: [{ days: 0, posts: 1, reactions: 0, maxFlags: 2 }, ...levels.slice(1)],
    });
    assert.equal(trust.status, 200, JSON.stringify(trust.body));
    const spaces = (await owner.get('/api/spaces')).body.spaces as { id: string; kind: string }[];
    const space = spaces.find((s) => s.kind === 'discussion')!.id;
    const post = async (client: ApiClient, title: string, body: string) => {
      const res = await client.post(`/api/spaces/${space}/posts`, { title, body });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      return res.body.post.id as string;
    };
    graceThread = await post(grace.client, 'Weekend hike', 'Who is coming on Saturday?');
    bobThread = await post(bob.client, 'My crypto course', 'Buy my course, it has nothing to do with this community.');
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await app?.close();
  });

  it('holds a new member’s ad-like reply: pending for her, invisible to others', async () => {
    const { page, problems, context } = await pageFor(nina.client);
    await page.goto(`${app.url}/posts/${graceThread}`);
    await page.getByRole('heading', { level: 1, name: 'Weekend hike' }).waitFor();
    await page.getByRole('textbox', { name: 'Reply to this thread' }).fill(AD);
    await page.getByRole('button', { name: 'Post reply' }).click();
    const reply = page.locator('li[id^="comment-"]', { hasText: 'abc_12345' });
    await reply
      .getByText(/Pending review/)
      .first()
      .waitFor();
    await capture(page, 'spam-reply-held-en', ['desktop']);
    const seen = (await bob.client.get(`/api/posts/${graceThread}/comments`)).body.items as { body: string }[];
    assert.ok(!seen.some((c) => c.body.includes('abc_12345')), 'others do not see it');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('a member reports an off-topic thread with a reason and a note', async () => {
    const { page, problems, context } = await pageFor(grace.client);
    await page.goto(`${app.url}/posts/${bobThread}`);
    await page.getByRole('heading', { level: 1, name: 'My crypto course' }).waitFor();
    await page.getByRole('button', { name: 'Report', exact: true }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Report this thread' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Off-topic' }).click();
    await dialog.getByLabel(/Anything the moderators should know/).fill('Selling a course, not about hiking');
    await capture(page, 'report-dialog-en', ['phone', 'desktop']);
    assert.deepEqual(await seriousViolations(page), []);
    await dialog.getByRole('button', { name: 'Send report' }).click();
    await page.getByText('Report sent to the moderators').waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('the owner sees both in the review queue with signals and reasons, and removes the thread', async () => {
    const { page, problems, context } = await pageFor(owner);
    await page.goto(`${app.url}/admin/review-queue`);
    const group = page.getByTestId('report-group').first();
    await group.getByText('Off-topic × 1').waitFor();
    await group.getByText('Selling a course, not about hiking').waitFor();
    const held = page.getByTestId('held-item').first();
    const signals = held.getByTestId('spam-signals');
    await signals.getByText(/WeChat ID \+30/).waitFor();
    await signals.getByText(/Lure words/).waitFor();
    await capture(page, 'review-queue-spam-reports-en', ['phone', 'desktop']);
    assert.deepEqual(await seriousViolations(page), []);
    // The held reply first: with only the report left, the queue is not "empty".
    await held.getByRole('button', { name: 'Remove…' }).click();
    await held.getByLabel(/Why it is removed/).fill('Advertising');
    await held.getByRole('button', { name: 'Remove', exact: true }).click();
    await page.getByTestId('held-item').waitFor({ state: 'detached' });
    await group.waitFor();
    assert.equal(await page.getByText('Nothing is waiting for review.').count(), 0, 'reports are waiting');
    await group.getByRole('button', { name: 'Remove content' }).click();
    await group.getByLabel(/Why it is removed/).fill('Advertising');
    await group.getByRole('button', { name: 'Remove', exact: true }).click();
    await page.getByTestId('report-group').waitFor({ state: 'detached' });
    await page.getByText('Nothing is waiting for review.').waitFor();
    assert.equal((await grace.client.get(`/api/posts/${bobThread}`)).status, 404, 'the thread is gone');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('the reporter is told the report was handled', async () => {
    const { page, problems, context } = await pageFor(grace.client);
    await page.goto(`${app.url}/notifications`);
    await page.getByText('Your report was handled: a moderator removed the content').waitFor({ timeout: 15_000 });
    await capture(page, 'report-handled-notification-en', ['phone']);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
