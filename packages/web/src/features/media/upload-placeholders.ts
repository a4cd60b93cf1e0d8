import { insertBlock } from './image-markdown';

/**
 * A caret (or selection) together with the text its offsets count in. Offsets mean nothing in
 * another text: the text area can show an older or newer text than the state holds (a write
 * not rendered yet, a keystroke not in state yet), so a caret is only used on the text it was
 * read from, never translated by guesswork.
 */
export interface Caret {
  text: string;
  start: number;
  end: number;
}

/** What stands in the text while one upload runs: an empty image named after the upload's unique id. */
export function uploadToken(label: string, id: string): string {
  return `![${label} ${id}]()`;
}

/** The first of `carets` read from exactly `text`, or null when none was. */
export function caretIn(text: string, ...carets: readonly (Caret | null | undefined)[]): Caret | null {
  return carets.find((caret) => caret?.text === text) ?? null;
}

// An image's Markdown or a placeholder: `![alt](url)` on one line, alt with backslash escapes.
const IMAGE_SPAN = /!\[(?:\\.|[^\\\]\n])*\]\([^()\s]*\)/g;

function imageSpans(text: string): { start: number; end: number }[] {
  return [...text.matchAll(IMAGE_SPAN)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/**
 * Where a new image goes: the caret's selection when the caret was read from `text`, else the
 * end. Never inside an image or a placeholder (that would break it, and a split placeholder
 * can no longer be found): a caret inside one moves to its end, and a selection that overlaps
 * one is not replaced (the image goes after it).
 */
export function insertionRange(text: string, caret: Caret | null): { start: number; end: number } {
  if (!caret || caret.text !== text) return { start: text.length, end: text.length };
  const clamp = (n: number) => Math.min(Math.max(n, 0), text.length);
  let start = clamp(Math.min(caret.start, caret.end));
  const end = clamp(Math.max(caret.start, caret.end));
  const spans = imageSpans(text);
  if (start < end && spans.some((span) => start < span.end && end > span.start)) start = end;
  const within = spans.find((span) => span.start < start && start < span.end);
  if (within) start = within.end;
  return { start, end: Math.max(start, end) };
}

/** `text` with `token` inserted on a line of its own where {@link insertionRange} says, and the caret after it. */
export function insertUpload(text: string, caret: Caret | null, token: string): { text: string; caret: Caret } {
  const range = insertionRange(text, caret);
  const inserted = insertBlock(text, range.start, range.end, token);
  return { text: inserted.text, caret: { text: inserted.text, start: inserted.caret, end: inserted.caret } };
}

/**
 * `text` with `token` replaced by `replacement` wherever edits moved it (an empty replacement
 * also takes the line break {@link insertUpload} put after it). A caret read from `text`
 * keeps its place relative to the words around it (one inside the token goes after the
 * replacement); any other caret is dropped. When the token is gone, the member deleted it:
 * the text and caret are returned as they are, with `isFound` false.
 */
export function settleUpload(
  text: string,
  caret: Caret | null,
  token: string,
  replacement: string,
): { text: string; caret: Caret | null; isFound: boolean } {
  const at = text.indexOf(token);
  if (at < 0) return { text, caret, isFound: false };
  const tokenEnd = at + token.length;
  const end = replacement === '' && text.charAt(tokenEnd) === '\n' ? tokenEnd + 1 : tokenEnd;
  const next = text.slice(0, at) + replacement + text.slice(end);
  const move = (pos: number) => (pos <= at ? pos : pos >= end ? pos + replacement.length - (end - at) : at + replacement.length);
  return {
    text: next,
    caret: caret && caret.text === text ? { text: next, start: move(caret.start), end: move(caret.end) } : null,
    isFound: true,
  };
}
