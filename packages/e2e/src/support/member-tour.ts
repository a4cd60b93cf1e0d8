/**
 * Screenshot tours of the member pages in one language (and optionally dark), for people to
 * look at: each page at phone and desktop size, each checked by capture() with axe-core.
 */
import assert from 'node:assert/strict';
import { registerMember, type TestApp } from '@hearth/server/testing';
import type { Browser, BrowserContext } from 'playwright-core';
import { newContext, watchPage } from './browser.js';
import { capture } from './capture.js';

export type Language = 'zh-TW' | 'zh-CN' | 'en';
type Cookies = Parameters<BrowserContext['addCookies']>[0];

/** A browser context signed in with `cookies`, whose interface speaks `language`. */
async function signedInContext(browser: Browser, cookies: Cookies, language: Language, isDark = false): Promise<BrowserContext> {
  const context = await newContext(browser, { locale: language, colorScheme: isDark ? 'dark' : 'light' });
  await context.addCookies(cookies);
  await context.addInitScript((chosen) => window.localStorage.setItem('hearth.language', chosen), language);
  return context;
}

/** Directory, a full profile, the profile editor and the settings of the member whose cookies these are. */
export async function captureMemberPagesIn(
  browser: Browser,
  options: { baseUrl: string; cookies: Cookies; language: Language; memberId: string; isDark?: boolean },
): Promise<void> {
  const { baseUrl, cookies, language, memberId, isDark = false } = options;
  const context = await signedInContext(browser, cookies, language, isDark);
  const page = await context.newPage();
  const problems = watchPage(page);
  const suffix = isDark ? `${language}-dark` : language;
  const pages: [string, string][] = [
    ['members', '/members'],
    ['member-profile', `/members/${memberId}`],
    ['profile-edit', '/me/edit'],
    ['settings', '/settings'],
  ];
  for (const [name, path] of pages) {
    await page.goto(baseUrl + path);
    await page.locator('main h1').first().waitFor();
    await capture(page, `${name}-${suffix}`, isDark ? ['phone'] : ['phone', 'desktop']);
  }
  assert.deepEqual(problems, [], `problems on the ${suffix} pages`);
  await context.close();
}

/** The first two onboarding steps of a brand-new member whose language is `language`. */
export async function captureOnboardingIn(browser: Browser, app: TestApp, language: Language): Promise<void> {
  const { client } = await registerMember(app, { displayName: language === 'en' ? 'Nora Lee' : '周小雨', locale: language });
  const cookies = [...client.cookies].map(([name, value]) => ({ name, value, url: app.url }));
  const context = await signedInContext(browser, cookies, language);
  const page = await context.newPage();
  const problems = watchPage(page);
  await page.goto(`${app.url}/welcome`);
  await page.locator('#onboarding-step-title').waitFor();
  await capture(page, `onboarding-1-welcome-${language}`);
  await page.locator('main button[type=submit]').click();
  await page.locator('main input[type=checkbox]').first().waitFor({ state: 'attached' });
  await capture(page, `onboarding-2-interests-${language}`);
  assert.deepEqual(problems, [], `problems on the ${language} onboarding`);
  await context.close();
}
