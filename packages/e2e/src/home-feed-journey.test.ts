/**
 * The home feed in a real browser (zh-TW demo community): a new member sees threads of every
 * space they may read, joins a space and follows a member and sees only those, comes back
 * after a while and finds a "new since your last visit" line above what they had seen.
 * Captured in zh-TW and English at phone and desktop sizes, checked with axe-core.
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

describe('home feed journey', () => {
  let app: TestApp;
  let browser: Browser;
  let owner: ApiClient;
  let reader: { client: ApiClient; id: string };
  let writer: { client: ApiClient; id: string };
  let page: Page;
  let problems: string[];
  let spaces: { id: string; name: string; kind: string }[];

  before(async () => {
    app = await startE2eServer();
    owner = await setUpCommunity(app, { locale: 'zh-TW', demo: true });
    const r = await registerMember(app, { displayName: '讀者小林', locale: 'zh-TW' });
    const w = await registerMember(app, { displayName: '作者阿明', locale: 'zh-TW' });
    reader = { client: r.client, id: r.member.id };
    writer = { client: w.client, id: w.member.id };
    spaces = (await owner.get('/api/spaces')).body.spaces;
    browser = await launchBrowser();
    const context = await newContext(browser, { locale: 'zh-TW', viewport: DESKTOP });
    await context.addCookies(cookiesOf(reader.client, app.url));
    await context.addInitScript(() => window.localStorage.setItem('hearth.language', 'zh-TW'));
    page = await context.newPage();
    problems = watchPage(page);
  });

  after(async () => {
    await browser?.close();
    await app?.close();
  });

  const feed = () => page.getByRole('list', { name: '你的動態中的主題' });

  it('shows a newcomer the threads of every space they may read', async () => {
    await page.goto(`${app.url}/`);
    await feed().waitFor();
    assert.ok((await feed().getByRole('article').count()) >= 3, 'the demo threads');
    assert.equal(await page.getByRole('button', { name: '所有空間', pressed: true }).count(), 1, 'nothing followed yet: all spaces');
    await capture(page, 'home-feed-zh-TW');
  });

  it('narrows to joined spaces and followed members, and marks what is new since the last visit', async () => {
    const discussion = spaces.filter((s) => s.kind === 'discussion');
    const [joined, other] = [discussion[0]!, discussion[1] ?? discussion[0]!];
    assert.equal((await reader.client.post(`/api/spaces/${joined.id}/join`)).status, 200);
    assert.equal((await reader.client.put(`/api/members/${writer.id}/follow`)).status, 200);
    const followedThread = await writer.client.post(`/api/spaces/${other.id}/posts`, {
      title: '阿明的讀書心得',
      body: '最近讀了《紅樓夢》。',
    });
    assert.equal(followedThread.status, 201);
    await page.reload();
    await feed().waitFor();
    await page.getByRole('button', { name: '追蹤中', pressed: true }).waitFor();
    await feed().getByRole('link', { name: '阿明的讀書心得' }).waitFor();
    // Everything listed is from the joined space or by the followed member.
    const labels = await feed().getByRole('article').allInnerTexts();
    assert.ok(
      labels.every((text) => text.includes(joined.name) || text.includes('作者阿明')),
      labels.join('\n---\n'),
    );

    // Two hours later someone posts; the reader comes back.
    (app.clock as unknown as { advance(ms: number): void }).advance(2 * 3600_000);
    await writer.client.post(`/api/spaces/${joined.id}/posts`, { title: '今晚線上讀書會', body: '八點見！' });
    await page.reload();
    await feed().waitFor();
    const line = page.getByRole('separator', { name: '上次造訪後的新內容' });
    await line.waitFor();
    const order = await feed()
      .locator('li')
      .evaluateAll((items) =>
        items.map((li) => (li.querySelector('[role="separator"]') ? 'LINE' : (li.querySelector('h3')?.textContent ?? ''))),
      );
    assert.equal(order[0], '今晚線上讀書會', 'the new thread leads');
    await capture(page, 'home-feed-new-since-zh-TW');

    await page.getByRole('button', { name: '熱門' }).click();
    await page.getByLabel('時間範圍').waitFor();
    assert.equal(await line.count(), 0, 'no visit line in Top');
    assert.deepEqual(problems, []);
  });

  it('reads the same in English', async () => {
    const context = await newContext(browser, { locale: 'en', viewport: DESKTOP });
    await context.addCookies(cookiesOf(reader.client, app.url));
    await context.addInitScript(() => window.localStorage.setItem('hearth.language', 'en'));
    const english = await context.newPage();
    const englishProblems = watchPage(english);
    await english.goto(`${app.url}/`);
    await english.getByRole('list', { name: 'Threads in your feed' }).waitFor();
    await english.getByRole('button', { name: 'Following', pressed: true }).waitFor();
    await capture(english, 'home-feed-en');
    assert.deepEqual(englishProblems, []);
    await context.close();
  });
});
