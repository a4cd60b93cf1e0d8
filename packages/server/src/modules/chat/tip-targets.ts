import { notFound } from '../../platform/errors/app-error.js';
import type { Actor } from '../../platform/http/actor.js';
import { findMessage } from './chat.repository.js';
import { readableConversation, type ChatDeps } from './conversation-access.js';

/** A chat message someone may tip. */
export interface TippableMessage {
  authorId: string;
  conversationId: string;
  /** The chat space's id; null for a DM. */
  spaceId: string | null;
}

/**
 * A live message in a conversation `actor` may read (the rule the message list uses).
 * @throws not_found
 */
export async function tippableMessage(deps: ChatDeps, actor: Actor, id: string): Promise<TippableMessage> {
  const message = await findMessage(deps.platform.db, id);
  if (!message || message.status !== 'published' || message.deletedAt !== null) throw notFound();
  const access = await readableConversation(deps, actor, message.conversationId);
  return { authorId: message.authorId, conversationId: message.conversationId, spaceId: access.conversation.spaceId };
}
