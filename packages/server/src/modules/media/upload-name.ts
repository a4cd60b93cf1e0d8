/** Longest stored file name, in characters, before the extension. */
const MAX_STEM = 100;

/**
 * A client's file name made safe to store and show: no directories, no control, format or
 * line-separator characters, whitespace collapsed, at most 100 characters, and the extension
 * of what is actually stored. Markup characters stay: the name is only ever text (React
 * text, Markdown alt text, an encoded header), never HTML.
 */
export function cleanFileName(original: string, extension: string): string {
  const base = original.split(/[\\/]/).pop() ?? '';
  const stem = base.replace(/\.[^.]{1,10}$/, '');
  const cleaned = [
    ...stem
      .normalize('NFC')
      .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cn}]/gu, '')
      .replace(/\s+/g, ' ')
      .trim(),
  ]
    .slice(0, MAX_STEM)
    .join('')
    .trim();
  return `${cleaned || 'image'}.${extension}`;
}

/**
 * `Content-Disposition: inline` with the name in both forms (RFC 6266): an ASCII fallback
 * with everything outside a tiny set replaced, and the UTF-8 original percent-encoded, so no
 * quote, semicolon or line break can end the header or add a parameter.
 */
export function inlineDisposition(name: string): string {
  const fallback = name.replace(/[^A-Za-z0-9._ -]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `inline; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
