import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { UPLOAD_PATH } from '@hearth/contracts';
import sharp from 'sharp';
import { assertProblem, memberWithRole, startCommunity } from '../../../test/community.js';
import { snapshotDb } from '../../../test/db-snapshot.js';
import { registerMember, setUpCommunity, startTestApp, XSS_PAYLOADS, type ApiClient, type TestApp } from '../../../test/harness.js';
import { UPLOAD_RATE } from './uploads.service.js';

const form = (bytes: Buffer | string, name: string, type = 'image/png', field = 'file') => {
  const body = new FormData();
  body.append(field, new Blob([bytes], { type }), name);
  return body;
};
const solid = (width: number, height: number, background = '#c2410c') => sharp({ create: { width, height, channels: 3, background } });

describe('image uploads', () => {
  let app: TestApp;
  let owner: ApiClient;
  let member: ApiClient;
  let png: Buffer;
  const blobFiles = () => {
    const dir = path.join(app.dataDir, 'blobs', 'uploads');
    return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
  };
  const uploadRows = async () =>
    Number(
      (
        await app.hearth.platform.db
          .selectFrom('upload')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const fetchAs = (client: ApiClient, url: string) =>
    fetch(app.url + url, { headers: { cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });

  before(async () => {
    ({ app, owner } = await startCommunity());
    ({ client: member } = await memberWithRole(app, owner, 'member'));
    png = await solid(600, 400).png().toBuffer();
  });
  after(() => app.close());

  it('re-encodes a JPEG upright to WebP without EXIF or GPS, stores it and serves it to members', async () => {
    // Orientation 6: the camera was turned, so the 800×500 pixels show a 500×800 picture.
    const jpeg = await solid(800, 500)
      .jpeg()
      .withMetadata({
        orientation: 6,
        exif: { IFD0: { Copyright: 'secret-exif', Artist: 'secret-artist' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '25/1 2/1 0/1' } },
      })
      .toBuffer();
    assert.equal((await sharp(jpeg).metadata()).orientation, 6);
    const res = await member.post('/api/uploads', form(jpeg, 'holiday.jpg', 'image/jpeg'));
    assert.equal(res.status, 201, JSON.stringify(res.body));
    const { id, url, width, height, name, mime, bytes } = res.body;
    assert.deepEqual([width, height, name, mime], [500, 800, 'holiday.webp', 'image/webp']);
    assert.match(url, UPLOAD_PATH);
    assert.ok(url.startsWith(`/api/uploads/${id}/`) && url.endsWith('.500x800.webp'), url);

    const image = await fetchAs(owner, url);
    assert.equal(image.status, 200);
    assert.equal(image.headers.get('content-type'), 'image/webp');
    assert.equal(image.headers.get('x-content-type-options'), 'nosniff');
    assert.match(image.headers.get('cache-control') ?? '', /private.*immutable/);
    assert.equal(image.headers.get('content-disposition'), `inline; filename="holiday.webp"; filename*=UTF-8''holiday.webp`);
    const stored = Buffer.from(await image.arrayBuffer());
    assert.equal(stored.length, bytes);
    const meta = await sharp(stored).metadata();
    assert.deepEqual([meta.format, meta.width, meta.height, meta.exif, meta.orientation], ['webp', 500, 800, undefined, undefined]);
    for (const secret of ['secret-exif', 'secret-artist', 'GPS']) assert.ok(!stored.includes(secret), secret);

    const row = await app.hearth.platform.db.selectFrom('upload').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.kind, 'upload');
    assert.equal(row.bytes, bytes);
    assert.deepEqual(blobFiles(), [`${id}.webp`]);
  });

  it('scales images down to 2560 px on the longest side and never up', async () => {
    const wide = await member.post('/api/uploads', form(await solid(4000, 1000).png().toBuffer(), 'wide.png'));
    assert.deepEqual([wide.status, wide.body.width, wide.body.height], [201, 2560, 640]);
    const small = await member.post('/api/uploads', form(await solid(40, 30).webp().toBuffer(), 'small.webp', 'image/webp'));
    assert.deepEqual([small.status, small.body.width, small.body.height], [201, 40, 30]);
    const meta = await sharp(Buffer.from(await (await fetchAs(member, wide.body.url)).arrayBuffer())).metadata();
    assert.deepEqual([meta.width, meta.height], [2560, 640]);
  });

  it('keeps an animated GIF animated (as animated WebP)', async () => {
    const frames = await Promise.all(['#f00', '#00f', '#0f0'].map((colour) => solid(120, 80, colour).png().toBuffer()));
    const gif = await sharp(frames, { join: { animated: true } })
      .gif({ delay: [100, 100, 100], loop: 0 })
      .toBuffer();
    const res = await member.post('/api/uploads', form(gif, 'party.gif', 'image/gif'));
    assert.deepEqual([res.status, res.body.width, res.body.height], [201, 120, 80], JSON.stringify(res.body));
    const stored = Buffer.from(await (await fetchAs(member, res.body.url)).arrayBuffer());
    const meta = await sharp(stored, { animated: true }).metadata();
    assert.deepEqual([meta.format, meta.pages, meta.pageHeight], ['webp', 3, 80]);
  });

  it('serves uploads to signed-in members only, and only under their exact URL', async () => {
    const { url, id } = (await member.post('/api/uploads', form(png, 'a.png'))).body;
    assertProblem(await app.client().get(url), 401, 'unauthenticated');
    const token = url.split('/').pop().split('.')[0];
    assertProblem(await owner.get(`/api/uploads/${id}/${'A'.repeat(24)}.600x400.webp`), 404, 'not_found');
    assertProblem(await owner.get(`/api/uploads/${id}/${token}.601x400.webp`), 404, 'not_found');
    assertProblem(await owner.get(`/api/uploads/01900000-0000-7000-8000-000000000000/${token}.600x400.webp`), 404, 'not_found');
    assertProblem(await owner.get(`/api/uploads/${id}/${token}.600x400.png`), 400, 'invalid_input');
    assertProblem(await owner.get(`/api/uploads/${id}/..%2F..%2Fhearth.sqlite`), 400, 'invalid_input');
    assert.equal((await owner.get(url)).status, 200);
  });

  it('refuses everything that is not a safe image, storing neither blob nor row', async () => {
    const gif = await solid(32, 32).gif().toBuffer();
    const jpeg = await solid(300, 300).jpeg().toBuffer();
    const corpus: [string, Buffer | string, string, string, number, string][] = [
      ['a text file', 'just some words\n', 'notes.txt', 'text/plain', 415, 'upload_not_image'],
      [
        'HTML named .png',
        '<!doctype html><html><body><script>alert(1)</script></body></html>',
        'cat.png',
        'image/png',
        415,
        'upload_not_image',
      ],
      [
        'an SVG',
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
        'z.svg',
        'image/svg+xml',
        415,
        'upload_not_image',
      ],
      ['a PDF', '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF', 'doc.png', 'image/png', 415, 'upload_not_image'],
      [
        'a GIF header followed by script',
        Buffer.concat([Buffer.from('GIF89a'), Buffer.from([1, 0, 1, 0, 0, 0, 0]), Buffer.from('<script>alert(document.cookie)</script>')]),
        'x.gif',
        'image/gif',
        415,
        'upload_not_image',
      ],
      [
        'a GIF/HTML polyglot',
        Buffer.concat([gif, Buffer.from('<html><script>alert(1)</script></html>')]),
        'y.gif',
        'image/gif',
        415,
        'upload_not_image',
      ],
      ['a JPEG/SVG polyglot', Buffer.concat([jpeg, Buffer.from('<svg onload=alert(1)>')]), 'p.jpg', 'image/jpeg', 415, 'upload_not_image'],
      ['a truncated PNG', png.subarray(0, 200), 'cut.png', 'image/png', 415, 'upload_not_image'],
      ['a truncated JPEG', jpeg.subarray(0, Math.floor(jpeg.length / 2)), 'cut.jpg', 'image/jpeg', 415, 'upload_not_image'],
      [
        'a PNG with a corrupt body',
        Buffer.concat([png.subarray(0, 60), Buffer.alloc(png.length - 60, 0x55)]),
        'bad.png',
        'image/png',
        415,
        'upload_not_image',
      ],
      ['an 11 MB file', Buffer.alloc(11 * 1024 * 1024, 7), 'huge.png', 'image/png', 413, 'upload_too_large'],
      [
        'a 10,000×10,000 PNG bomb',
        await solid(10_000, 10_000).png({ compressionLevel: 9 }).toBuffer(),
        'bomb.png',
        'image/png',
        422,
        'upload_too_many_pixels',
      ],
    ];
    const rows = await snapshotDb(app.hearth.platform.db);
    const count = await uploadRows();
    const files = blobFiles();
    for (const [what, bytes, name, type, status, code] of corpus) {
      const res = await member.post('/api/uploads', form(bytes, name, type));
      assertProblem(res, status, code);
      assert.ok(res.body.title.length > 0, what);
      assert.equal(await snapshotDb(app.hearth.platform.db), rows, `${what} changed rows`);
      assert.equal(await uploadRows(), count, `${what} added an upload row`);
      assert.deepEqual(blobFiles(), files, `${what} stored a blob`);
    }
    const translated = await app.client({ locale: 'zh-TW' }).post('/api/uploads', form('x', 'x.txt'));
    assertProblem(translated, 401, 'unauthenticated');
    member.locale = 'zh-TW';
    const zh = await member.post('/api/uploads', form('just text', 'notes.txt', 'text/plain'));
    member.locale = 'en';
    assertProblem(zh, 415, 'upload_not_image');
    assert.match(zh.body.title, /圖片/);
  });

  it('needs multipart with the file in the "file" field', async () => {
    const count = await uploadRows();
    assertProblem(await member.post('/api/uploads', { file: 'x' }), 415, 'multipart_required');
    assertProblem(await member.post('/api/uploads', form(png, 'a.png', 'image/png', 'image')), 400, 'upload_missing');
    assertProblem(await app.client().post('/api/uploads', form(png, 'a.png')), 401, 'unauthenticated');
    assert.equal(await uploadRows(), count);
  });

  it('cleans hostile file names and encodes them safely in Content-Disposition', async () => {
    const names = [
      ...XSS_PAYLOADS.slice(0, 20),
      '..\\..\\evil\r\nSet-Cookie: x=1.png',
      '"; filename=evil.html; x=".png',
      '\u202Egnp.exe.png',
      '\u0007\u200b.png',
    ];
    for (const original of names) {
      const res = await member.post('/api/uploads', form(png, original));
      assert.equal(res.status, 201, `${JSON.stringify(original)}: ${JSON.stringify(res.body)}`);
      const name: string = res.body.name;
      assert.ok(name.endsWith('.webp') && !/[\p{Cc}\p{Cf}/\\]/u.test(name), JSON.stringify(name));
      const image = await fetchAs(member, res.body.url);
      const disposition = image.headers.get('content-disposition') ?? '';
      assert.match(disposition, /^inline; filename="[A-Za-z0-9._ -]*"; filename\*=UTF-8''[A-Za-z0-9._~%!-]*$/, disposition);
      assert.equal(decodeURIComponent(disposition.split("UTF-8''")[1]!), name);
      assert.equal(image.headers.get('set-cookie'), null);
    }
  });

  it('embeds uploads in threads and chat messages with their size', async () => {
    const upload = (await member.post('/api/uploads', form(png, 'chart.png'))).body;
    const spaces = (await member.get('/api/spaces')).body.spaces as { id: string; kind: string }[];
    const discussion = spaces.find((s) => s.kind === 'discussion')!;
    await member.post(`/api/spaces/${discussion.id}/join`);
    const thread = await member.post(`/api/spaces/${discussion.id}/posts`, {
      title: 'Chart',
      body: `Look:\n\n![chart](${upload.url})\n\n![px](https://tracker.example/p.gif)`,
    });
    assert.equal(thread.status, 201, JSON.stringify(thread.body));
    const html: string = (await member.get(`/api/posts/${thread.body.post.id}`)).body.post.html;
    assert.ok(html.includes(`<img src="${upload.url}" alt="chart" loading="lazy" width="600" height="400" />`), html);
    assert.ok(!html.includes('<img src="https://tracker'), html);
    const ownerId = (await owner.get('/api/me')).body.member.id as string;
    const dm = await member.post('/api/dms', { memberIds: [ownerId] });
    const message = await member.post(`/api/conversations/${dm.body.conversation.id}/messages`, { body: `![chart](${upload.url})` });
    assert.equal(message.status, 201, JSON.stringify(message.body));
    assert.ok(message.body.message.html.includes(`width="600" height="400"`), message.body.message.html);
  });
});

describe('image uploads: rate limit', () => {
  let app: TestApp;
  after(() => app.close());

  it(`accepts ${UPLOAD_RATE.max} uploads per member per window, then refuses without storing`, async () => {
    app = await startTestApp();
    await setUpCommunity(app);
    const { client } = await registerMember(app);
    const tiny = await solid(8, 8).png().toBuffer();
    for (let i = 0; i < UPLOAD_RATE.max; i++) assert.equal((await client.post('/api/uploads', form(tiny, `${i}.png`))).status, 201);
    const before = await app.hearth.platform.db.selectFrom('upload').select('id').execute();
    const refused = await client.post('/api/uploads', form(tiny, 'one-more.png'));
    assertProblem(refused, 429, 'rate_limited');
    assert.ok(Number(refused.headers.get('retry-after')) > 0);
    assert.equal((await app.hearth.platform.db.selectFrom('upload').select('id').execute()).length, before.length);
  });
});
