import type { StateCore, Token } from 'markdown-it';
import { foundIn, unlinkedMentionsIn, type Found } from './found.js';
import { inlineText } from './plain-text.js';
import { rewriteImage } from './image-rule.js';
import { classifyLink } from './url-policy.js';

const EXTERNAL_REL = 'nofollow ugc noopener noreferrer';

// linkify-it's fuzzy mode also links bare host names such as `build.sh`; like GFM, only
// text that starts with a scheme or `www.` (or is an e-mail address) becomes a link.
const LINKIFY_WEB_TEXT = /^(?:https?:\/\/|www\.)/i;

/**
 * Core rule: applies the link and image policy to every inline run. Mentions become member
 * links, external links open in a new tab without passing on trust or referrer, refused
 * links and images fall back to their text.
 */
export function applyLinkPolicy(state: StateCore): void {
  const found = foundIn(state.env);
  for (const block of state.tokens) {
    if (block.type === 'inline' && block.children) block.children = rewriteInline(block.children, state, found);
  }
}

function rewriteInline(children: Token[], state: StateCore, found: Found): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < children.length; i++) {
    const token = children[i]!;
    if (token.type === 'link_open') {
      const close = findLinkClose(children, i);
      out.push(...rewriteLink(token, children.slice(i + 1, close), children[close], state, found));
      i = close;
    } else if (token.type === 'image') {
      out.push(...rewriteImage(token, state, found, false));
    } else {
      out.push(token);
    }
  }
  return out;
}

/** Links never nest in markdown-it's output, so the next `link_close` is this link's. */
function findLinkClose(children: Token[], openIndex: number): number {
  for (let i = openIndex + 1; i < children.length; i++) if (children[i]!.type === 'link_close') return i;
  return children.length;
}

function rewriteLink(open: Token, linked: Token[], close: Token | undefined, state: StateCore, found: Found): Token[] {
  // An image inside a link follows the image policy too (it cannot become a second link).
  const inner = linked.flatMap((token) => (token.type === 'image' ? rewriteImage(token, state, found, true) : [token]));
  if (!close) return inner;
  const target = classifyLink(String(open.attrGet('href') ?? ''));
  switch (target.kind) {
    case 'mention': {
      if (target.memberId === null) return inner;
      if (unlinkedMentionsIn(state.env).has(target.memberId)) return [mentionLabel(inner, state)];
      found.mentions.add(target.memberId);
      return [mentionOpen(open, target.memberId), mentionLabel(inner, state), close];
    }
    case 'external': {
      if (open.markup === 'linkify' && target.isWeb && !LINKIFY_WEB_TEXT.test(inlineText(inner))) return inner;
      open.attrSet('rel', EXTERNAL_REL);
      open.attrSet('target', '_blank');
      if (target.isWeb) found.links.add(target.href);
      return [open, ...inner, close];
    }
    case 'same-site':
      return [open, ...inner, close];
    case 'refused':
      return inner;
  }
}

function mentionOpen(open: Token, memberId: string): Token {
  open.attrs = [
    ['class', 'mention'],
    ['href', `/members/${memberId}`],
    ['data-member-id', memberId],
  ];
  return open;
}

/** A mention reads `@Name` as plain text, whatever markup the label carried. */
function mentionLabel(inner: Token[], state: StateCore): Token {
  const label = inlineText(inner).trim();
  const token = new state.Token('text', '', 0);
  token.content = label.startsWith('@') ? label : `@${label}`;
  return token;
}
