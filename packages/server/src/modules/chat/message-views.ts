import type { ChatMessage } from '@hearth/contracts';
import { invalid } from '../../platform/errors/app-error.js';
import type { Actor } from '../../platform/http/actor.js';
import { renderMarkdown } from '../../platform/text/markdown.js';
import { toChatMessage, withholdMessage } from './chat.mappers.js';
import { messageReactions, type MessageRow } from './chat.repository.js';
import type { ChatDeps } from './conversation-access.js';

/**
 * Messages as `actor` sees them: authors resolved, reaction counts with the reader's own
 * mark, and those of members blocked either way with the reader withheld (same seq, no
 * content, no author). Every listing, thread, catch-up and resume goes through here.
 */
export async function messageViews(deps: ChatDeps, actor: Actor, rows: MessageRow[]): Promise<ChatMessage[]> {
  const hidden = await deps.people.hiddenAuthorIds(actor.memberId);
  const shown = hidden.size === 0 ? rows : rows.filter((row) => !hidden.has(row.authorId));
  const views = await unfilteredViews(deps, actor.memberId, shown);
  if (shown === rows) return views;
  const byId = new Map(views.map((view) => [view.id, view]));
  return rows.map((row) => byId.get(row.id) ?? withholdMessage(toChatMessage(row, new Map(), [])));
}

/**
 * Messages as everyone sees them, for the room (whose sockets each filter by their own
 * blocks): nobody's reaction mark, nothing withheld.
 */
export async function roomMessageViews(deps: ChatDeps, rows: MessageRow[]): Promise<ChatMessage[]> {
  return unfilteredViews(deps, null, rows);
}

async function unfilteredViews(deps: ChatDeps, readerId: string | null, rows: MessageRow[]): Promise<ChatMessage[]> {
  if (rows.length === 0) return [];
  const [authors, reactions] = await Promise.all([
    deps.members.refs(rows.map((r) => r.authorId)),
    messageReactions(
      deps.platform.db,
      rows.map((r) => r.id),
      readerId ?? '',
    ),
  ]);
  return rows.map((row) => toChatMessage(row, authors, reactions.get(row.id) ?? []));
}

/** A message just written: nobody has reacted to it yet, so only its author is looked up. */
export async function newMessageView(deps: ChatDeps, row: MessageRow): Promise<ChatMessage> {
  return toChatMessage(row, await deps.members.refs([row.authorId]), []);
}

/**
 * Renders a message body; its mentions must name members. A mention across a block with
 * the author stays plain text (no link, nobody notified). @throws invalid_input (body: unknown_mention)
 */
export async function renderMessage(deps: ChatDeps, source: string, authorId: string) {
  const rendered = renderMarkdown(source);
  if (rendered.mentions.length > 0) {
    const known = await deps.members.existingMemberIds(rendered.mentions);
    if (rendered.mentions.some((mention) => !known.has(mention))) throw invalid('body', 'unknown_mention');
    const unlinked = await deps.people.unmentionableBy(authorId, rendered.mentions);
    if (unlinked.size > 0) return renderMarkdown(source, { unlinkedMentions: unlinked });
  }
  return rendered;
}
