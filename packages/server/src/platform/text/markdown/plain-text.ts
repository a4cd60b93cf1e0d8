import type { Token } from 'markdown-it';

/** The text of inline tokens without markup: what a reader sees, images as their alt text. */
export function inlineText(tokens: readonly Token[]): string {
  let text = '';
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
      case 'text_special':
      case 'code_inline':
        text += token.content;
        break;
      case 'softbreak':
      case 'hardbreak':
        text += ' ';
        break;
      case 'image':
        text += inlineText(token.children ?? []);
        break;
      default:
        break;
    }
  }
  return text;
}

/**
 * The text of a whole token stream: inline text, code verbatim, one space between blocks,
 * whitespace collapsed. For search indexing, snippets and notifications.
 */
export function documentText(tokens: readonly Token[]): string {
  const parts: string[] = [];
  for (const token of tokens) {
    if (token.type === 'inline') parts.push(inlineText(token.children ?? []));
    else if (token.type === 'code_block' || token.type === 'fence') parts.push(token.content);
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
