import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import type { ApiClient, TestApp } from '../../../test/harness.js';
import { assertProblem, memberWithRole, snapshot, startCommunity } from './members.test-support.js';

const upload = (bytes: Buffer | string, name: string, type: string, field = 'file') => {
  const form = new FormData();
  form.append(field, new Blob([bytes], { type }), name);
  return form;
};
const solid = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#c2410c' } });

describe('avatars', () => {
  let app: TestApp;
  let member: ApiClient;
  let png: Buffer;
  const avatarFiles = () => {
    const dir = path.join(app.dataDir, 'blobs', 'avatars');
    return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
  };

  before(async () => {
    const started = await startCommunity();
    app = started.app;
    ({ client: member } = await memberWithRole(app, started.owner, 'member'));
    png = await solid(600, 400).png().toBuffer();
  });
  after(() => app.close());

  it('re-encodes an upload to a 256×256 WebP without metadata and serves it immutably', async () => {
    const jpeg = await solid(800, 500)
      .jpeg()
      .withMetadata({ exif: { IFD0: { Copyright: 'secret-exif' } } })
      .toBuffer();
    const res = await member.post('/api/me/avatar', upload(jpeg, 'me.jpg', 'image/jpeg'));
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const url: string = res.body.member.avatarUrl;
    assert.match(url, /^\/api\/avatars\/[A-Za-z0-9_-]{8,80}\.webp$/);
    const image = await fetch(app.url + url);
    assert.equal(image.status, 200);
    assert.equal(image.headers.get('content-type'), 'image/webp');
    assert.match(image.headers.get('cache-control') ?? '', /immutable/);
    assert.equal(image.headers.get('x-content-type-options'), 'nosniff');
    const bytes = Buffer.from(await image.arrayBuffer());
    const meta = await sharp(bytes).metadata();
    assert.deepEqual([meta.format, meta.width, meta.height], ['webp', 256, 256]);
    assert.equal(meta.exif, undefined);
    assert.ok(!bytes.includes('secret-exif'));
    assert.deepEqual(avatarFiles(), [url.split('/').pop()]);
    assert.equal((await member.get('/api/me')).body.member.avatarUrl, url);
  });

  it('replaces the previous avatar and deletes its blob; accepts PNG, GIF, WebP and a 4 MB image', async () => {
    const before = (await member.get('/api/me')).body.member.avatarUrl as string;
    const noisy = await sharp({
      create: { width: 1200, height: 1100, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 128, sigma: 40 } },
    })
      .png()
      .toBuffer();
    assert.ok(noisy.length > 3 * 1024 * 1024 && noisy.length < 5 * 1024 * 1024, `noise PNG is ${noisy.length} bytes`);
    let last = before;
    for (const [bytes, name, type] of [
      [png, 'a.png', 'image/png'],
      [await solid(64, 64).gif().toBuffer(), 'a.gif', 'image/gif'],
      [await solid(300, 300).webp().toBuffer(), 'a.webp', 'image/webp'],
      [noisy, 'big.png', 'image/png'],
    ] as const) {
      const res = await member.post('/api/me/avatar', upload(bytes, name, type));
      assert.equal(res.status, 200, `${name}: ${JSON.stringify(res.body)}`);
      assert.notEqual(res.body.member.avatarUrl, last);
      assert.equal((await fetch(app.url + last)).status, 404, 'the previous blob is gone');
      last = res.body.member.avatarUrl;
      assert.deepEqual(avatarFiles(), [last.split('/').pop()]);
    }
  });

  it('refuses everything that is not a safe image, and changes nothing', async () => {
    const gif = await solid(32, 32).gif().toBuffer();
    const corpus: [string, Buffer | string, string, string, number, string][] = [
      ['a text file', 'just some words\n', 'notes.txt', 'text/plain', 415, 'upload_not_image'],
      [
        'an HTML file named .png',
        '<!doctype html><html><body><script>alert(1)</script></body></html>',
        'cat.png',
        'image/png',
        415,
        'upload_not_image',
      ],
      [
        'a GIF header followed by script',
        Buffer.concat([Buffer.from('GIF89a'), Buffer.from([1, 0, 1, 0, 0, 0, 0]), Buffer.from('<script>alert(document.cookie)</script>')]),
        'x.gif',
        'image/gif',
        415,
        'upload_not_image',
      ],
      [
        'a valid GIF with HTML appended',
        Buffer.concat([gif, Buffer.from('<html><script>alert(1)</script></html>')]),
        'y.gif',
        'image/gif',
        415,
        'upload_not_image',
      ],
      [
        'an SVG',
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
        'z.png',
        'image/png',
        415,
        'upload_not_image',
      ],
      ['a truncated PNG', png.subarray(0, 200), 'cut.png', 'image/png', 415, 'upload_not_image'],
      ['a 20 MB file', Buffer.alloc(20 * 1024 * 1024, 7), 'huge.png', 'image/png', 413, 'upload_too_large'],
      [
        'a 10,000×10,000 pixel PNG bomb',
        await solid(10_000, 10_000).png({ compressionLevel: 9 }).toBuffer(),
        'bomb.png',
        'image/png',
        422,
        'upload_too_many_pixels',
      ],
    ];
    const rows = await snapshot(app);
    const files = avatarFiles();
    for (const [what, bytes, name, type, status, code] of corpus) {
      const res = await member.post('/api/me/avatar', upload(bytes, name, type));
      assert.equal(res.status, status, `${what}: ${res.status} ${JSON.stringify(res.body)}`);
      assertProblem(res, status, code);
      assert.equal(await snapshot(app), rows, `${what} changed rows`);
      assert.deepEqual(avatarFiles(), files, `${what} changed blobs`);
    }
  });

  it('needs multipart with the file in the "file" field', async () => {
    const rows = await snapshot(app);
    assertProblem(await member.post('/api/me/avatar', { file: 'x' }), 415, 'multipart_required');
    assertProblem(await member.post('/api/me/avatar', 'plain text', { 'content-type': 'text/plain' }), 415, 'unsupported_media_type');
    assertProblem(await member.post('/api/me/avatar'), 415, 'multipart_required');
    const wrongField = await member.post('/api/me/avatar', upload(png, 'a.png', 'image/png', 'avatar'));
    assertProblem(wrongField, 400, 'upload_missing');
    assert.match(wrongField.body.title, /"file"/);
    assertProblem(await app.client().post('/api/me/avatar', upload(png, 'a.png', 'image/png')), 401, 'unauthenticated');
    assert.equal(await snapshot(app), rows);
  });

  it('validates avatar keys and answers 404 for unknown ones', async () => {
    assertProblem(await app.client().get('/api/avatars/..%2F..%2Fhearth.sqlite'), 400, 'invalid_input');
    assertProblem(await app.client().get('/api/avatars/short.webp'), 400, 'invalid_input');
    assertProblem(await app.client().get('/api/avatars/AAAAAAAAAAAAAAAAAAAAAAAA.webp'), 404, 'not_found');
  });

  it('removes the avatar and its blob', async () => {
    const url = (await member.get('/api/me')).body.member.avatarUrl as string;
    const res = await member.delete('/api/me/avatar');
    assert.equal(res.status, 200);
    assert.equal(res.body.member.avatarUrl, null);
    assert.equal((await fetch(app.url + url)).status, 404);
    assert.deepEqual(avatarFiles(), []);
    const again = await member.delete('/api/me/avatar');
    assert.equal(again.status, 200);
    assertProblem(await app.client().delete('/api/me/avatar'), 401, 'unauthenticated');
  });
});
