/**
 * Presence, chat @mentions and private-space members in real browsers: Ada sees Grace online
 * in her DMs (the dot and "Online"), and "Last seen …" within seconds of Grace closing her
 * page; Ada mentions Grace from the chat composer with the keyboard only; the owner adds Grace
 * to a private space from the admin console, and it appears in Grace's open rail without a
 * reload. Captured in English and zh-TW at phone and desktop sizes.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { registerMember, setUpCommunity, type ApiClient, type TestApp } from '@hearth/server/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DESKTOP, launchBrowser, newContext, watchPage } from './support/browser.js';
import { capture } from './support/capture.js';
import { startE2eServer } from './support/server.js';

type Language = 'en' | 'zh-TW';

describe('presence, chat mentions and private space members journey', () => {
  let app: TestApp;
  let browser: Browser;
  let owner: ApiClient;
  let ada: { client: ApiClient; id: string };
  let grace: { client: ApiClient; id: string };
  let dmId = '';
  let spaceId = '';
  const contexts: BrowserContext[] = [];
  const problems: string[][] = [];

  async function pageFor(client: ApiClient, language: Language = 'en'): Promise<Page> {
    const context = await newContext(browser, { locale: language, viewport: DESKTOP });
    contexts.push(context);
    await context.addCookies([...client.cookies].map(([name, value]) => ({ name, value, url: app.url })));
    await context.addInitScript((chosen) => window.localStorage.setItem('hearth.language', chosen), language);
    const page = await context.newPage();
    problems.push(watchPage(page));
    return page;
  }

  before(async () => {
    app = await startE2eServer();
    owner = await setUpCommunity(app, { locale: 'en' });
    const a = await registerMember(app, { displayName: 'Ada Lovelace', locale: 'en' });
    const g = await registerMember(app, { displayName: 'Grace Hopper', locale: 'en' });
    ada = { client: a.client, id: a.member.id };
    grace = { client: g.client, id: g.member.id };
    const dm = await ada.client.post('/api/dms', { memberIds: [grace.id] });
    assert.equal(dm.status, 201, JSON.stringify(dm.body));
    dmId = dm.body.conversation.id;
    const space = await owner.post('/api/spaces', {
      name: 'Night owls',
      description: 'A private room for the late shift',
      icon: '🦉',
      kind: 'discussion',
      access: { private: true },
    });
    assert.equal(space.status, 201, JSON.stringify(space.body));
    spaceId = space.body.space.id;
    browser = await launchBrowser();
  });

  after(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await app?.close();
  });

  it('shows Grace online to Ada, then last seen once Grace closes her page', async () => {
    const gracePage = await pageFor(grace.client);
    await gracePage.goto(`${app.url}/chat`);
    await gracePage.getByRole('list', { name: 'Conversations' }).waitFor();

    const adaPage = await pageFor(ada.client);
    await adaPage.goto(`${app.url}/chat/${dmId}`);
    const header = adaPage.getByRole('region', { name: 'Grace Hopper' });
    await header.getByText('Online', { exact: true }).waitFor();
    const row = adaPage.getByRole('list', { name: 'Conversations' }).getByRole('link', { name: /Grace Hopper/ });
    await row.locator('[data-presence="online"]').waitFor();
    assert.match((await row.textContent()) ?? '', /Online/, 'the list says it in words for screen readers');
    await capture(adaPage, 'presence-dm-online-en');

    await gracePage.close();
    // Closing the page closes her only socket: the server tells Ada at once (no polling involved).
    await header.getByText(/^Last seen/).waitFor({ timeout: 10_000 });
    assert.equal(await row.locator('[data-presence="online"]').count(), 0, 'the dot is gone');
    await capture(adaPage, 'presence-dm-offline-en');

    await adaPage.goto(`${app.url}/members/${grace.id}`);
    await adaPage.getByRole('heading', { level: 1, name: 'Grace Hopper' }).waitFor();
    await adaPage.getByText(/^Last seen/).waitFor();
  });

  it('mentions Grace from the chat composer with the keyboard, without sending early', async () => {
    const adaPage = await pageFor(ada.client);
    await adaPage.goto(`${app.url}/chat/${dmId}`);
    const box = adaPage.getByRole('textbox', { name: 'Write a message' });
    await box.click();
    await box.pressSequentially('Thanks @Gr', { delay: 20 });
    const list = adaPage.getByRole('listbox', { name: 'People to mention' });
    await list.getByRole('option', { name: 'Grace Hopper' }).waitFor();
    await capture(adaPage, 'chat-mention-list-en');
    await box.press('ArrowDown');
    await box.press('ArrowUp');
    await box.press('Enter');
    await list.waitFor({ state: 'detached' });
    assert.equal(await box.inputValue(), `Thanks [@Grace Hopper](mention:${grace.id}) `, 'Enter picked, it did not send');
    await box.pressSequentially('for the compiler', { delay: 10 });
    await box.press('Enter');
    const log = adaPage.getByRole('log', { name: 'Messages' });
    const mention = log.getByRole('link', { name: '@Grace Hopper' });
    await mention.waitFor();
    assert.match((await mention.getAttribute('href')) ?? '', new RegExp(`/members/${grace.id}$`));
    assert.equal(await box.inputValue(), '');

    // Escape closes the list and leaves the text as typed.
    await box.pressSequentially('@Gr', { delay: 20 });
    await list.getByRole('option', { name: 'Grace Hopper' }).waitFor();
    await box.press('Escape');
    await list.waitFor({ state: 'detached' });
    assert.equal(await box.inputValue(), '@Gr');
  });

  it('lets the owner add Grace to a private space from the admin console, and it appears in her open app', async () => {
    // Grace has the app open before she is added: the space is not in her rail yet.
    const gracePage = await pageFor(grace.client);
    await gracePage.goto(`${app.url}/`);
    const rail = gracePage.getByRole('navigation', { name: 'Spaces' });
    await rail.getByRole('link').first().waitFor();
    assert.equal(await rail.getByRole('link', { name: /Night owls/ }).count(), 0);

    const ownerPage = await pageFor(owner);
    await ownerPage.goto(`${app.url}/admin/spaces`);
    await ownerPage.getByRole('button', { name: 'Members of Night owls' }).click();
    const dialog = ownerPage.getByRole('dialog', { name: 'Members of Night owls' });
    // The owner made the space, so they are in it already.
    await dialog.getByRole('list', { name: 'Members of Night owls' }).getByRole('link', { name: /Owner/ }).waitFor();
    await dialog.getByRole('button', { name: 'Add members' }).click();
    const picker = ownerPage.getByRole('dialog', { name: 'Add members to Night owls' });
    await picker.getByRole('searchbox', { name: 'Search members' }).fill('Grace');
    await picker.getByRole('checkbox', { name: /Grace Hopper/ }).check();
    await capture(ownerPage, 'space-members-add-en');
    await picker.getByRole('button', { name: 'Add 1 member' }).click();
    await ownerPage.getByText('1 member added to Night owls').waitFor();
    const members = dialog.getByRole('list', { name: 'Members of Night owls' });
    await members.getByRole('link', { name: 'Grace Hopper' }).waitFor();
    await capture(ownerPage, 'space-members-en');

    // Live, without a reload: well before the sidebar's own one-minute refresh.
    await rail.getByRole('link', { name: /Night owls/ }).waitFor({ timeout: 10_000 });
    await rail.getByRole('link', { name: /Night owls/ }).click();
    await gracePage.getByRole('heading', { level: 1, name: 'Night owls' }).waitFor();

    // Staff see who is in it on the space's own page too.
    await ownerPage.goto(`${app.url}/spaces/${spaceId}`);
    await ownerPage.getByRole('button', { name: 'Members' }).click();
    await ownerPage.getByRole('dialog', { name: 'Members of Night owls' }).getByRole('link', { name: 'Grace Hopper' }).waitFor();
  });

  it('captures presence, the mention list and the members dialog in zh-TW', async () => {
    const gracePage = await pageFor(grace.client, 'zh-TW');
    await gracePage.goto(`${app.url}/chat`);
    const adaPage = await pageFor(ada.client, 'zh-TW');
    await adaPage.goto(`${app.url}/chat/${dmId}`);
    await adaPage.getByRole('region', { name: 'Grace Hopper' }).getByText('在線上', { exact: true }).waitFor();
    await capture(adaPage, 'presence-dm-online-zh-TW');
    const box = adaPage.getByRole('textbox', { name: '輸入訊息' });
    await box.click();
    await box.pressSequentially('@Gr', { delay: 20 });
    await adaPage.getByRole('listbox').getByRole('option', { name: 'Grace Hopper' }).waitFor();
    await capture(adaPage, 'chat-mention-list-zh-TW');
    await box.press('Escape');

    const ownerPage = await pageFor(owner, 'zh-TW');
    await ownerPage.goto(`${app.url}/admin/spaces`);
    await ownerPage.getByRole('button', { name: 'Night owls 的成員' }).click();
    await ownerPage.getByRole('dialog', { name: 'Night owls 的成員' }).getByRole('link', { name: 'Grace Hopper' }).waitFor();
    await capture(ownerPage, 'space-members-zh-TW');
  });

  it('logged no console errors or failed requests', () => {
    assert.deepEqual(problems.flat(), []);
  });
});
