import { UPLOAD_PATH } from '@hearth/contracts';

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

/**
 * The size of an image uploaded to this community, read from its URL (`/api/uploads/<id>/
 * <token>.<w>x<h>.webp`, see UPLOAD_PATH); null for any other source. Only these are
 * embedded: the path is matched whole, so no `..`, query or host can ride along.
 */
export function uploadedImageSize(src: string): { width: number; height: number } | null {
  const match = UPLOAD_PATH.exec(src);
  return match ? { width: Number(match[3]), height: Number(match[4]) } : null;
}
