/**
 * Images and link previews in a real browser against a real Hearth (English): Ada pastes an
 * image into a new thread and posts it with a URL on its own line, served by a local test
 * server; the thread shows the image (re-encoded, with its size) and a preview card with the
 * page's og:image. In a DM she attaches an image with the composer's button; it shows inline,
 * capped in size, and opens full size in a new tab. Files named after XSS payloads, and a page
 * whose og tags carry them, execute nothing (no dialog, no page error).
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { registerMember, setUpCommunity, XSS_PAYLOADS, type ApiClient, type TestApp } from '@hearth/server/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { DESKTOP, launchBrowser, newContext, watchPage } from './support/browser.js';
import { capture } from './support/capture.js';
import { startE2eServer } from './support/server.js';

const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Payloads that are also possible file names (a name cannot hold a slash or a line break). */
const NAME_PAYLOADS = XSS_PAYLOADS.filter((p) => !/[/\\\n\t]/.test(p) && p.length < 80).slice(0, 4);
const OG_PAYLOAD = '<img src=x onerror=alert("og")><script>alert(1)</script>';

async function picture(width: number, height: number, from: string, to: string): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>
    <rect width="${width}" height="${height}" fill="url(#g)"/><circle cx="${width * 0.7}" cy="${height * 0.35}" r="${height / 6}" fill="#fde68a"/></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/**
 * Holds the server's answers to image uploads in the browser until released, so a test chooses
 * when each upload ends (they overlap and end out of order) without slowing the server.
 */
async function holdUploads(page: Page) {
  const held: { release: () => Promise<void> }[] = [];
  await page.route('**/api/uploads', async (route) => {
    const response = await route.fetch();
    held.push({ release: () => route.fulfill({ response }) });
  });
  return {
    held,
    answered: async (n: number) => {
      while (held.length < n) await page.waitForTimeout(20);
    },
  };
}

/**
 * Puts `window.hearthRace` in a page: `arm(action)` runs the action in a microtask as soon as
 * React next asks its scheduler for a render, before that render runs: the order of tasks a busy
 * machine produces when a pick or a keystroke is queued ahead of it, which is when an upload
 * that had just ended used to lose its image.
 */
const RACE_SCRIPT = `(() => {
  const race = { fired: 0, armed: null };
  const post = MessagePort.prototype.postMessage;
  MessagePort.prototype.postMessage = function (...args) {
    const action = race.armed;
    if (action) {
      race.armed = null;
      queueMicrotask(() => { action(); race.fired += 1; });
    }
    return post.apply(this, args);
  };
  race.pick = (b64, name) => {
    race.armed = () => {
      const data = new DataTransfer();
      data.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], name, { type: 'image/png' }));
      const input = document.querySelector('input[type="file"]');
      input.files = data.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    };
  };
  race.type = (key) => {
    race.armed = () => {
      const area = document.querySelector('textarea');
      area.setRangeText(key, area.selectionStart, area.selectionEnd, 'end');
      area.dispatchEvent(new Event('input', { bubbles: true }));
    };
  };
  window.hearthRace = race;
})()`;

