import type { StateCore, Token } from 'markdown-it';
import { foundIn, type Found } from './found.js';

const TOPIC = /#([a-z0-9][a-z0-9-]{0,39})/g;
const WHITESPACE = /\s/;
// A slug must end where the word ends: `#rustLang` or a 41-character slug is no topic.
const SLUG_CONTINUES = /[A-Za-z0-9_-]/;
// Stands for "the previous token was markup", which never counts as whitespace.
const NOT_WHITESPACE = '\u0000';

/**
 * Core rule: turns `#slug` preceded by the start of a block or whitespace into a topic link,
 * outside links and code. Runs before text_join so that an escaped `\#` stays text.
 */
export function linkTopics(state: StateCore): void {
  const found = foundIn(state.env);
  for (const block of state.tokens) {
    if (block.type === 'inline' && block.children) block.children = linkTopicsInline(block.children, state, found);
  }
}

function linkTopicsInline(children: Token[], state: StateCore, found: Found): Token[] {
  const out: Token[] = [];
  let linkDepth = 0;
  let previous = '\n';
  for (let i = 0; i < children.length; i++) {
    const token = children[i]!;
    if (token.type === 'link_open') linkDepth++;
    else if (token.type === 'link_close') linkDepth--;
    if (token.type === 'text' && linkDepth === 0 && token.content.includes('#')) {
      out.push(...splitTopics(token.content, previous, firstCharOf(children[i + 1]), state, found));
    } else {
      out.push(token);
    }
    previous = lastCharOf(token, previous);
  }
  return out;
}

function splitTopics(content: string, before: string, after: string, state: StateCore, found: Found): Token[] {
  const out: Token[] = [];
  let start = 0;
  for (const match of content.matchAll(TOPIC)) {
    const end = match.index + match[0].length;
    const charBefore = match.index === 0 ? before : content[match.index - 1]!;
    const charAfter = end === content.length ? after : content[end]!;
    if (!WHITESPACE.test(charBefore) || SLUG_CONTINUES.test(charAfter)) continue;
    const slug = match[1]!;
    if (match.index > start) out.push(textToken(state, content.slice(start, match.index)));
    out.push(...topicLink(state, slug));
    found.topics.add(slug);
    start = end;
  }
  if (start < content.length) out.push(textToken(state, content.slice(start)));
  return out;
}

function topicLink(state: StateCore, slug: string): Token[] {
  const open = new state.Token('link_open', 'a', 1);
  open.attrs = [
    ['class', 'topic'],
    ['href', `/search?topic=${slug}`],
  ];
  open.markup = 'topic';
  const close = new state.Token('link_close', 'a', -1);
  close.markup = 'topic';
  return [open, textToken(state, `#${slug}`), close];
}

function textToken(state: StateCore, content: string): Token {
  const token = new state.Token('text', '', 0);
  token.content = content;
  return token;
}

function firstCharOf(token: Token | undefined): string {
  if (!token) return ' ';
  if (token.type === 'text' || token.type === 'text_special') return token.content[0] ?? ' ';
  return ' ';
}

function lastCharOf(token: Token, previous: string): string {
  if (token.type === 'text' || token.type === 'text_special') return token.content.at(-1) ?? previous;
  if (token.type === 'softbreak' || token.type === 'hardbreak') return '\n';
  return NOT_WHITESPACE;
}
