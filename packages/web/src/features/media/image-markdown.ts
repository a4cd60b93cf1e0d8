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
