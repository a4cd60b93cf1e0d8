import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';
import { renderMarkdown } from './markdown.js';
import { sanitizeRenderedHtml } from './markdown/sanitize.js';
import { XSS_PAYLOADS } from './xss-corpus.js';

const MEMBER = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const OTHER_MEMBER = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c';
const EXTERNAL = 'rel="nofollow ugc noopener noreferrer" target="_blank"';

interface SpecExample {
  markdown: string;
  html: string;
  section: string;
  number: number;
}

/** Examples (commonmark-spec 0.31.2 numbering) whose expected output Hearth changes on purpose. */
const EXCLUDED_EXAMPLES: ReadonlyMap<number, string> = new Map([
  ...[64].map((n) => [n, '`#slug` at the start of a paragraph is a topic link (Hearth extension)'] as const),
  ...[194, 195, 200, 203, 204, 484, 485, 486, 487, 492, 495, 496, 498, 499, 500, 501, 502, 503, 504, 522, 567].map(
    (n) => [n, 'link to a relative path not starting with "/", a fragment or an empty destination: refused, shown as its text'] as const,
  ),
  ...[596, 598, 599, 601].map((n) => [n, 'autolink with a scheme other than http, https or mailto: refused, shown as text'] as const),
  ...[517, 520, 531, 572, 573, 574, 575, 576, 577, 578, 579, 580, 581, 582, 583, 584, 585, 586, 587, 588, 589, 591].map(
    (n) => [n, 'image source not an upload of this community (/api/uploads/…): refused, shown as its alt text'] as const,
  ),
  ...[602, 608, 611, 612].map((n) => [n, 'GFM autolink extension: bare URLs and e-mail addresses become links'] as const),
]);

const BLOCK_TAG = /\s*(<\/?(?:p|blockquote|ul|ol|li|h[1-6]|hr|pre|table|thead|tbody|tr|th|td)\b[^>]*>)\s*/g;

/**
 * Puts expected and actual HTML in one serialisation (entities, void tags), drops the
 * attributes Hearth adds to every link and image, and ignores whitespace around block tags,
 * as the spec's own normaliser does.
 */
function normaliseHtml(html: string): string {
  const serialised = sanitizeHtml(html, {
    allowedTags: false,
    allowedAttributes: false,
    allowVulnerableTags: true,
    allowedSchemes: ['http', 'https', 'mailto', 'irc', 'localhost', 'made-up-scheme', 'a+b+c'],
  });
  return serialised
    .replace(/ (?:rel|target|loading)="[^"]*"/g, '')
    .replace(/ class="link-preview"/g, '')
    .replace(BLOCK_TAG, '$1');
}

const rawHtmlDetector = new MarkdownIt('commonmark', { html: true });

/** True when CommonMark reads raw HTML in the source, which Hearth shows as text by design. */
function hasRawHtml(markdown: string): boolean {
  return rawHtmlDetector
    .parse(markdown, {})
    .some((token) => token.type === 'html_block' || (token.children ?? []).some((child) => child.type === 'html_inline'));
}

function loadSpecExamples(): SpecExample[] {
  const spec = createRequire(import.meta.url)('commonmark-spec') as { tests: SpecExample[] };
  const tabs = (s: string) => s.replace(/→/g, '\t');
  return spec.tests.map((t) => ({ ...t, markdown: tabs(t.markdown), html: tabs(t.html) }));
}

function runConformance() {
  const examples = loadSpecExamples().filter((e) => e.section !== 'HTML blocks' && e.section !== 'Raw HTML');
  const applicable = examples.filter((e) => !hasRawHtml(e.markdown) && !EXCLUDED_EXAMPLES.has(e.number));
  const passes = (e: SpecExample) => normaliseHtml(renderMarkdown(e.markdown).html) === normaliseHtml(e.html);
  return {
    total: examples.length,
    rawHtml: examples.filter((e) => hasRawHtml(e.markdown)).length,
    applicable,
    failures: applicable.filter((e) => !passes(e)).map((e) => `#${e.number} (${e.section})`),
    excludedButPassing: examples.filter((e) => EXCLUDED_EXAMPLES.has(e.number) && passes(e)).map((e) => e.number),
  };
}

