/**
 * Thread extras in a real browser against a real Hearth (demo content): a member starts a
 * thread with a poll (and tags it with the #topic autocomplete), a second member votes and
 * sees the results, bookmarks the thread and finds it on /bookmarks; the owner schedules a
 * thread for later, finds it on the content calendar, and it goes out when its job runs.
 * The poll, the bookmarks and the calendar are captured in English and zh-TW at phone and
 * desktop sizes (capture() checks axe-core and horizontal scroll).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { registerMember, setUpCommunity, type ApiClient, type TestApp } from '@hearth/server/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DESKTOP, launchBrowser, newContext, watchPage } from './support/browser.js';
import { capture } from './support/capture.js';
import { startE2eServer } from './support/server.js';

type Cookies = Parameters<BrowserContext['addCookies']>[0];
const cookiesOf = (client: ApiClient, url: string): Cookies => [...client.cookies].map(([name, value]) => ({ name, value, url }));
const DAY_MS = 86_400_000;

/** A `datetime-local` value for an instant in `timeZone`. */
function zonedInput(ms: number, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(new Date(ms))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

describe('thread extras journey', () => {
  let app: TestApp;
  let browser: Browser;
  let owner: ApiClient;
  let author: ApiClient;
  let voter: ApiClient;
  let general = '';
  let threadUrl = '';
  const TITLE = 'Which tea for the book club?';
  const SCHEDULED = 'Book club: June reading list';

  async function pageFor(
    client: ApiClient,
    language: 'en' | 'zh-TW' = 'en',
  ): Promise<{ page: Page; problems: string[]; context: BrowserContext }> {
    const context = await newContext(browser, { locale: language, viewport: DESKTOP });
    await context.addCookies(cookiesOf(client, app.url));
    await context.addInitScript((chosen) => window.localStorage.setItem('hearth.language', chosen), language);
    const page = await context.newPage();
    return { page, problems: watchPage(page), context };
  }

  before(async () => {
    app = await startE2eServer();
    owner = await setUpCommunity(app, { locale: 'en', demo: true });
    author = (await registerMember(app, { displayName: 'Ada Lovelace', locale: 'en' })).client;
    voter = (await registerMember(app, { displayName: 'Grace Hopper', locale: 'en' })).client;
    const spaces = (await owner.get('/api/spaces')).body.spaces as { id: string; name: string }[];
    general = spaces.find((space) => space.name === 'General')!.id;
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await app?.close();
  });

  it('starts a thread with a poll, tagging a topic from the suggestions', async () => {
    const { page, problems, context } = await pageFor(author);
    await page.goto(`${app.url}/spaces/${general}`);
    await page.getByRole('button', { name: /Start a thread in General/ }).click();
    await page.getByLabel('Title').fill(TITLE);
    const text = page.getByRole('textbox', { name: 'Text' });
    await text.fill('Vote for the pot we brew on Saturday ');
    await text.pressSequentially('#cof', { delay: 40 });
    await page
      .getByRole('listbox', { name: 'Topics' })
      .getByRole('option', { name: /Coffee/ })
      .waitFor();
    await text.press('Enter');
    assert.equal(await text.inputValue(), 'Vote for the pot we brew on Saturday #coffee ');
    await page.getByRole('button', { name: 'Add a poll' }).click();
    await page.getByRole('textbox', { name: 'Option 1', exact: true }).fill('Oolong');
    await page.getByRole('textbox', { name: 'Option 2', exact: true }).fill('Genmaicha');
    await page.getByRole('button', { name: 'Add an option' }).click();
    await page.getByRole('textbox', { name: 'Option 3', exact: true }).fill('Earl Grey');
    // The hidden preview of a typed text counts as loading until it is shown: show it before capturing.
    await page.getByRole('tab', { name: 'Preview' }).click();
    await page.getByRole('tabpanel', { name: 'Preview' }).locator('a.topic').waitFor();
    await capture(page, 'threads-extras-composer-poll-en', ['desktop']);
    await page.getByRole('button', { name: 'Post thread' }).click();
    await page.getByText('Your thread is up').waitFor();
    await page.getByRole('link', { name: 'Open the thread' }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    threadUrl = page.url();
    await page.getByRole('region', { name: 'Poll' }).getByText('Genmaicha').waitFor();
    assert.equal(await page.locator('article a.topic', { hasText: '#coffee' }).count(), 1);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('lets a second member vote and see the results, then bookmark the thread and find it on /bookmarks', async () => {
    const { page, problems, context } = await pageFor(voter);
    await page.goto(threadUrl);
    const poll = page.getByRole('region', { name: 'Poll' });
    await poll.getByRole('radio', { name: /Genmaicha/ }).check();
    await poll.getByRole('button', { name: 'Vote', exact: true }).click();
    await poll.getByText('1 person voted').waitFor();
    await poll.getByText('1 vote · 100%').waitFor();
    await poll.getByText('Your choice').waitFor();
    await capture(page, 'threads-extras-poll-voted-en');

    await page.getByRole('button', { name: 'Bookmark' }).click();
    await page.getByText('Bookmarked').first().waitFor();
    assert.equal(await page.getByRole('button', { name: 'Bookmark' }).getAttribute('aria-pressed'), 'true');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Bookmarks' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bookmarks' }).waitFor();
    await page.getByRole('list', { name: 'Your bookmarks' }).getByRole('link', { name: TITLE }).waitFor();
    await capture(page, 'threads-extras-bookmarks-en');
    assert.deepEqual(problems, []);
    await context.close();

    const poller = (await author.get(threadUrl.replace(app.url, '/api'))).body.post.poll;
    assert.deepEqual(
      poller.options.map((option: { label: string; votes: number }) => [option.label, option.votes]),
      [
        ['Oolong', 0],
        ['Genmaicha', 1],
        ['Earl Grey', 0],
      ],
    );
  });

  it('lets the owner schedule a thread, see it on the content calendar, and it goes out when its job runs', async () => {
    const me = (await owner.get('/api/me')).body.member as { timeZone: string };
    const publishAt = Date.now() + 2 * DAY_MS;
    const { page, problems, context } = await pageFor(owner);
    await page.goto(`${app.url}/spaces/${general}`);
    await page.getByRole('button', { name: /Start a thread in General/ }).click();
    await page.getByLabel('Title').fill(SCHEDULED);
    await page.getByRole('textbox', { name: 'Text' }).fill('Three novels and a short story collection.');
    await page.getByLabel('Schedule for later').check();
    await page.getByLabel('Publish at').fill(zonedInput(publishAt, me.timeZone));
    await page.getByRole('button', { name: 'Schedule thread' }).click();
    await page.getByText(/Your thread goes out/).waitFor();
    const listed = (await voter.get(`/api/spaces/${general}/posts`)).body.items as { title: string }[];
    assert.ok(!listed.some((item) => item.title === SCHEDULED), 'nobody sees it before it goes out');

    await page.goto(`${app.url}/admin/calendar`);
    await page.getByRole('heading', { level: 1, name: 'Content calendar' }).waitFor();
    const target = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', timeZone: me.timeZone }).format(new Date(publishAt));
    if (!(await page.getByRole('heading', { level: 2, name: target }).isVisible()))
      await page.getByRole('button', { name: 'Next month' }).click();
    await page.getByRole('heading', { level: 2, name: target }).waitFor();
    const entry = page.getByRole('button', { name: new RegExp(SCHEDULED) });
    await entry.waitFor();
    await capture(page, 'threads-extras-calendar-en');
    await page.getByRole('button', { name: new RegExp(SCHEDULED) }).click();
    const dialog = page.getByRole('dialog', { name: SCHEDULED });
    await dialog.getByRole('button', { name: 'Reschedule' }).waitFor();
    await capture(page, 'threads-extras-calendar-dialog-en', ['desktop']);
    await dialog.getByRole('button', { name: 'Close' }).first().click();
    assert.deepEqual(problems, []);
    await context.close();

    (app.clock as unknown as { advance(ms: number): void }).advance(3 * DAY_MS);
    await app.hearth.platform.jobs.runDue(500);
    const after = (await voter.get(`/api/spaces/${general}/posts`)).body.items as { title: string }[];
    assert.equal(after.filter((item) => item.title === SCHEDULED).length, 1, 'published exactly once');
  });

  it('captures the poll, the bookmarks and the calendar in zh-TW', async () => {
    const reader = await registerMember(app, { displayName: '周小雨', locale: 'zh-TW' });
    const threadId = threadUrl.split('/').pop()!;
    await reader.client.put(`/api/posts/${threadId}/bookmark`);
    const { page, problems, context } = await pageFor(reader.client, 'zh-TW');
    await page.goto(threadUrl);
    await page.locator('#post-title').waitFor();
    await page.getByRole('region', { name: '投票' }).waitFor();
    await capture(page, 'threads-extras-poll-zh-TW');
    await page.goto(`${app.url}/bookmarks`);
    await page.getByRole('heading', { level: 1, name: '收藏' }).waitFor();
    await capture(page, 'threads-extras-bookmarks-zh-TW');
    assert.deepEqual(problems, []);
    await context.close();

    const publishAt = app.clock.now() + DAY_MS;
    await owner.post(`/api/spaces/${general}/posts`, {
      title: '六月讀書會書單',
      body: '三本小說與一本短篇集。',
      publishAt: new Date(publishAt).toISOString(),
    });
    const { timeZone } = (await owner.get('/api/me')).body.member as { timeZone: string };
    const admin = await pageFor(owner, 'zh-TW');
    await admin.page.goto(`${app.url}/admin/calendar`);
    await admin.page.getByRole('heading', { level: 1, name: '內容行事曆' }).waitFor();
    const target = new Intl.DateTimeFormat('zh-TW', { year: 'numeric', month: 'long', timeZone }).format(new Date(publishAt));
    for (let step = 0; step < 2 && !(await admin.page.getByRole('heading', { level: 2, name: target }).isVisible()); step++)
      await admin.page.getByRole('button', { name: '下個月' }).click();
    await admin.page.getByRole('button', { name: /六月讀書會書單/ }).waitFor();
    await capture(admin.page, 'threads-extras-calendar-zh-TW');
    assert.deepEqual(admin.problems, []);
    await admin.context.close();
  });
});
