import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { assertProblem, memberWithRole } from '../../../test/community.js';
import { setUpCommunity, startTestApp, XSS_PAYLOADS, type ApiClient, type TestApp } from '../../../test/harness.js';
import { plainText } from './preview-extract.js';

const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const PAYLOADS = XSS_PAYLOADS.slice(0, 9);

describe('link previews', () => {
  let server: http.Server;
  let base: string;
  let app: TestApp;
  let member: ApiClient;
  let ownerId: string;
  let spaceId: string;
  let ogImage: Buffer;
  const requests: string[] = [];

  before(async () => {
    ogImage = await sharp({ create: { width: 1200, height: 630, channels: 3, background: '#1d4ed8' } })
      .jpeg()
      .withMetadata({ exif: { IFD0: { Copyright: 'og-secret' } } })
      .toBuffer();
    server = http.createServer((req, res) => {
      requests.push(req.url ?? '');
      const url = new URL(req.url ?? '/', 'http://x');
      if (url.pathname === '/article')
        return res
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
          .end(
            '<html><head><title>Fallback</title><meta property="og:title" content="Hearth &amp; friends">' +
              '<meta property="og:description" content="A warm room."><meta property="og:site_name" content="Example News">' +
              '<meta property="og:image" content="/og.jpg"></head><body>…</body></html>',
          );
      if (url.pathname === '/og.jpg') return res.writeHead(200, { 'content-type': 'image/jpeg' }).end(ogImage);
      if (url.pathname === '/xss') {
        const payload = PAYLOADS[Number(url.searchParams.get('n'))]!;
        return res
          .writeHead(200, { 'content-type': 'text/html' })
          .end(
            `<title>${attr(payload)}</title><meta property="og:title" content="${attr(payload)}">` +
              `<meta property="og:description" content="${attr(payload)}"><meta property="og:image" content="javascript:alert(1)">`,
          );
      }
      if (url.pathname === '/not-html') return res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4');
      if (url.pathname === '/to-metadata') return res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    base = `http://127.0.0.1:${port}`;
    app = await startTestApp({ env: { HEARTH_RATE_LIMIT: 'false' }, outbound: { loopbackPorts: [port] } });
    const owner = await setUpCommunity(app);
    ownerId = (await owner.get('/api/me')).body.member.id;
    ({ client: member } = await memberWithRole(app, owner, 'member'));
    const spaces = (await member.get('/api/spaces')).body.spaces as { id: string; kind: string }[];
    spaceId = spaces.find((s) => s.kind === 'discussion')!.id;
    await member.post(`/api/spaces/${spaceId}/join`);
  });
  after(async () => {
    await app.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const preview = (url: string) => member.get(`/api/link-previews?url=${encodeURIComponent(url)}`);
  const thread = async (body: string) => {
    const res = await member.post(`/api/spaces/${spaceId}/posts`, { title: 'Links', body });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body.post.id as string;
  };

  it('fetches a URL posted alone on its line after the post commits, with its og:image re-encoded as an upload', async () => {
    const url = `${base}/article`;
    await thread(`Worth reading:\n${url}`);
    assert.deepEqual(requests, [], 'nothing is fetched inside the request');
    const pending = await preview(url);
    assert.equal(pending.status, 200);
    assert.equal(pending.body.preview.status, 'pending');
    await app.hearth.platform.jobs.runDue();
    const ready = (await preview(url)).body.preview;
    assert.equal(ready.status, 'ready');
    assert.deepEqual([ready.title, ready.description, ready.siteName], ['Hearth & friends', 'A warm room.', 'Example News']);
    assert.deepEqual(requests, ['/article', '/og.jpg']);
    assert.deepEqual([ready.image.width, ready.image.height], [1200, 630]);
    assert.match(ready.image.url, /^\/api\/uploads\/[0-9a-f-]{36}\/[\w-]+\.1200x630\.webp$/);
    const image = await fetch(app.url + ready.image.url, {
      headers: { cookie: [...member.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    assert.equal(image.headers.get('content-type'), 'image/webp');
    const bytes = Buffer.from(await image.arrayBuffer());
    assert.ok(!bytes.includes('og-secret'));
    const row = await app.hearth.platform.db
      .selectFrom('upload')
      .selectAll()
      .where('id', '=', ready.image.url.split('/')[3])
      .executeTakeFirstOrThrow();
    assert.deepEqual([row.kind, row.ownerId], ['preview', null]);
    assertProblem(await app.client().get(`/api/link-previews?url=${encodeURIComponent(url)}`), 401, 'unauthenticated');
  });

  it('uses the cache: posting the same URL again fetches nothing', async () => {
    requests.length = 0;
    const previewJobs = async () =>
      (await app.hearth.platform.db.selectFrom('job').select('id').where('name', '=', 'media.link_preview').execute()).length;
    const jobsBefore = await previewJobs();
    await thread(`${base}/article`);
    const dm = await member.post('/api/dms', { memberIds: [ownerId] });
    const sent = await member.post(`/api/conversations/${dm.body.conversation.id}/messages`, { body: `${base}/article` });
    assert.equal(sent.status, 201);
    assert.equal(await previewJobs(), jobsBefore);
    await app.hearth.platform.jobs.runDue();
    assert.deepEqual(requests, []);
  });

  it('asks for previews from chat messages and comments too', async () => {
    const dm = await member.post('/api/dms', { memberIds: [ownerId] });
    await member.post(`/api/conversations/${dm.body.conversation.id}/messages`, { body: `${base}/xss?n=0` });
    const postId = await thread('no links here');
    assert.equal((await member.post(`/api/posts/${postId}/comments`, { body: `see\n<${base}/xss?n=1>` })).status, 201);
    await app.hearth.platform.jobs.runDue();
    for (const n of [0, 1]) assert.equal((await preview(`${base}/xss?n=${n}`)).body.preview.status, 'ready');
  });

  it('stores XSS payloads of og tags as plain text and never fetches a javascript: image', async () => {
    for (let n = 2; n < PAYLOADS.length; n += 3) {
      await thread(
        [n, n + 1, n + 2]
          .filter((i) => i < PAYLOADS.length)
          .map((i) => `${base}/xss?n=${i}`)
          .join('\n'),
      );
    }
    await app.hearth.platform.jobs.runDue();
    for (let n = 0; n < PAYLOADS.length; n++) {
      const res = await preview(`${base}/xss?n=${n}`);
      assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
      assert.equal(res.body.preview.title, plainText(PAYLOADS[n], 300), PAYLOADS[n]);
      assert.equal(res.body.preview.description, plainText(PAYLOADS[n], 500), PAYLOADS[n]);
      assert.equal(res.body.preview.image, null);
    }
  });

  it('records refused fetches as failed: not HTML, a redirect to a private address', async () => {
    requests.length = 0;
    await thread(`${base}/not-html\n${base}/to-metadata`);
    await app.hearth.platform.jobs.runDue();
    for (const path of ['/not-html', '/to-metadata']) {
      const res = (await preview(`${base}${path}`)).body.preview;
      assert.deepEqual([res.status, res.title, res.image], ['failed', null, null], path);
    }
    assert.deepEqual(requests.sort(), ['/not-html', '/to-metadata']);
  });

  it('asks for nothing when the URL is inside a sentence, or when the post is refused', async () => {
    await thread(`read ${base}/article?inline=1 today`);
    assertProblem(await preview(`${base}/article?inline=1`), 404, 'not_found');
    const refused = await member.post(`/api/spaces/${spaceId}/posts`, {
      title: 'x',
      body: `[@Nobody](mention:01900000-0000-7000-8000-000000000000)\n\n${base}/article?refused=1`,
    });
    assert.equal(refused.status, 400);
    assertProblem(await preview(`${base}/article?refused=1`), 404, 'not_found');
    assertProblem(await preview('javascript:alert(1)'), 400, 'invalid_input');
  });
});
