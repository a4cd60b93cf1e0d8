/**
 * People in real browsers against a real Hearth (English, with demo content): Ada follows
 * Grace from her profile and Grace follows back, so both see "Friends"; Ada sees Grace's
 * recent thread; Grace lets nobody DM her, so Ada's view of her loses the Message button
 * and the API refuses a DM; Ada blocks Bob from the ⋯ menu and finds him in Settings →
 * Privacy. A profile and the privacy settings are captured in zh-TW and English at phone
 * and desktop sizes and checked with axe-core.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { registerMember, setUpCommunity, type ApiClient, type TestApp } from '@hearth/server/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DESKTOP, launchBrowser, newContext, watchPage } from './support/browser.js';
import { capture } from './support/capture.js';
import { startE2eServer } from './support/server.js';

type Language = 'en' | 'zh-TW' | 'zh-CN';
type Member = { client: ApiClient; id: string };

describe('people journey', () => {
  let app: TestApp;
  let browser: Browser;
  let owner: ApiClient;
  let ada: Member;
  let grace: Member;
  let bob: Member;
  const open: { ada?: { page: Page; problems: string[] }; grace?: { page: Page; problems: string[] } } = {};

  async function pageFor(
    client: ApiClient,
    language: Language = 'en',
  ): Promise<{ page: Page; problems: string[]; context: BrowserContext }> {
    const context = await newContext(browser, { locale: language, viewport: DESKTOP });
    await context.addCookies([...client.cookies].map(([name, value]) => ({ name, value, url: app.url })));
    await context.addInitScript((chosen) => window.localStorage.setItem('hearth.language', chosen), language);
    const page = await context.newPage();
    return { page, problems: watchPage(page), context };
  }
  const connections = (page: Page, name: string) => page.getByRole('region', { name: `${name}'s connections` });

  before(async () => {
    app = await startE2eServer();
    owner = await setUpCommunity(app, { locale: 'en', demo: true });
    const register = async (displayName: string) => {
      const { client, member } = await registerMember(app, { displayName, locale: 'en' });
      return { client, id: member.id };
    };
    ada = await register('Ada Lovelace');
    grace = await register('Grace Hopper');
    bob = await register('Bob Builder');
    const space = ((await owner.get('/api/spaces')).body.spaces as { id: string; kind: string }[]).find((s) => s.kind === 'discussion')!;
    const thread = await grace.client.post(`/api/spaces/${space.id}/posts`, { title: 'Notes on COBOL', body: 'Bugs are moths, mostly.' });
    assert.equal(thread.status, 201, JSON.stringify(thread.body));
    browser = await launchBrowser();
    open.ada = await pageFor(ada.client);
    open.grace = await pageFor(grace.client);
  });

  after(async () => {
    await browser?.close();
    await app?.close();
  });

  it('Ada follows Grace, Grace follows back, and both see that they are friends', async () => {
    const { page: adaPage } = open.ada!;
    const { page: gracePage } = open.grace!;
    await adaPage.goto(`${app.url}/members/${grace.id}`);
    const adaView = connections(adaPage, 'Grace Hopper');
    await adaView.getByRole('button', { name: 'Follow', exact: true }).click();
    await adaView.getByRole('button', { name: 'Following', pressed: true }).waitFor();
    await adaView.getByRole('link', { name: '1 follower' }).waitFor();

    await gracePage.goto(`${app.url}/members/${ada.id}`);
    const graceView = connections(gracePage, 'Ada Lovelace');
    await graceView.getByText('Follows you').waitFor();
    await graceView.getByRole('button', { name: 'Follow', exact: true }).click();
    await graceView.getByText('Friends', { exact: true }).waitFor();

    await adaPage.reload();
    await connections(adaPage, 'Grace Hopper').getByText('Friends', { exact: true }).waitFor();
    const friends = (await ada.client.get('/api/me/friends')).body.items.map((p: { id: string }) => p.id);
    assert.deepEqual(friends, [grace.id]);
  });

  it("shows Grace's recent thread on her profile, linking to it", async () => {
    const { page } = open.ada!;
    const activity = page.getByRole('region', { name: 'Recent activity' });
    await activity.getByRole('link', { name: /Notes on COBOL/ }).click();
    await page.waitForURL(/\/posts\/[^/]+$/);
    await page.getByRole('heading', { name: 'Notes on COBOL', level: 1 }).waitFor();
  });

  it('lists followers with who is a friend', async () => {
    const { page } = open.ada!;
    await page.goto(`${app.url}/members/${grace.id}/followers`);
    await page.getByRole('heading', { name: "Grace Hopper's followers", level: 1 }).waitFor();
    await page
      .getByRole('main')
      .getByRole('link', { name: /Ada Lovelace/ })
      .waitFor();
    await page.getByRole('link', { name: 'Following', exact: true }).click();
    await page.getByRole('heading', { name: 'People Grace Hopper follows', level: 1 }).waitFor();
    // Ada is in Grace's list too, as herself.
    await page
      .getByRole('main')
      .getByRole('link', { name: /Ada Lovelace.*You/ })
      .waitFor();
    // On her own lists Ada sees Grace as a friend, and has a Friends tab.
    await page.goto(`${app.url}/members/${ada.id}/followers`);
    await page
      .getByRole('main')
      .getByRole('link', { name: /Grace Hopper.*Friends/ })
      .waitFor();
    await page.getByRole('link', { name: 'Friends', exact: true }).click();
    await page.getByRole('heading', { name: 'Your friends', level: 1 }).waitFor();
    await page
      .getByRole('main')
      .getByRole('link', { name: /Grace Hopper/ })
      .waitFor();
  });

  it('Grace lets nobody DM her: Ada loses the Message button and the API refuses', async () => {
    const { page: adaPage } = open.ada!;
    const { page: gracePage } = open.grace!;
    await adaPage.goto(`${app.url}/members/${grace.id}`);
    await connections(adaPage, 'Grace Hopper').getByRole('button', { name: 'Message' }).waitFor();

    await gracePage.goto(`${app.url}/settings`);
    const privacy = gracePage.getByRole('region', { name: 'Privacy' });
    // The radio itself is visually hidden inside its card; people click the card.
    await privacy.getByText('Nobody', { exact: true }).click();
    assert.equal(await privacy.getByRole('radio', { name: /Nobody/ }).isChecked(), true);
    await gracePage.getByText('Privacy settings saved').waitFor();
    assert.equal((await grace.client.get('/api/me/privacy')).body.dmPolicy, 'nobody');

    await adaPage.reload();
    const view = connections(adaPage, 'Grace Hopper');
    await view.getByText('Friends', { exact: true }).waitFor();
    assert.equal(await view.getByRole('button', { name: 'Message' }).count(), 0);
    const refused = await ada.client.post('/api/dms', { memberIds: [grace.id] });
    assert.equal(refused.status, 403);
    assert.equal(refused.body.code, 'dm_not_allowed');
  });

  it('Ada blocks Bob from the ⋯ menu, after confirming, and finds him in her privacy settings', async () => {
    const { page } = open.ada!;
    await page.goto(`${app.url}/members/${bob.id}`);
    const view = connections(page, 'Bob Builder');
    await view.getByRole('button', { name: 'More actions for Bob Builder' }).click();
    await page.getByRole('menuitem', { name: 'Block Bob Builder' }).click();
    const dialog = page.getByRole('dialog', { name: 'Block Bob Builder?' });
    await dialog.getByRole('button', { name: 'Block', exact: true }).click();
    await view.getByText('You block Bob Builder').waitFor();
    assert.equal(await view.getByRole('button', { name: 'Message' }).count(), 0);
    const relationship = (await ada.client.get(`/api/members/${bob.id}/relationship`)).body.relationship;
    assert.equal(relationship.blocking, true);
    assert.equal((await bob.client.post('/api/dms', { memberIds: [ada.id] })).status, 403);

    await page.goto(`${app.url}/settings`);
    const privacy = page.getByRole('region', { name: 'Privacy' });
    await privacy.getByRole('button', { name: 'Unblock Bob Builder' }).waitFor();
    assert.deepEqual(open.ada!.problems, []);
    assert.deepEqual(open.grace!.problems, []);
  });

  for (const language of ['zh-TW', 'en'] as const) {
    it(`captures a profile and the privacy settings in ${language}`, async () => {
      const { page, problems, context } = await pageFor(ada.client, language);
      await page.goto(`${app.url}/members/${grace.id}`);
      await page.locator('main h1').first().waitFor();
      await page.locator('main').getByRole('link', { name: /COBOL/ }).waitFor();
      await capture(page, `people-profile-${language}`);
      await page.goto(`${app.url}/settings`);
      await page.locator('main input[name="dm-policy"]').first().waitFor({ state: 'attached' });
      await page.getByRole('link', { name: 'Bob Builder' }).waitFor();
      await capture(page, `people-privacy-${language}`);
      assert.deepEqual(problems, [], `problems on the ${language} people pages`);
      await context.close();
    });
  }
});
