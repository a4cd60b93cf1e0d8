/**
 * Chat in two real browsers against a real Hearth (English, with demo content): Ada starts a
 * DM with Grace from the New message dialog; they talk in real time, see each other typing,
 * and Ada sees "Seen" once Grace has read; Grace drops off the network while Ada writes and
 * gets exactly the missed messages when she is back; a thread reply; the demo's chat space.
 * Chat pages are captured in zh-TW, zh-CN and English at phone and desktop sizes.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { registerMember, setUpCommunity, type ApiClient, type TestApp } from '@hearth/server/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DESKTOP, launchBrowser, newContext, watchPage } from './support/browser.js';
import { capture } from './support/capture.js';
import { startE2eServer } from './support/server.js';

type Language = 'en' | 'zh-TW' | 'zh-CN';

describe('chat journey', () => {
  let app: TestApp;
  let browser: Browser;
  let owner: ApiClient;
  let ada: { client: ApiClient; id: string };
  let grace: { client: ApiClient; id: string };
  const open: {
    ada?: { page: Page; problems: string[]; context: BrowserContext };
    grace?: { page: Page; problems: string[]; context: BrowserContext };
  } = {};
  let conversationUrl = '';

  async function pageFor(client: ApiClient, language: Language = 'en') {
    const context = await newContext(browser, { locale: language, viewport: DESKTOP });
    await context.addCookies([...client.cookies].map(([name, value]) => ({ name, value, url: app.url })));
    await context.addInitScript((chosen) => window.localStorage.setItem('hearth.language', chosen), language);
    const page = await context.newPage();
    return { page, problems: watchPage(page), context };
  }
  const messages = (page: Page) => page.getByRole('log', { name: 'Messages' });

  before(async () => {
    app = await startE2eServer();
    owner = await setUpCommunity(app, { locale: 'en', demo: true });
    const a = await registerMember(app, { displayName: 'Ada Lovelace', locale: 'en' });
    const g = await registerMember(app, { displayName: 'Grace Hopper', locale: 'en' });
    ada = { client: a.client, id: a.member.id };
    grace = { client: g.client, id: g.member.id };
    browser = await launchBrowser();
    open.ada = await pageFor(ada.client);
    open.grace = await pageFor(grace.client);
  });

  after(async () => {
    await browser?.close();
    await app?.close();
  });

  it('starts a DM from the New message dialog', async () => {
    const { page } = open.ada!;
    await page.goto(`${app.url}/chat`);
    await page.getByRole('button', { name: 'New message' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New message' });
    await dialog.getByRole('searchbox', { name: 'Find people' }).fill('Grace');
    await dialog.getByRole('checkbox', { name: /Grace Hopper/ }).check();
    await dialog.getByRole('button', { name: 'Start conversation' }).click();
    await page.waitForURL(/\/chat\/[^/]+$/);
    conversationUrl = page.url();
    await page.getByRole('textbox', { name: 'Write a message' }).waitFor();
  });

  it('talks in real time, shows typing, and shows Seen once the other has read', async () => {
    const { page: adaPage } = open.ada!;
    const { page: gracePage } = open.grace!;
    await gracePage.goto(conversationUrl);
    await gracePage.getByRole('textbox', { name: 'Write a message' }).waitFor();
    await adaPage.getByRole('textbox', { name: 'Write a message' }).fill('Hello Grace 👋');
    await adaPage.getByRole('textbox', { name: 'Write a message' }).press('Enter');
    await messages(gracePage).getByText('Hello Grace 👋').waitFor();
    await gracePage.bringToFront();
    await gracePage.getByRole('textbox', { name: 'Write a message' }).pressSequentially('Hi Ada', { delay: 30 });
    await adaPage.getByText('Grace Hopper is typing…').waitFor();
    await gracePage.getByRole('textbox', { name: 'Write a message' }).press('Enter');
    await messages(adaPage).getByText('Hi Ada').waitFor();
    await adaPage.bringToFront();
    await adaPage.getByRole('textbox', { name: 'Write a message' }).fill('Shall we pair on the compiler tomorrow?');
    await adaPage.getByRole('button', { name: 'Send', exact: true }).click();
    await messages(gracePage).getByText('Shall we pair on the compiler tomorrow?').waitFor();
    await gracePage.bringToFront();
    await adaPage.getByText('Seen', { exact: true }).waitFor({ timeout: 15_000 });
    await capture(adaPage, 'chat-dm-en');
  });

  it('fills in exactly what was missed after the connection drops, without duplicates', async () => {
    const { page: adaPage } = open.ada!;
    const { page: gracePage } = open.grace!;
    // Grace's socket goes through the test: it can be cut, and reconnections refused for a while.
    let isCut = false;
    const live: { close(options?: { code?: number; reason?: string }): Promise<void> }[] = [];
    await gracePage.routeWebSocket(/\/api\/realtime$/, (ws) => {
      if (isCut) return void ws.close({ code: 4000, reason: 'network down' });
      ws.connectToServer();
      live.push(ws);
    });
    await gracePage.reload();
    await messages(gracePage).getByText('Shall we pair on the compiler tomorrow?').waitFor();
    await adaPage.getByRole('textbox', { name: 'Write a message' }).fill('Still there?');
    await adaPage.getByRole('textbox', { name: 'Write a message' }).press('Enter');
    await messages(gracePage).getByText('Still there?').waitFor();
    isCut = true;
    await Promise.all(live.splice(0).map((ws) => ws.close({ code: 4000, reason: 'network down' })));
    await gracePage.getByText('Reconnecting…').waitFor();
    for (const text of ['Missed one', 'Missed two']) {
      await adaPage.getByRole('textbox', { name: 'Write a message' }).fill(text);
      await adaPage.getByRole('textbox', { name: 'Write a message' }).press('Enter');
      await messages(adaPage).getByText(text).waitFor();
    }
    assert.equal(await messages(gracePage).getByText('Missed one').count(), 0, 'nothing arrives while cut off');
    isCut = false;
    await messages(gracePage).getByText('Missed two').waitFor({ timeout: 30_000 });
    for (const text of ['Hello Grace 👋', 'Hi Ada', 'Still there?', 'Missed one', 'Missed two']) {
      assert.equal(await messages(gracePage).getByText(text, { exact: true }).count(), 1, text);
    }
    const api = await grace.client.get(`/api/conversations/${conversationUrl.split('/').pop()}/messages`);
    assert.deepEqual(
      api.body.items.map((m: { seq: number }) => m.seq),
      [1, 2, 3, 4, 5, 6],
    );
  });

  it('keeps a side conversation in a thread', async () => {
    const { page: gracePage } = open.grace!;
    const target = messages(gracePage).getByRole('article').filter({ hasText: 'Shall we pair on the compiler tomorrow?' });
    await target.hover();
    await target.getByRole('button', { name: 'Reply in thread' }).click();
    const thread = gracePage.getByRole('complementary', { name: 'Thread' }).or(gracePage.getByRole('dialog', { name: 'Thread' }));
    await thread.getByRole('textbox', { name: 'Write a reply' }).fill('Yes, 10 am works');
    await thread.getByRole('button', { name: 'Send reply' }).click();
    await thread.getByText('Yes, 10 am works').waitFor();
    await open.ada!.page.getByRole('button', { name: '1 reply' }).waitFor();
    assert.deepEqual(open.ada!.problems, []);
    assert.deepEqual(open.grace!.problems, []);
  });

  it('chats in the demo chat space', async () => {
    const { page } = open.ada!;
    const space = ((await owner.get('/api/spaces')).body.spaces as { id: string; kind: string }[]).find((s) => s.kind === 'chat')!;
    await page.goto(`${app.url}/spaces/${space.id}`);
    await messages(page)
      .getByText(/Yirgacheffe/)
      .waitFor();
    await page.getByRole('textbox', { name: 'Write a message' }).fill('Count me in for Saturday!');
    await page.getByRole('textbox', { name: 'Write a message' }).press('Enter');
    await messages(page).getByText('Count me in for Saturday!').waitFor();
    const stored = await owner.get(`/api/conversations/${space.id}/messages`);
    assert.equal(stored.body.items.at(-1).body, 'Count me in for Saturday!');
    await capture(page, 'chat-space-en');
  });

  for (const language of ['zh-TW', 'zh-CN', 'en'] as const) {
    it(`captures the chat list and a conversation in ${language}`, async () => {
      const { page, problems, context } = await pageFor(ada.client, language);
      await page.goto(`${app.url}/chat`);
      await page.locator('main').getByRole('link').first().waitFor();
      await capture(page, `chat-list-${language}`);
      await page.goto(conversationUrl);
      await page.getByRole('log').getByRole('article').first().waitFor();
      await capture(page, `chat-conversation-${language}`);
      assert.deepEqual(problems, [], `problems on the ${language} chat pages`);
      await context.close();
    });
  }
});
