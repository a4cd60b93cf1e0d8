import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { XSS_PAYLOADS } from '../../../test/harness.js';
import { decodeHtml, extractPreview, plainText } from './preview-extract.js';

const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const PAGE = 'https://news.example/a/b.html';

describe('link preview extraction', () => {
  it('prefers Open Graph, resolves the image against the page and falls back to <title> and meta description', () => {
    const og = extractPreview(
      '<html><head><title>Plain title</title><meta property="og:title" content="OG &amp; title">' +
        '<meta property="og:description" content="  Two\n\tlines  "><meta property="og:site_name" content="News">' +
        '<meta property="og:image" content="../img/cover.png"></head></html>',
      PAGE,
    );
    assert.deepEqual(og, {
      title: 'OG & title',
      description: 'Two lines',
      siteName: 'News',
      imageUrl: 'https://news.example/img/cover.png',
    });
    const plain = extractPreview('<TITLE>Only &lt;title&gt;</TITLE><META NAME="Description" CONTENT="Described">', PAGE);
    assert.deepEqual(plain, { title: 'Only <title>', description: 'Described', siteName: null, imageUrl: null });
  });

  it('keeps only http(s) images and bounds every text', () => {
    for (const src of ['javascript:alert(1)', 'data:image/png;base64,AAAA', 'file:///etc/passwd', '']) {
      assert.equal(extractPreview(`<meta property="og:image" content="${attr(src)}">`, PAGE).imageUrl, null, src);
    }
    const long = extractPreview(`<title>${'長'.repeat(1000)}</title><meta name="description" content="${'d'.repeat(2000)}">`, PAGE);
    assert.equal([...long.title!].length, 300);
    assert.ok(long.title!.endsWith('…'));
    assert.equal(long.description!.length, 500);
  });

  it('stores every XSS payload in og tags and <title> as the plain text it is', () => {
    for (const payload of XSS_PAYLOADS) {
      const html =
        `<head><meta property="og:title" content="${attr(payload)}"><meta property="og:description" content="${attr(payload)}">` +
        `<meta property="og:site_name" content="${attr(payload)}"></head>`;
      const found = extractPreview(html, PAGE);
      assert.equal(found.title, plainText(payload, 300), payload);
      assert.equal(found.description, plainText(payload, 500), payload);
      assert.equal(found.siteName, plainText(payload, 100), payload);
      assert.equal(extractPreview(`<title>${attr(payload)}</title>`, PAGE).title, plainText(payload, 300), payload);
    }
  });

  it('reads markup inside <title> as text, as browsers do', () => {
    assert.equal(
      extractPreview('<title><script>alert(1)</script><b>x</b></title><p>body', PAGE).title,
      '<script>alert(1)</script><b>x</b>',
    );
  });

  it('decodes by the header charset, else <meta charset>, else UTF-8', () => {
    const big5 = Buffer.from([0xa4, 0xa4, 0xa4, 0xe5]); // 中文 in Big5
    assert.equal(decodeHtml(big5, 'big5'), '中文');
    assert.equal(decodeHtml(Buffer.concat([Buffer.from('<meta charset="big5">'), big5]), null), '<meta charset="big5">中文');
    assert.equal(decodeHtml(Buffer.from('中文'), 'no-such-charset'), '中文');
  });
});
