import { notFound } from '../../platform/errors/app-error.js';
import type { Actor } from '../../platform/http/actor.js';
import { findMessage } from './chat.repository.js';
import { readableConversation, type ChatDeps } from './conversation-access.js';
import { removeMessage } from './message-changes.js';

/** A chat message as a member report sees it. */
export interface ReportedMessage {
  authorId: string;
  /** DMs are reported as `dm`: moderators see the reported text, never the conversation. */
  isDm: boolean;
  excerpt: string;
  url: string;
}

const EXCERPT = 200;

/**
 * A live message in a conversation `actor` may read (the message list's rule).
 * @throws not_found
 */
export async function reportedMessage(deps: ChatDeps, actor: Actor, id: string): Promise<ReportedMessage> {
  const message = await findMessage(deps.platform.db, id);
  if (!message || message.status !== 'published' || message.deletedAt !== null) throw notFound();
  const access = await readableConversation(deps, actor, message.conversationId);
  const isDm = access.conversation.kind === 'dm';
  const text = message.text.length > EXCERPT ? `${message.text.slice(0, EXCERPT)}…` : message.text;
  return { authorId: message.authorId, isDm, excerpt: text, url: isDm ? '' : `/spaces/${access.conversation.spaceId}` };
}

/** Deletes a reported message in a space channel as a moderator. @throws not_found, forbidden */
export async function removeReportedMessage(deps: ChatDeps, moderator: Actor, id: string): Promise<void> {
  await removeMessage(deps, moderator, id);
}
