import type { StateCore, Token } from 'markdown-it';
import type { Found } from './found.js';
import { inlineText } from './plain-text.js';
import { classifyLink, uploadedImageSize } from './url-policy.js';

const EXTERNAL_REL = 'nofollow ugc noopener noreferrer';

/**
 * The image policy. Only this community's own uploads are embedded — lazily, with the size
 * their URL carries, and (outside a link) wrapped in a link that opens the full image.
 * Any other web image becomes a plain link to it: embedding it would let its host see every
 * reader (tracking pixels). Inside a link, where a second link cannot go, it is its alt text.
 */
export function rewriteImage(image: Token, state: StateCore, found: Found, isInLink: boolean): Token[] {
  const src = String(image.attrGet('src') ?? '');
  const alt = inlineText(image.children ?? []);
  const size = uploadedImageSize(src);
  if (size) {
    image.attrSet('loading', 'lazy');
    image.attrSet('width', String(size.width));
    image.attrSet('height', String(size.height));
    found.images.add(src);
    if (isInLink) return [image];
    const open = new state.Token('link_open', 'a', 1);
    open.attrs = [
      ['href', src],
      ['target', '_blank'],
      ['rel', 'noopener'],
    ];
    return [open, image, new state.Token('link_close', 'a', -1)];
  }
  const target = classifyLink(src);
  if (!isInLink && target.kind === 'external' && target.isWeb) {
    found.links.add(target.href);
    const open = new state.Token('link_open', 'a', 1);
    open.attrs = [
      ['href', target.href],
      ['rel', EXTERNAL_REL],
      ['target', '_blank'],
    ];
    const title = image.attrGet('title');
    if (title) open.attrSet('title', title);
    return [open, textToken(state, alt || target.href), new state.Token('link_close', 'a', -1)];
  }
  return [textToken(state, alt)];
}

function textToken(state: StateCore, content: string): Token {
  const token = new state.Token('text', '', 0);
  token.content = content;
  return token;
}
