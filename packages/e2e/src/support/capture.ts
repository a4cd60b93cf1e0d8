/**
 * Screenshots of one page at the phone and desktop sizes, each checked with axe-core, after
 * the page has settled (no request in flight, no skeleton, fonts loaded, toasts dismissed).
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, screenshot, seriousViolations } from './browser.js';

export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), undefined, { timeout: 15_000 });
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
}

async function dismissToasts(page: Page): Promise<void> {
  await page
    .locator('[aria-live="polite"] > div button')
    .evaluateAll((buttons) => buttons.forEach((button) => (button as HTMLElement).click()));
}

/** Whether anything is wider than the viewport (the UI brief: no horizontal scroll). */
async function overflowWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/**
 * Saves `<name>-phone.png` (390×844) and `<name>-desktop.png` (1280×800); asserts no serious
 * accessibility violation and no horizontal scroll at either size. Leaves the page at the desktop size.
 */
export async function capture(page: Page, name: string, sizes: readonly ('phone' | 'desktop')[] = ['phone', 'desktop']): Promise<void> {
  for (const size of sizes) {
    await page.setViewportSize(size === 'phone' ? PHONE : DESKTOP);
    await settle(page);
    await dismissToasts(page);
    assert.equal(await overflowWidth(page), 0, `${name} scrolls sideways at ${size} size`);
    await screenshot(page, `${name}-${size}`);
    assert.deepEqual(await seriousViolations(page), [], `${name} at ${size} size has serious accessibility violations`);
  }
  await page.setViewportSize(DESKTOP);
}
