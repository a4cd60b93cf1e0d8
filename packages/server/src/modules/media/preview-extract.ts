import { Parser } from 'htmlparser2';

/** What a page says about itself, as plain text (and its image's absolute URL). */
export interface ExtractedPreview {
  title: string | null;
  description: string | null;
  siteName: string | null;
  imageUrl: string | null;
}

const LIMITS = { title: 300, description: 500, siteName: 100 };

/**
 * Reads Open Graph tags (og:title, og:description, og:site_name, og:image), falling back to
 * `<title>`, meta description and Twitter cards, with htmlparser2 (entities decoded). The
 * results are plain text — no markup is interpreted or kept as such — cleaned of control
 * characters and bounded; the image URL is resolved against the page and must be http(s).
 */
export function extractPreview(html: string, pageUrl: string): ExtractedPreview {
  const meta = new Map<string, string>();
  let title = '';
  let titleState: 'before' | 'inside' | 'done' = 'before';
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'title' && titleState === 'before') titleState = 'inside';
        if (name !== 'meta') return;
        const key = (attributes.property ?? attributes.name ?? '').trim().toLowerCase();
        const content = attributes.content;
        // The first of each wins, as crawlers do: later ones are often for other locales.
        if (key && content !== undefined && !meta.has(key)) meta.set(key, content);
      },
      ontext(text) {
        if (titleState === 'inside') title += text;
      },
      onclosetag(name) {
        if (name === 'title' && titleState === 'inside') titleState = 'done';
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  const first = (...keys: string[]) => keys.map((key) => meta.get(key)).find((value) => value !== undefined && value.trim() !== '');
  return {
    title: plainText(first('og:title', 'twitter:title') ?? title, LIMITS.title),
    description: plainText(first('og:description', 'twitter:description', 'description'), LIMITS.description),
    siteName: plainText(first('og:site_name', 'application-name'), LIMITS.siteName),
    imageUrl: absoluteWebUrl(first('og:image:secure_url', 'og:image', 'og:image:url', 'twitter:image'), pageUrl),
  };
}

/** Text without control or format characters, whitespace collapsed, at most `max` characters. */
export function plainText(value: string | undefined, max: number): string | null {
  if (value === undefined) return null;
  const cleaned = value
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!cleaned) return null;
  const chars = [...cleaned];
  return chars.length <= max
    ? cleaned
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

function absoluteWebUrl(value: string | undefined, base: string): string | null {
  if (!value || !URL.canParse(value.trim(), base)) return null;
  const url = new URL(value.trim(), base);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

/**
 * Decodes an HTML body: the charset of the Content-Type header, else a `<meta charset>` in
 * its first kilobyte, else UTF-8 (also for labels the platform does not know).
 */
export function decodeHtml(body: Buffer, headerCharset: string | null): string {
  const sniffed = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(body.subarray(0, 1024).toString('latin1'))?.[1];
  for (const label of [headerCharset, sniffed, 'utf-8']) {
    if (!label) continue;
    try {
      return new TextDecoder(label).decode(body);
    } catch {
      // An unknown label: try the next one.
    }
  }
  return body.toString('utf8');
}
