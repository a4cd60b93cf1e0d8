/** The image types the server accepts (it sniffs the bytes anyway; this only filters the picker). */
export const IMAGE_ACCEPT = 'image/png,image/jpeg,image/webp,image/gif';

/** Image files among pasted or dropped files (a paste of text has none). */
export function imageFiles(files: FileList | readonly File[] | null | undefined): File[] {
  return [...(files ?? [])].filter((file) => file.type.startsWith('image/'));
}

/**
 * Alt text for `![alt](url)` from an upload's name: without the extension, and with the
 * characters that would end or escape the brackets backslash-escaped, so a hostile file
 * name stays text (the server renders alt text as text in any case).
 */
export function altFromName(name: string): string {
  const stem = name.replace(/\.[A-Za-z0-9]{1,10}$/, '');
  return stem
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\[\]]/g, (c) => `\\${c}`)
    .trim();
}

export function imageMarkdown(name: string, url: string): string {
  return `![${altFromName(name)}](${url})`;
}

/** What stands in the text while an upload runs; `n` keeps concurrent uploads apart. */
export function uploadPlaceholder(label: string, n: number): string {
  return `![${label} ${n}]()`;
}

/**
 * Inserts `snippet` at the selection, on a line of its own (so the image is a paragraph),
 * and says where the caret goes afterwards.
 */
export function insertBlock(text: string, start: number, end: number, snippet: string): { text: string; caret: number } {
  const before = text.slice(0, start);
  const after = text.slice(end);
  const lead = before === '' || before.endsWith('\n') ? '' : '\n';
  const trail = after.startsWith('\n') ? '' : '\n';
  const inserted = `${lead}${snippet}${trail}`;
  return { text: before + inserted + after, caret: before.length + inserted.length };
}

/** Replaces the placeholder (wherever edits moved it) with `replacement`; a removed placeholder stays removed. */
export function replacePlaceholder(text: string, placeholder: string, replacement: string): string {
  return replacePlaceholderKeepingCaret(text, placeholder, replacement).text;
}

/**
 * The same, and where a caret (or selection end) at `pos` moves to: one after the placeholder
 * moves by the change in length, one inside it goes to the end of the replacement. Without
 * this, the caret stays at its old index, which a longer replacement puts inside the image's
 * Markdown, and the next image would be inserted there and break it.
 */
export function replacePlaceholderKeepingCaret(text: string, placeholder: string, replacement: string) {
  const at = text.indexOf(placeholder);
  if (at < 0) return { text, moveCaret: (pos: number) => pos };
  // Removing it also removes the line break insertBlock added after it.
  const end = replacement === '' && text.charAt(at + placeholder.length) === '\n' ? at + placeholder.length + 1 : at + placeholder.length;
  const moveCaret = (pos: number) => (pos <= at ? pos : pos >= end ? pos + replacement.length - (end - at) : at + replacement.length);
  return { text: text.slice(0, at) + replacement + text.slice(end), moveCaret };
}
