/**
 * A screenshot tour of the admin console in one language: every section at phone and desktop
 * size (capture() checks axe-core and horizontal scroll at each), for people to look at.
 */
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { newContext, watchPage } from './browser.js';
import { capture } from './capture.js';

export type AdminLanguage = 'zh-TW' | 'zh-CN' | 'en';
type Cookies = Awaited<ReturnType<BrowserContext['cookies']>>;

/** Every page of the console, by the name its screenshots carry. */
export function adminTourPages(memberId: string): [name: string, path: string][] {
  return [
    ['home', '/admin'],
    ['members', '/admin/members'],
    ['member-detail', `/admin/members/${memberId}`],
    ['applications', '/admin/applications'],
    ['tiers', '/admin/tiers'],
    ['join-policy', '/admin/join'],
    ['invites', '/admin/invites'],
    ['spaces', '/admin/spaces'],
    ['topics', '/admin/topics'],
    ['community', '/admin/community'],
    ['outbox', '/admin/outbox'],
  ];
}

/** How far the widest table in the page is cut off (the console's tables should fit at 1280 px). */
async function tableOverflow(page: Page): Promise<number> {
  return page.evaluate(() =>
    Math.max(
      0,
      ...Array.from(document.querySelectorAll('main table')).map((table) => table.scrollWidth - (table.parentElement?.clientWidth ?? 0)),
    ),
  );
}

/** Screenshots `admin-<page>-<language>[-dark]-{phone,desktop}.png` of each console page, signed in with `cookies`. */
export async function captureAdminPagesIn(
  browser: Browser,
  options: { baseUrl: string; cookies: Cookies; language: AdminLanguage; memberId: string; isDark?: boolean },
): Promise<void> {
  const { baseUrl, cookies, language, memberId, isDark = false } = options;
  const context = await newContext(browser, { locale: language, colorScheme: isDark ? 'dark' : 'light' });
  await context.addCookies(cookies);
  await context.addInitScript((chosen) => window.localStorage.setItem('hearth.language', chosen), language);
  const page = await context.newPage();
  const problems = watchPage(page);
  const suffix = isDark ? `${language}-dark` : language;
  for (const [name, path] of adminTourPages(memberId)) {
    await page.goto(baseUrl + path);
    await page.locator('main h1').first().waitFor();
    await capture(page, `admin-${name}-${suffix}`, isDark ? ['desktop'] : ['phone', 'desktop']);
    assert.equal(await tableOverflow(page), 0, `a table on admin-${name}-${suffix} scrolls sideways at desktop size`);
  }
  assert.deepEqual(problems, [], `problems on the ${suffix} admin pages`);
  await context.close();
}
