import type { StateCore, Token } from 'markdown-it';
import { foundIn } from './found.js';

/** The class of a link that stands alone on its line: the web shows its preview card under the body. */
export const LINK_PREVIEW_CLASS = 'link-preview';

/**
 * Core rule (after the link policy): a bare http(s) URL alone on its line of a paragraph —
 * the way Discourse "oneboxes" — is a link-preview candidate. It is collected in `previews`
 * and marked with a class so the web knows where the card belongs. A URL inside a sentence,
 * a labelled link, or one in code is not.
 */
export function markLinkPreviews(state: StateCore): void {
  const found = foundIn(state.env);
  state.tokens.forEach((block, index) => {
    if (block.type !== 'inline' || !block.children || state.tokens[index - 1]?.type !== 'paragraph_open') return;
    for (const line of splitLines(block.children)) {
      const meaningful = line.filter((token) => !(token.type === 'text' && token.content.trim() === ''));
      const [open, label, close] = meaningful;
      if (meaningful.length !== 3 || open?.type !== 'link_open' || label?.type !== 'text' || close?.type !== 'link_close') continue;
      if (open.markup !== 'linkify' && open.markup !== 'autolink') continue;
      const href = String(open.attrGet('href') ?? '');
      // Only external web links: the link policy gave exactly those target=_blank.
      if (!/^https?:\/\//i.test(href) || open.attrGet('target') !== '_blank') continue;
      open.attrJoin('class', LINK_PREVIEW_CLASS);
      found.previews.add(href);
    }
  });
}

function splitLines(children: Token[]): Token[][] {
  const lines: Token[][] = [[]];
  for (const token of children) {
    if (token.type === 'softbreak' || token.type === 'hardbreak') lines.push([]);
    else lines[lines.length - 1]!.push(token);
  }
  return lines;
}