describe('renderMarkdown: CommonMark 0.31.2 conformance', () => {
  const result = runConformance();
  const passed = result.applicable.length - result.failures.length;
  const title =
    `${passed}/${result.applicable.length} applicable spec examples pass ` +
    `(of ${result.total} outside the HTML sections; ${result.rawHtml} use raw HTML, ${EXCLUDED_EXAMPLES.size} excluded by policy)`;

  it(title, (t) => {
    t.diagnostic(title);
    assert.deepEqual(result.failures, []);
  });

  it('every consciously excluded example really is changed by policy', () => {
    assert.deepEqual(result.excludedButPassing, []);
  });
});

describe('renderMarkdown: XSS corpus', () => {
  it(`has at least 60 payloads (${XSS_PAYLOADS.length})`, () => {
    assert.ok(XSS_PAYLOADS.length >= 60);
  });

  for (const payload of XSS_PAYLOADS) {
    it(`is inert: ${JSON.stringify(payload).slice(0, 100)}`, () => {
      assertInert(renderMarkdown(payload).html);
    });
  }
});

const ALLOWED_TAGS = new Set(
  'p br hr h1 h2 h3 h4 h5 h6 blockquote ul ol li input label strong em del s code pre a img span table thead tbody tr th td'.split(' '),
);
const FORBIDDEN_TAG = /<\s*(?:script|iframe|object|embed|svg|math|style|form)\b/i;
const DANGEROUS_URL = /^(?:javascript|vbscript|data):/i;

interface ParsedTag {
  name: string;
  attributes: Map<string, string>;
}

