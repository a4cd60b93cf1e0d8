/**
 * The owner keeps the word filter in a real browser against a real Hearth: adds words with
 * the keyboard, imports a pasted list (a duplicate in another spelling and a line of symbols
 * are counted, not listed), allows a phrase, then tests a lure-laden text and sees every
 * match marked where it was written — in English and in Traditional Chinese, at phone and
 * desktop sizes, each checked with axe-core.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setUpCommunity, type ApiClient, type TestApp } from '@hearth/server/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DESKTOP, launchBrowser, newContext, watchPage } from './support/browser.js';
import { capture } from './support/capture.js';
import { startE2eServer } from './support/server.js';

const LURE_TEXT = '想赚钱？加 Ｖ 信 abc123，刷 单日结，约*炮 也行，shit';

async function openAs(
  browser: Browser,
  app: TestApp,
  owner: ApiClient,
  language: 'en' | 'zh-TW',
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser, { locale: language, viewport: DESKTOP });
  await context.addCookies([...owner.cookies].map(([name, value]) => ({ name, value, url: app.url })));
  await context.addInitScript((chosen) => window.localStorage.setItem('hearth.language', chosen), language);
  const page = await context.newPage();
  return { context, page };
}

describe('word filter journey', () => {
  let app: TestApp;
  let browser: Browser;
  let owner: ApiClient;
  let page: Page;
  let problems: string[];

  before(async () => {
    app = await startE2eServer();
    owner = await setUpCommunity(app, { locale: 'en' });
    browser = await launchBrowser();
    ({ page } = await openAs(browser, app, owner, 'en'));
    problems = watchPage(page);
  });

  after(async () => {
    await browser?.close();
    await app?.close();
  });

  it('opens Admin → Word filter from the console', async () => {
    await page.goto(`${app.url}/admin`);
    await page.getByRole('navigation', { name: 'Admin sections' }).getByRole('link', { name: 'Word filter' }).click();
    await page.waitForURL('**/admin/word-filter');
    await page.getByRole('heading', { level: 1, name: 'Word filter' }).waitFor();
    await page.getByText('No words here yet').waitFor();
  });

  it('adds words with an action and a category, using the keyboard', async () => {
    const words = page.getByRole('region', { name: 'Words' });
    await words.getByLabel('Word or phrase').fill('刷单');
    await words.getByLabel('Action', { exact: true }).selectOption('review');
    await words.getByLabel('Category', { exact: true }).selectOption('ads');
    await words.getByLabel('Word or phrase').press('Enter');
    await page.getByText('Added “刷单”').waitFor();
    await words.getByLabel('Word or phrase').fill('shit');
    await words.getByLabel('Action', { exact: true }).selectOption('mask');
    await words.getByLabel('Category', { exact: true }).selectOption('abuse');
    await words.getByRole('button', { name: 'Add word' }).click();
    await words.getByRole('list', { name: 'Listed words' }).getByText('shit').waitFor();
    assert.equal(await words.getByRole('list', { name: 'Listed words' }).getByRole('listitem').count(), 2);
  });

  it('imports a pasted list, counting what is already listed and what it refused', async () => {
    const section = page.getByRole('region', { name: 'Import and export' });
    await section.getByLabel('Into list').selectOption('block');
    await section.getByLabel('Category', { exact: true }).selectOption('adult');
    await section.getByLabel('Words, one per line').fill(['约炮', '裸聊', '', '約炮', '***', '(x+)+y'].join('\n'));
    await section.getByRole('button', { name: 'Import', exact: true }).click();
    await section.getByText('Added 3 · already listed 1 · refused 1').waitFor();
    await section.getByText('Line 5 (“***”): only punctuation, symbols or emoji').waitFor();
    const listed = await owner.get('/api/admin/moderation/words?category=adult');
    assert.deepEqual(listed.body.words.map((w: { word: string }) => w.word).sort(), ['(x+)+y', '约炮', '裸聊'].sort());
    const download = section.getByRole('link', { name: 'Block' });
    assert.equal(await download.getAttribute('href'), '/api/admin/moderation/export?list=block');
  });

  it('allows a phrase', async () => {
    const section = page.getByRole('region', { name: 'Allow-list' });
    await section.getByLabel('Allowed phrase').fill('蘇州');
    await section.getByRole('button', { name: 'Allow', exact: true }).click();
    await section.getByRole('list', { name: 'Allowed phrases' }).getByText('蘇州').waitFor();
  });

  it('tests a lure-laden text and marks every match where it was written', async () => {
    const section = page.getByRole('region', { name: 'Test a text' });
    await section.getByLabel('Text to test').fill(LURE_TEXT);
    await section.getByRole('button', { name: 'Test', exact: true }).click();
    const result = section.getByRole('region', { name: 'Test result' });
    await result.getByText('Blocked').waitFor();
    const marks = await result.locator('mark').evaluateAll((nodes) => nodes.map((node) => node.firstChild?.textContent ?? ''));
    assert.deepEqual(marks, ['加 Ｖ 信', '刷 单', '约*炮', 'shit'], 'the lures 加V and V信 overlap: one mark names both');
    assert.equal(await result.getByText('Built-in lure').count(), 2, '加V and V信 are both built-in lures');
    await result.getByText('想赚钱？加 Ｖ 信 abc123，刷 单日结，约*炮 也行，***').waitFor();
    await capture(page, 'word-filter-en');
    assert.deepEqual(problems, []);
  });

  it('reads the same in Traditional Chinese', async () => {
    const { context, page: zh } = await openAs(browser, app, owner, 'zh-TW');
    const zhProblems = watchPage(zh);
    await zh.goto(`${app.url}/admin/word-filter`);
    await zh.getByRole('heading', { level: 1, name: '詞語過濾' }).waitFor();
    const section = zh.getByRole('region', { name: '測試文字' });
    await section.getByLabel('要測試的文字').fill('週末在蘇州聚會，想加薇信的私訊我，ｗｘ：abc');
    await section.getByRole('button', { name: '測試', exact: true }).click();
    const result = section.getByRole('region', { name: '測試結果' });
    await result.getByText('留待審核', { exact: true }).first().waitFor();
    const marks = await result.locator('mark').evaluateAll((nodes) => nodes.map((node) => node.firstChild?.textContent ?? ''));
    assert.deepEqual(marks, ['加薇信', 'ｗｘ']);
    await capture(zh, 'word-filter-zh-TW');
    assert.deepEqual(zhProblems, []);
    await context.close();
  });
});
