/**
 * Which URLs a user-written body may link to or embed. Allow-lists only: anything not
 * recognised here is refused, so a new trick scheme or encoding fails closed.
 */

/** What a link destination is, as far as rendering is concerned. */
export type LinkTarget =
  | { kind: 'external'; href: string; isWeb: boolean }
  | { kind: 'same-site'; href: string }
  | { kind: 'mention'; memberId: string | null }
  | { kind: 'refused' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const WEB_URL = /^https?:\/\/[^/?#\s\\]/i;
const MAILTO = /^mailto:[^\s/\\]/i;
// A second `/` or a `\` would make the browser read a host name (`//evil`, `/\evil`).
const SAME_SITE_PATH = /^\/(?![/\\])/;
// Uploaded images only: no `..` segment, no query tricks, nothing a browser would re-resolve.
const BLOB_PATH = /^\/api\/blobs\/(?:[\w-][\w.-]*)(?:\/[\w-][\w.-]*)*$/;

/** True when `value` is a UUID string (any version), the shape of every member id. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** True when `href` is an absolute URL the WHATWG parser accepts, with a host. */
function isParsableWebUrl(href: string): boolean {
  if (!URL.canParse(href)) return false;
  return new URL(href).hostname !== '';
}

/**
 * Classifies a link destination (already normalised by markdown-it): http(s) and mailto
 * are external, a path starting with a single `/` stays on this site, `mention:<id>` is a
 * mention, and everything else (other schemes, protocol-relative and relative paths) is refused.
 */
export function classifyLink(href: string): LinkTarget {
  if (href.toLowerCase().startsWith('mention:')) {
    const memberId = href.slice('mention:'.length);
    return { kind: 'mention', memberId: isUuid(memberId) ? memberId.toLowerCase() : null };
  }
  if (WEB_URL.test(href)) return isParsableWebUrl(href) ? { kind: 'external', href, isWeb: true } : { kind: 'refused' };
  if (MAILTO.test(href)) return { kind: 'external', href, isWeb: false };
  if (SAME_SITE_PATH.test(href)) return { kind: 'same-site', href };
  return { kind: 'refused' };
}

/** True when an image may be embedded from `src`: any http(s) URL, or an uploaded blob of this site. */
export function isAllowedImageSource(src: string): boolean {
  if (WEB_URL.test(src)) return isParsableWebUrl(src);
  return BLOB_PATH.test(src);
}
