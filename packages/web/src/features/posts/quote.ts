/**
 * A Markdown blockquote of `text` to start a reply with: every line prefixed with `> `
 * (blank lines kept inside the quote), followed by an empty line for the answer.
 */
export function quoteMarkdown(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').trim().split('\n');
  if (lines.length === 1 && lines[0] === '') return '';
  return `${lines.map((line) => (line.trim() ? `> ${line}` : '>')).join('\n')}\n\n`;
}

/** The reply text after adding a quote: on its own when the reply was empty, else after what was written. */
export function withQuote(current: string, quote: string): string {
  if (!quote) return current;
  if (!current.trim()) return quote;
  return `${current.replace(/\s+$/, '')}\n\n${quote}`;
}
