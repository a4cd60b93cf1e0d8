/**
 * Switching languages through the UI: on the sign-in page and inside the app, the choice
 * changes every visible string, <html lang>, and the language the API answers errors in,
 * and it survives a reload.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { OWNER, setUpCommunity, type TestApp } from '@hearth/server/testing';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, launchBrowser, newContext, PHONE, screenshot, seriousViolations, watchPage } from './support/browser.js';
import { startE2eServer } from './support/server.js';

const LANGUAGES = [
  { code: 'zh-TW', signIn: '登入', home: '首頁', members: '成員', wrongPassword: '電子郵件或密碼不正確。' },
  { code: 'zh-CN', signIn: '登录', home: '首页', members: '成员', wrongPassword: '电子邮箱或密码不正确。' },
  { code: 'en', signIn: 'Sign in', home: 'Home', members: 'Members', wrongPassword: 'Email or password is incorrect.' },
] as const;

describe('language switching', () => {
  let app: TestApp;
  let browser: Browser;
  before(async () => {
    app = await startE2eServer();
    await setUpCommunity(app, { locale: 'en', demo: true });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await app?.close();
  });

  async function switchTo(page: Page, code: string) {
    await page
      .getByRole('combobox', { name: /Language|語言|语言/ })
      .first()
      .selectOption(code);
    await page.waitForFunction((lang) => document.documentElement.lang === lang, code);
  }

  it('switches the sign-in page through all three languages, errors included', async () => {
    const context = await newContext(browser, { locale: 'en', viewport: PHONE });
    const page = await context.newPage();
    const problems = watchPage(page);
    await page.goto(`${app.url}/login`);
    for (const language of LANGUAGES) {
      await switchTo(page, language.code);
      await page.getByRole('heading', { name: language.signIn, exact: true }).waitFor();
      await page
        .getByLabel(/Email|電子郵件|电子邮箱/)
        .first()
        .fill(OWNER.email);
      await page.locator('input[type="password"]').first().fill('not the password at all');
      await page.locator('form button[type="submit"]').first().click();
      await page.getByText(language.wrongPassword).waitFor();
      assert.deepEqual(await seriousViolations(page), []);
      await screenshot(page, `language-login-${language.code}-phone`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('switches inside the app and keeps the choice after a reload', async () => {
    const context = await newContext(browser, { locale: 'en', viewport: DESKTOP });
    const page = await context.newPage();
    const problems = watchPage(page);
    await page.goto(`${app.url}/login`);
    await page.getByLabel(/Email/).first().fill(OWNER.email);
    await page.locator('input[type="password"]').first().fill(OWNER.password);
    await page.locator('form button[type="submit"]').first().click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    for (const language of LANGUAGES) {
      await switchTo(page, language.code);
      const nav = page.getByRole('navigation').first();
      await nav.getByRole('link', { name: language.home, exact: true }).waitFor();
      await nav.getByRole('link', { name: language.members, exact: true }).waitFor();
      await page.reload();
      await page.waitForFunction((lang) => document.documentElement.lang === lang, language.code);
      await page.getByRole('navigation').first().getByRole('link', { name: language.home, exact: true }).waitFor();
      assert.deepEqual(await seriousViolations(page), []);
      await screenshot(page, `language-home-${language.code}-desktop`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
});
