/** An `@name` being typed: where it starts in the text and what follows the @. */
export interface MentionToken {
  start: number;
  query: string;
}

// After the start or a space: @ then up to 20 characters that can be in a name (no spaces or Markdown brackets).
const TYPED_MENTION = /(^|\s)@([^\s@[\]()]{1,20})$/u;

/** The mention being typed just before the caret, if any. */
export function mentionAt(text: string, caret: number): MentionToken | null {
  const match = TYPED_MENTION.exec(text.slice(0, caret));
  if (!match) return null;
  return { start: caret - match[2]!.length - 1, query: match[2]! };
}

/**
 * The text with the typed `@query` replaced by a mention of the member, in the form the server
 * renders as a link and notifies, and where the caret goes after it.
 */
export function insertMention(
  text: string,
  token: MentionToken,
  caret: number,
  member: { id: string; displayName: string },
): { text: string; caret: number } {
  const label = member.displayName.replace(/[[\]\\]/g, '');
  const mention = `[@${label}](mention:${member.id}) `;
  return { text: text.slice(0, token.start) + mention + text.slice(caret), caret: token.start + mention.length };
}