describe('media journey', () => {
  let app: TestApp;
  let browser: Browser;
  let site: http.Server;
  let siteUrl = '';
  let ada: { client: ApiClient; id: string };
  let grace: { client: ApiClient; id: string };
  let page: Page;
  let problems: string[];
  let context: BrowserContext;
  let spaceId = '';
  let sunset: Buffer;

  before(async () => {
    sunset = await picture(1600, 900, '#f97316', '#7c2d12');
    const cover = await picture(1200, 630, '#0ea5e9', '#1e3a8a');
    site = http.createServer((req, res) => {
      if (req.url === '/story')
        return res
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
          .end(
            '<html><head><title>fallback</title><meta property="og:title" content="The kettle club &amp; its teas">' +
              `<meta property="og:description" content="${attr(OG_PAYLOAD)}"><meta property="og:site_name" content="Tea Times">` +
              '<meta property="og:image" content="/cover.png"></head><body>story</body></html>',
          );
      if (req.url === '/cover.png') return res.writeHead(200, { 'content-type': 'image/png' }).end(cover);
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    const port = (site.address() as AddressInfo).port;
    siteUrl = `http://127.0.0.1:${port}`;
    app = await startE2eServer({ worker: true, outbound: { loopbackPorts: [port] } });
    await setUpCommunity(app, { locale: 'en' });
    const a = await registerMember(app, { displayName: 'Ada Lovelace', locale: 'en' });
    const g = await registerMember(app, { displayName: 'Grace Hopper', locale: 'en' });
    ada = { client: a.client, id: a.member.id };
    grace = { client: g.client, id: g.member.id };
    const spaces = (await ada.client.get('/api/spaces')).body.spaces as { id: string; kind: string }[];
    spaceId = spaces.find((s) => s.kind === 'discussion')!.id;
    await ada.client.post(`/api/spaces/${spaceId}/join`);
    browser = await launchBrowser();
    context = await newContext(browser, { viewport: DESKTOP });
    await context.addCookies([...ada.client.cookies].map(([name, value]) => ({ name, value, url: app.url })));
    await context.addInitScript(() => window.localStorage.setItem('hearth.language', 'en'));
    page = await context.newPage();
    problems = watchPage(page);
  });

  after(async () => {
    await browser?.close();
    await app?.close();
    site?.closeAllConnections();
    await new Promise((resolve) => site?.close(resolve));
  });

  /** Every <img> matching `selector` has loaded real pixels. */
  const imagesLoaded = (selector: string) =>
    page.waitForFunction(
      (s) => {
        const images = Array.from(document.querySelectorAll<HTMLImageElement>(s));
        return images.length > 0 && images.every((img) => img.complete && img.naturalWidth > 0);
      },
      selector,
      { timeout: 15_000 },
    );

  it('pastes an image into a new thread, posts it with a link, and sees both rendered', async () => {
    await page.goto(`${app.url}/spaces/${spaceId}`);
    await page.getByRole('button', { name: /Start a thread in/ }).click();
    await page.getByLabel('Title').fill('Sunset over the kettle');
    const text = page.getByRole('textbox', { name: 'Text' });
    await text.fill('Tonight from the balcony:\n');
    await text.focus();
    await text.press('End');
    await page.evaluate(async (b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], 'sunset.png', { type: 'image/png' }));
      document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, sunset.toString('base64'));
    await page.waitForFunction(
      () => /!\[sunset\]\(\/api\/uploads\/[^)]+\.1600x900\.webp\)/.test((document.querySelector('textarea') as HTMLTextAreaElement).value),
      undefined,
      { timeout: 15_000 },
    );
    const value = await text.inputValue();
    assert.doesNotMatch(value, /uploading…/);
    await text.fill(`${value}\nAnd the story behind it:\n\n${siteUrl}/story\n`);
    await page.getByRole('button', { name: 'Post thread' }).click();
    await page.getByRole('link', { name: 'Open the thread' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sunset over the kettle' }).waitFor();

    await imagesLoaded('article .markdown img');
    const image = page.locator('article .markdown img').first();
    assert.equal(await image.getAttribute('width'), '1600');
    assert.equal(await image.getAttribute('alt'), 'sunset');
    assert.equal(await image.getAttribute('loading'), 'lazy');
    const card = page.getByTestId('link-preview-card');
    await card.getByText('The kettle club & its teas').waitFor({ timeout: 20_000 });
    await card.getByText('Tea Times').waitFor();
    // The payload in og:description is shown as the text it is.
    assert.equal(await card.getByText(OG_PAYLOAD).count(), 1);
    await imagesLoaded('[data-testid="link-preview-card"] img');
    assert.match((await card.locator('img').getAttribute('src')) ?? '', /^\/api\/uploads\//);
    assert.equal(await page.locator('article script').count(), 0);
    await capture(page, 'media-journey-thread-en');
    assert.deepEqual(problems, []);
  });

  it('attaches an image in a DM with the composer button; it shows capped and opens full size', async () => {
    const dm = await ada.client.post('/api/dms', { memberIds: [grace.id] });
    await page.goto(`${app.url}/chat/${dm.body.conversation.id}`);
    const box = page.getByRole('textbox', { name: 'Write a message' });
    await box.waitFor();
    await box.fill('Look at this one');
    const form = page.locator('form', { has: box });
    await form
      .locator('input[type="file"]')
      .setInputFiles({ name: 'tall-sunset.png', mimeType: 'image/png', buffer: await picture(600, 1200, '#a855f7', '#1e1b4b') });
    await page.waitForFunction(
      () => /!\[tall-sunset\]\(\/api\/uploads\//.test((document.querySelector('form textarea') as HTMLTextAreaElement).value),
      undefined,
      {
        timeout: 15_000,
      },
    );
    await box.press('Enter');
    const log = page.getByRole('log', { name: 'Messages' });
    await log.getByText('Look at this one').waitFor();
    await imagesLoaded('[role="log"] .markdown img');
    const shown = await log.locator('.markdown img').boundingBox();
    assert.ok(shown && shown.height <= 256.5 && shown.height > 100, `image shown ${JSON.stringify(shown)}`);
    const [popup] = await Promise.all([page.waitForEvent('popup'), log.locator('.markdown a:has(img)').click()]);
    await popup.waitForLoadState();
    assert.match(popup.url(), /\/api\/uploads\/[^/]+\/[\w-]+\.600x1200\.webp$/);
    await popup.close();
    await capture(page, 'media-journey-chat-en');
    assert.deepEqual(problems, []);
  });

  it('uploads files named after XSS payloads through the Add image button, and nothing executes', async () => {
    await page.goto(`${app.url}/spaces/${spaceId}`);
    await page.getByRole('button', { name: /Start a thread in/ }).click();
    await page.getByLabel('Title').fill('Hostile file names');
    const small = await picture(320, 200, '#22c55e', '#14532d');
    // Picked together, as a member choosing several photos at once does.
    await page
      .locator('input[type="file"]')
      .first()
      .setInputFiles(NAME_PAYLOADS.map((payload) => ({ name: `${payload}.png`, mimeType: 'image/png', buffer: small })));
    await page.waitForFunction(
      (n) => ((document.querySelector('textarea') as HTMLTextAreaElement).value.match(/\]\(\/api\/uploads\//g) ?? []).length === n,
      NAME_PAYLOADS.length,
      { timeout: 20_000 },
    );
    await page.getByRole('tab', { name: 'Preview' }).click();
    await imagesLoaded('[role="tabpanel"] .markdown img');
    await page.getByRole('tab', { name: 'Write' }).click();
    await page.getByRole('button', { name: 'Post thread' }).click();
    await page.getByRole('link', { name: 'Open the thread' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hostile file names' }).waitFor();
    const rendered = await page
      .waitForFunction((n) => document.querySelectorAll('article .markdown img').length === n, NAME_PAYLOADS.length, { timeout: 10_000 })
      .then(() => true)
      .catch(() => false);
    assert.ok(rendered, `expected ${NAME_PAYLOADS.length} images in: ${await page.locator('article .markdown').first().innerHTML()}`);
    await imagesLoaded('article .markdown img');
    assert.equal(await page.locator('article .markdown img[onerror], article .markdown script, article .markdown svg').count(), 0);
    // A dialog would have been recorded by watchPage; give any late handler a moment to fire.
    await page.waitForTimeout(500);
    assert.deepEqual(problems, []);
  });

  it('adds images one at a time while earlier ones still upload, typing between, and posts them all', async () => {
    // The server's answers are held in the browser and let through in an order chosen here, so
    // the uploads overlap and end out of order: each answer lands while the next file is picked
    // or while Ada types.
    const { held, answered } = await holdUploads(page);
    await page.goto(`${app.url}/spaces/${spaceId}`);
    await page.getByRole('button', { name: /Start a thread in/ }).click();
    await page.getByLabel('Title').fill('Four photos, one by one');
    const text = page.getByRole('textbox', { name: 'Text' });
    const input = page.locator('input[type="file"]').first();
    const names = ['first', 'second', 'third', 'fourth'];
    const colours = ['#f97316', '#0ea5e9', '#22c55e', '#a855f7'];
    const files = await Promise.all(
      names.map(async (name, i) => ({
        name: `${name}.png`,
        mimeType: 'image/png',
        buffer: await picture(320 + 40 * i, 200, colours[i]!, '#1e1b4b'),
      })),
    );
    const pick = (i: number) => input.setInputFiles(files[i]!);

    await text.fill('Our walk:\n');
    await pick(0);
    await pick(1);
    await text.pressSequentially('(the river) ');
    await answered(2);
    await Promise.all([held[1]!.release(), pick(2)]);
    await Promise.all([held[0]!.release(), text.pressSequentially('and the hills ')]);
    await pick(3);
    await answered(4);
    await Promise.all([held[3]!.release(), text.pressSequentially('last one')]);
    // Posting now would post a placeholder: the button waits for the last upload.
    assert.equal(await page.getByRole('button', { name: 'Post thread' }).isDisabled(), true, 'Post waits while an image uploads');
    await held[2]!.release();
    await page.waitForFunction(
      (n) => {
        const value = (document.querySelector('textarea') as HTMLTextAreaElement).value;
        return !value.includes('uploading…') && (value.match(/\]\(\/api\/uploads\//g) ?? []).length === n;
      },
      names.length,
      { timeout: 20_000 },
    );
    await page.unroute('**/api/uploads');
    await page.getByRole('button', { name: 'Post thread' }).and(page.locator(':enabled')).waitFor();
    const value = await text.inputValue();
    for (const words of ['Our walk:', '(the river)', 'and the hills', 'last one'])
      assert.ok(value.includes(words), `"${words}" kept in ${value}`);
    for (const name of names) assert.equal(value.split(`![${name}](/api/uploads/`).length, 2, `one ${name} image in ${value}`);

    await page.getByRole('button', { name: 'Post thread' }).click();
    await page.getByRole('link', { name: 'Open the thread' }).click();
    await page.getByRole('heading', { level: 1, name: 'Four photos, one by one' }).waitFor();
    const rendered = await page
      .waitForFunction((n) => document.querySelectorAll('article .markdown img').length === n, names.length, { timeout: 10_000 })
      .then(() => true)
      .catch(() => false);
    assert.ok(rendered, `expected ${names.length} images in: ${await page.locator('article .markdown').first().innerHTML()}`);
    await imagesLoaded('article .markdown img');
    const shown = page.locator('article .markdown img');
    assert.deepEqual(await shown.evaluateAll((images) => images.map((img) => img.getAttribute('alt'))), names, 'in the order picked');
    assert.deepEqual(
      await shown.evaluateAll((images) => images.map((img) => img.getAttribute('width'))),
      names.map((_, i) => String(320 + 40 * i)),
    );
    assert.deepEqual(problems, []);
  });

  it('keeps an image whose upload ends just before a pick or a keystroke is handled', async () => {
    const raceContext = await newContext(browser, { viewport: DESKTOP });
    await raceContext.addCookies([...ada.client.cookies].map(([name, value]) => ({ name, value, url: app.url })));
    await raceContext.addInitScript(() => window.localStorage.setItem('hearth.language', 'en'));
    await raceContext.addInitScript(RACE_SCRIPT);
    const racePage = await raceContext.newPage();
    const raceProblems = watchPage(racePage);
    const png = await picture(64, 48, '#f97316', '#7c2d12');
    const textOf = () => racePage.getByRole('textbox', { name: 'Text' }).inputValue();
    try {
      for (const next of ['pick', 'type'] as const) {
        const { held, answered } = await holdUploads(racePage);
        await racePage.goto(`${app.url}/spaces/${spaceId}`);
        await racePage.getByRole('button', { name: /Start a thread in/ }).click();
        const text = racePage.getByRole('textbox', { name: 'Text' });
        await text.fill('');
        await racePage.locator('input[type="file"]').first().setInputFiles({ name: 'early.png', mimeType: 'image/png', buffer: png });
        await answered(1);
        if (next === 'pick') await racePage.evaluate((b64) => (window as any).hearthRace.pick(b64, 'late.png'), png.toString('base64'));
        else await racePage.evaluate(() => (window as any).hearthRace.type('!'));
        await held[0]!.release();
        await racePage.waitForFunction(() => (window as any).hearthRace.fired > 0, undefined, { timeout: 10_000 });
        await racePage.evaluate(() => ((window as any).hearthRace.fired = 0));
        if (next === 'pick') {
          await answered(2);
          await held[1]!.release();
        }
        const wanted = next === 'pick' ? ['early', 'late'] : ['early'];
        const isDone = await racePage
          .waitForFunction(
            (names) => {
              const value = (document.querySelector('textarea') as HTMLTextAreaElement).value;
              return (
                !value.includes('uploading…') && names.every((name) => new RegExp(`!\\[${name}\\]\\(/api/uploads/[^)\\s]+\\)`).test(value))
              );
            },
            wanted,
            { timeout: 10_000 },
          )
          .then(() => true)
          .catch(() => false);
        assert.ok(isDone, `${next}: every image whole in ${JSON.stringify(await textOf())}`);
        if (next === 'type') assert.match(await textOf(), /\)\n!$/, 'the keystroke is kept too');
        await text.fill('');
        await racePage.unroute('**/api/uploads');
      }
      assert.deepEqual(raceProblems, []);
    } finally {
      await raceContext.close();
    }
  });
});
