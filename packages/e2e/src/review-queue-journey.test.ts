/**
 * Moderation in the write path, in a real browser: a member's thread with a block word is
 * refused with the word named and the draft kept; with a review word it is held ("Pending
 * review" for its author, invisible to others); the owner finds it in Admin → Review queue
 * with the word marked, approves it, and another member then sees it. In chat, a refused
 * message says why and its text goes back into the composer to be changed and sent.
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

describe('review queue journey', () => {
  let app: TestApp;
  let browser: Browser;
  let owner: ApiClient;
  let author: ApiClient;
  let reader: ApiClient;
  let spaceId = '';
  let postId = '';

  async function pageFor(client: ApiClient): Promise<{ page: Page; problems: string[]; context: BrowserContext }> {
    const context = await newContext(browser, { locale: 'en', viewport: DESKTOP });
    await context.addCookies(cookiesOf(client, app.url));
    await context.addInitScript(() => window.localStorage.setItem('hearth.language', 'en'));
    const page = await context.newPage();
    return { page, problems: watchPage(page), context };
  }

  before(async () => {
    app = await startE2eServer();
    owner = await setUpCommunity(app, { locale: 'en' });
    author = (await registerMember(app, { displayName: 'Ada Lovelace', locale: 'en' })).client;
    reader = (await registerMember(app, { displayName: 'Grace Hopper', locale: 'en' })).client;
    const words = [
      { word: '刷单', action: 'review', category: 'ads' },
      { word: '裸聊', action: 'block', category: 'adult' },
    ];
    assert.equal((await owner.post('/api/admin/moderation/words', { words })).status, 201);
    spaceId = (await owner.post('/api/spaces', { name: 'Market', kind: 'discussion' })).body.space.id;
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await app?.close();
  });

  it('refuses a block word with the word named, keeps the draft, and holds a review word', async () => {
    const { page, problems, context } = await pageFor(author);
    await page.goto(`${app.url}/spaces/${spaceId}`);
    await page.getByRole('button', { name: /Start a thread in Market/ }).click();
    await page.getByLabel('Title').fill('Side income');
    await page.getByRole('textbox', { name: 'Text' }).fill('Easy money: 裸聊 every night');
    await page.getByRole('button', { name: 'Post thread' }).click();
    await page.getByText(/does not allow \(裸聊\)/).waitFor();
    assert.equal(await page.getByLabel('Title').inputValue(), 'Side income', 'the draft stays');
    assert.equal(await page.getByRole('textbox', { name: 'Text' }).inputValue(), 'Easy money: 裸聊 every night');

    await page.getByRole('textbox', { name: 'Text' }).fill('Easy money: 刷单 from home');
    await page.getByRole('button', { name: 'Post thread' }).click();
    await page.getByText(/waits for a moderator’s review/).waitFor();
    await page.getByRole('link', { name: 'Open the thread' }).click();
    await page.getByRole('heading', { level: 1, name: 'Side income' }).waitFor();
    await page.getByText('Pending review').first().waitFor();
    postId = new URL(page.url()).pathname.split('/').pop() ?? '';
    assert.equal((await reader.get(`/api/posts/${postId}`)).status, 404, 'others cannot see it yet');
    await capture(page, 'review-queue-pending-en', ['desktop']);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('refuses a chat message with the reason, and takes its text back into the composer to resend', async () => {
    const room = (await owner.post('/api/spaces', { name: 'Lounge', kind: 'chat' })).body.space.id as string;
    const { page, problems, context } = await pageFor(author);
    await page.goto(`${app.url}/spaces/${room}`);
    const composer = page.getByRole('textbox', { name: 'Write a message' });
    await composer.fill('Tonight: 裸聊 for everyone');
    await composer.press('Enter');
    await page.getByText(/Not sent: .*裸聊/).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Retry' }).count(), 0, 'a refusal is not retried as it is');
    await capture(page, 'chat-refused-en', ['desktop']);
    await page.getByRole('button', { name: 'Edit and resend' }).click();
    assert.equal(await composer.inputValue(), 'Tonight: 裸聊 for everyone');
    assert.equal(await page.getByText(/Not sent/).count(), 0, 'the refused copy is gone');
    await composer.fill('Tonight: board games for everyone');
    await composer.press('Enter');
    await page.getByText('Tonight: board games for everyone').waitFor();
    const conversationId = (await owner.get(`/api/spaces/${room}`)).body.space.conversationId as string;
    const stored = (await reader.get(`/api/conversations/${conversationId}/messages?afterSeq=0&limit=10`)).body.items as { body: string }[];
    assert.deepEqual(
      stored.map((m) => m.body),
      ['Tonight: board games for everyone'],
      'only the changed message was stored',
    );
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('shows the held thread in Admin → Review queue with the word marked; approving publishes it', async () => {
    const { page, problems, context } = await pageFor(owner);
    await page.goto(`${app.url}/admin`);
    await page.getByRole('navigation', { name: 'Admin sections' }).getByRole('link', { name: 'Review queue' }).click();
    await page.waitForURL('**/admin/review-queue');
    const item = page.getByTestId('held-item').first();
    await item.getByText('Thread', { exact: true }).waitFor();
    const marks = await item.locator('mark').evaluateAll((nodes) => nodes.map((node) => node.firstChild?.textContent ?? ''));
    assert.deepEqual(marks, ['刷单']);
    await capture(page, 'review-queue-en', ['desktop']);
    await item.getByRole('button', { name: 'Approve' }).click();
    await page.getByText('Nothing is waiting for review.').waitFor();
    assert.deepEqual(problems, []);
    await context.close();

    const seen = await reader.get(`/api/posts/${postId}`);
    assert.equal(seen.status, 200);
    assert.equal(seen.body.post.status, 'published');
    const listed = (await reader.get(`/api/spaces/${spaceId}/posts`)).body.items.map((p: { id: string }) => p.id);
    assert.ok(listed.includes(postId), 'listed for everyone after approval');
  });

  it('decides from the keyboard and in bulk: x selects, the bar removes the selected with one reason, a approves', async () => {
    const titles = ['Offer one', 'Offer two', 'Offer three'];
    for (const title of titles) {
      const created = await author.post(`/api/spaces/${spaceId}/posts`, { title, body: `${title}: 刷单 jobs` });
      assert.equal(created.body.post.status, 'pending');
    }
    const { page, problems, context } = await pageFor(owner);
    await page.goto(`${app.url}/admin/review-queue`);
    const cards = page.getByTestId('held-item');
    await cards.nth(2).waitFor();
    // The first card is current: x selects it; j moves to the second, x selects that too.
    await page.keyboard.press('x');
    await page.keyboard.press('j');
    await page.keyboard.press('x');
    const bar = page.getByRole('region', { name: 'Bulk actions' });
    await bar.getByText('2 selected').waitFor();
    await bar.getByRole('button', { name: 'Remove 2…' }).click();
    await bar.getByLabel(/Why it is removed/).fill('Advertising side jobs');
    await capture(page, 'review-queue-bulk-en', ['desktop', 'phone']);
    await bar.getByRole('button', { name: 'Remove 2 items' }).click();
    await page.getByText('2 items decided.').waitFor();
    await cards.nth(1).waitFor({ state: 'detached' });
    assert.equal(await cards.count(), 1);
    await cards.first().getByRole('heading', { name: 'Offer three' }).waitFor();
    // The one left is current: a approves it.
    await cards.first().focus();
    await page.keyboard.press('a');
    await page.getByText('Nothing is waiting for review.').waitFor();
    assert.deepEqual(problems, []);
    await context.close();

    const mine = (await author.get(`/api/spaces/${spaceId}/posts`)).body.items as { title: string; status: string }[];
    assert.equal(mine.find((p) => p.title === 'Offer three')?.status, 'published');
    const others = (await reader.get(`/api/spaces/${spaceId}/posts`)).body.items.map((p: { title: string }) => p.title);
    assert.ok(!others.includes('Offer one') && !others.includes('Offer two'), 'removed for everyone');
    assert.ok(others.includes('Offer three'));
  });
});