/** Tags of sanitize-html output, which always double-quotes attributes and escapes `"` inside them. */
function parseTags(html: string): ParsedTag[] {
  return [...html.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)].map(([, name, rest]) => ({
    name: name!.toLowerCase(),
    attributes: new Map([...rest!.matchAll(/\s([^\s=/>]+)(?:="([^"]*)")?/g)].map(([, key, value]) => [key!.toLowerCase(), value ?? ''])),
  }));
}

function decodeAttribute(value: string): string {
  const decoded = value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ':')
    .replace(/&amp;/g, '&');
  // Browsers skip whitespace and control characters inside a scheme.
  return decodeURIComponentSafe(decoded).replace(/[\s\p{Cc}]/gu, '');
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function assertInert(html: string): void {
  assert.doesNotMatch(html, FORBIDDEN_TAG);
  for (const tag of parseTags(html)) {
    assert.ok(ALLOWED_TAGS.has(tag.name), `unexpected <${tag.name}> in ${html}`);
    for (const [name, value] of tag.attributes) {
      assert.doesNotMatch(name, /^on/i, `event handler in ${html}`);
      if (name === 'href' || name === 'src') assert.doesNotMatch(decodeAttribute(value), DANGEROUS_URL, `dangerous URL in ${html}`);
    }
    if (tag.name === 'input') {
      assert.equal(tag.attributes.get('type'), 'checkbox', html);
      assert.ok(tag.attributes.has('disabled'), html);
    }
  }
}

describe('renderMarkdown: mentions', () => {
  it('renders a composer mention as a member link and collects its id once', () => {
    const r = renderMarkdown(`Hi [@Ann Lee](mention:${MEMBER}), [@Bo](mention:${OTHER_MEMBER}) and [@Ann Lee](mention:${MEMBER})`);
    assert.ok(r.html.includes(`<a class="mention" href="/members/${MEMBER}" data-member-id="${MEMBER}">@Ann Lee</a>`), r.html);
    assert.deepEqual(r.mentions, [MEMBER, OTHER_MEMBER]);
  });

  it('renders a mention of a non-UUID id as plain text', () => {
    const r = renderMarkdown('Hi [@Ann](mention:1234) and [@Bo](mention:../admin)');
    assert.equal(r.html, '<p>Hi @Ann and @Bo</p>\n');
    assert.deepEqual(r.mentions, []);
  });

  it('flattens markup in the label and always shows the @', () => {
    const r = renderMarkdown(`[**Ann**](mention:${MEMBER.toUpperCase()})`);
    assert.equal(r.html, `<p><a class="mention" href="/members/${MEMBER}" data-member-id="${MEMBER}">@Ann</a></p>\n`);
  });
});

describe('renderMarkdown: topics', () => {
  it('links #slug after whitespace or at the start, collecting each slug once', () => {
    const r = renderMarkdown('#rust is fun, #web-dev too. #rust again');
    assert.equal(
      r.html,
      '<p><a class="topic" href="/search?topic=rust">#rust</a> is fun, <a class="topic" href="/search?topic=web-dev">#web-dev</a> too. ' +
        '<a class="topic" href="/search?topic=rust">#rust</a> again</p>\n',
    );
    assert.deepEqual(r.topics, ['rust', 'web-dev']);
  });

  it('ignores #slug inside code, inside links, escaped, after a word, with capitals or too long', () => {
    const long = 'a'.repeat(41);
    const r = renderMarkdown(`\`#code\` [#link](/x) https://x.example/#frag \\#escaped a#word #Caps #${long}\n\n    #block`);
    assert.deepEqual(r.topics, []);
    assert.doesNotMatch(r.html, /class="topic"/);
  });

  it('accepts a slug of 40 characters followed by CJK text', () => {
    const slug = 'a'.repeat(40);
    assert.deepEqual(renderMarkdown(`讨论 #${slug}很好`).topics, [slug]);
  });
});

describe('renderMarkdown: links', () => {
  it('opens external links in a new tab without trust or referrer and collects http(s) URLs once', () => {
    const r = renderMarkdown('[a](https://a.example/x) <https://a.example/x> http://b.example [mail](mailto:x@y.example)');
    assert.ok(r.html.includes(`<a href="https://a.example/x" ${EXTERNAL}>a</a>`), r.html);
    assert.ok(r.html.includes(`<a href="mailto:x@y.example" ${EXTERNAL}>mail</a>`), r.html);
    assert.deepEqual(r.links, ['https://a.example/x', 'http://b.example']);
  });

  it('keeps same-site paths as plain links and leaves them out of links', () => {
    const r = renderMarkdown('[space](/spaces/general)');
    assert.equal(r.html, '<p><a href="/spaces/general">space</a></p>\n');
    assert.deepEqual(r.links, []);
  });

  it('drops other schemes, protocol-relative and relative links to their text', () => {
    const r = renderMarkdown('[a](ftp://x.example) [b](//evil.example) [d](page) [e](#top) <irc://x.example>');
    assert.equal(r.html, '<p>a b d e irc://x.example</p>\n');
  });

  it('percent-encodes a backslash after the first slash, so `/\\host` stays on this site', () => {
    assert.equal(renderMarkdown('[c](/\\evil.example)').html, '<p><a href="/%5Cevil.example">c</a></p>\n');
  });

  it('linkifies bare http(s) URLs, www. hosts and e-mail addresses but not file names', () => {
    const r = renderMarkdown('see https://a.example, www.example.org, c@d.example and build.sh');
    assert.ok(r.html.includes(`<a href="https://a.example" ${EXTERNAL}>https://a.example</a>`), r.html);
    assert.ok(r.html.includes(`<a href="http://www.example.org" ${EXTERNAL}>www.example.org</a>`), r.html);
    assert.ok(r.html.includes(`<a href="mailto:c@d.example" ${EXTERNAL}>c@d.example</a>`), r.html);
    assert.ok(r.html.includes(' and build.sh</p>'), r.html);
  });
});

describe('renderMarkdown: images', () => {
  const UPLOAD = '/api/uploads/0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b/AbCdEfGhIjKlMnOpQrStUvWx.1280x720.webp';

  it("embeds this community's uploads lazily with their size, linked to the full image, and collects them", () => {
    const r = renderMarkdown(`![cat](${UPLOAD} "Cat")`);
    assert.equal(
      r.html,
      `<p><a href="${UPLOAD}" target="_blank" rel="noopener"><img src="${UPLOAD}" alt="cat" title="Cat" loading="lazy" width="1280" height="720" /></a></p>\n`,
    );
    assert.deepEqual(r.images, [UPLOAD]);
    assert.equal(r.text, 'cat');
  });

  it("keeps an upload inside a link as the link's image, without a second link", () => {
    const r = renderMarkdown(`[![cat](${UPLOAD})](https://a.example/)`);
    assert.equal(
      r.html,
      `<p><a href="https://a.example/" ${EXTERNAL}><img src="${UPLOAD}" alt="cat" loading="lazy" width="1280" height="720" /></a></p>\n`,
    );
  });

  it('renders external images as links, never as images (no tracking pixels), and collects them as links', () => {
    const r = renderMarkdown('![cat](https://img.example/cat.png "Cat") ![](http://t.example/p.gif)');
    assert.equal(
      r.html,
      `<p><a href="https://img.example/cat.png" ${EXTERNAL} title="Cat">cat</a> <a href="http://t.example/p.gif" ${EXTERNAL}>http://t.example/p.gif</a></p>\n`,
    );
    assert.deepEqual(r.images, []);
    assert.deepEqual(r.links, ['https://img.example/cat.png', 'http://t.example/p.gif']);
    assert.doesNotMatch(r.html, /<img/);
  });

  it('shows an external image inside a link as its alt text', () => {
    assert.equal(
      renderMarkdown('[![px](https://t.example/p.gif)](https://a.example/)').html,
      `<p><a href="https://a.example/" ${EXTERNAL}>px</a></p>\n`,
    );
  });

  it('shows refused images as their alt text: other paths, look-alike upload URLs and other schemes', () => {
    const id = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
    const r = renderMarkdown(
      [
        '![a](/other/x.png)',
        `![b](/api/uploads/${id}/../../admin)`,
        `![c](/api/uploads/${id}/short.1x1.webp)`,
        `![d](/api/uploads/${id}/AbCdEfGhIjKlMnOpQrStUvWx.1280x720.webp?x=1)`,
        `![e](/api/uploads/${id}/AbCdEfGhIjKlMnOpQrStUvWx.0x720.webp)`,
        `![f](//evil.example/api/uploads/${id}/AbCdEfGhIjKlMnOpQrStUvWx.1x1.webp)`,
        '![g](ftp://x.example/c.png)',
        '![h](data:image/png;base64,AAAA)',
        '![i](javascript:alert(1))',
      ].join(' '),
    );
    // markdown-it itself leaves a javascript: image as its source text.
    assert.equal(r.html, '<p>a b c d e f g h ![i](javascript:alert(1))</p>\n');
    assert.deepEqual(r.images, []);
  });
});

describe('renderMarkdown: link previews', () => {
  it('collects bare URLs alone on their line and marks them', () => {
    const r = renderMarkdown('Look:\nhttps://a.example/x\n\n<https://b.example/>\n\n  https://c.example/y?z=1  \n\nhttps://a.example/x');
    assert.deepEqual(r.previews, ['https://a.example/x', 'https://b.example/', 'https://c.example/y?z=1']);
    assert.equal((r.html.match(/class="link-preview"/g) ?? []).length, 4);
  });

  it('ignores URLs inside a sentence, labelled links, code, headings, e-mail and same-site links', () => {
    const r = renderMarkdown(
      'see https://a.example/ here\n\n[label](https://b.example/)\n\n`https://c.example/`\n\n    https://d.example/\n\n# https://e.example/\n\n' +
        'x@y.example\n\n<mailto:x@y.example>\n\n[/spaces](/spaces)\n\nhttps://f.example/ https://g.example/',
    );
    assert.deepEqual(r.previews, []);
    assert.doesNotMatch(r.html, /link-preview/);
  });
});

describe('renderMarkdown: GFM blocks', () => {
  it('renders task list items with disabled checkboxes labelled by their text', () => {
    const r = renderMarkdown('- [ ] todo\n- [x] done\n- [X] also\n- plain [ ] item\n\n[ ] not in a list');
    assert.equal(
      r.html,
      '<ul>\n<li><label><input type="checkbox" disabled /> todo</label></li>\n<li><label><input type="checkbox" disabled checked /> done</label></li>\n' +
        '<li><label><input type="checkbox" disabled checked /> also</label></li>\n<li>plain [ ] item</li>\n</ul>\n<p>[ ] not in a list</p>\n',
    );
  });

  it('renders tables with text alignment and strikethrough', () => {
    const r = renderMarkdown('| a | b |\n|:-:|--:|\n| ~~x~~ | 2 |');
    assert.match(r.html, /<th style="text-align:center">a<\/th>/);
    assert.match(r.html, /<td style="text-align:right">2<\/td>/);
    assert.match(r.html, /<td style="text-align:center"><s>x<\/s><\/td>/);
  });

  it('marks fenced code with its language and renders nothing inside code', () => {
    const r = renderMarkdown('```ts\nconst x = **1**;\n```\n\n`**not bold**`');
    assert.equal(r.html, '<pre><code class="language-ts">const x = **1**;\n</code></pre>\n<p><code>**not bold**</code></p>\n');
  });

  it('shows raw HTML as text', () => {
    assert.equal(renderMarkdown('<b>hi</b>').html, '<p>&lt;b&gt;hi&lt;/b&gt;</p>\n');
  });
});

describe('renderMarkdown: text', () => {
  it('gives the plain text with whitespace collapsed, mentions as @Name and images as alt text', () => {
    const r = renderMarkdown(
      `# Title\n\nHello [@Ann](mention:${MEMBER}), **bold** and [link](https://a.example)\nnext line ![pic](https://i.example/p.png)\n\n` +
        '- [x] task\n\n```\ncode  here\n```\n\n<b>raw</b> &amp;',
    );
    assert.equal(r.text, 'Title Hello @Ann, bold and link next line pic task code here <b>raw</b> &');
  });
});

describe('renderMarkdown: hostile input', () => {
  it('renders 50,000 [ as text', () => {
    assert.equal(renderMarkdown('['.repeat(50_000)).html, `<p>${'['.repeat(50_000)}</p>\n`);
  });

  it('renders 50,000 * after a letter as text', () => {
    assert.equal(renderMarkdown(`a${'*'.repeat(50_000)}`).html, `<p>a${'*'.repeat(50_000)}</p>\n`);
  });

  it('renders 20,000 alternating ** and letters as balanced strong emphasis', () => {
    const html = renderMarkdown('**a'.repeat(20_000)).html;
    assert.equal(html.split('<strong>').length, html.split('</strong>').length);
  });

  it('renders 20,000 unclosed links and images as text', () => {
    assert.equal(renderMarkdown('[a]('.repeat(20_000)).html, `<p>${'[a]('.repeat(20_000)}</p>\n`);
    assert.equal(renderMarkdown('!['.repeat(20_000)).html, `<p>${'!['.repeat(20_000)}</p>\n`);
  });

  it('stops nesting 10,000 block quotes and 10,000 lists at the nesting limit, balanced', () => {
    for (const source of ['>'.repeat(10_000) + ' deep', '- '.repeat(10_000) + 'deep']) {
      const html = renderMarkdown(source).html;
      const opened = (html.match(/<(?:blockquote|ul|li)>/g) ?? []).length;
      assert.ok(opened > 0 && opened <= 40, `${opened} nested blocks`);
      assert.equal(opened, (html.match(/<\/(?:blockquote|ul|li)>/g) ?? []).length);
    }
  });
});

describe('sanitizeRenderedHtml', () => {
  it('removes what the renderer never produces, should a rule ever emit it', () => {
    const html = sanitizeRenderedHtml(
      '<a href="javascript:alert(1)" onclick="x" class="mention evil">a</a><script>x</script><input type="text">' +
        '<input type="checkbox"><img src="data:image/png;base64,AA" onerror="x"><td style="color:red;text-align:left">c</td>',
    );
    assert.equal(html, '<a class="mention">a</a><td style="text-align:left">c</td>');
  });

  it('drops every img whose source is not an upload of this community', () => {
    const upload = '/api/uploads/0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b/AbCdEfGhIjKlMnOpQrStUvWx.10x20.webp';
    const html = sanitizeRenderedHtml(
      `<img src="https://t.example/p.gif"><img src="/other.png"><img src="${upload}" width="10" height="20" onload="x">`,
    );
    assert.equal(html, `<img src="${upload}" width="10" height="20" />`);
  });
});
