/** The chat module's public surface: conversations (chat-space channels and DMs) and messages. */
import { conversationRoom } from '@hearth/contracts';
import type { FastifyInstance } from 'fastify';
import { SPACE_ACCESS_CHANGED } from '../spaces/index.js';
import { registerConversationRooms } from './chat.realtime.js';
import { registerChatRoutes } from './chat.routes.js';
import { ChatService } from './chat.service.js';
import type { ChatDeps } from './conversation-access.js';
import { importSpaceMessages, type ImportedMessage } from './message-import.js';
import type { Tx } from '../../db/database.js';

export type { ImportedMessage } from './message-import.js';

export { ChatService } from './chat.service.js';
export { MessageSent } from './chat.events.js';
export type { TippableMessage } from './tip-targets.js';

export interface ChatModule {
  service: ChatService;
  /** Stores messages written elsewhere in a chat space's channel, inside the caller's transaction. */
  importSpaceMessages(tx: Tx, spaceId: string, messages: ImportedMessage[]): Promise<void>;
  registerRoutes(app: FastifyInstance): void;
}

export async function createChatModule(deps: ChatDeps): Promise<ChatModule> {
  const service = new ChatService(deps);
  registerConversationRooms(deps.realtime, deps, service);
  // Every node hears the change and re-checks its own sockets in the space's channel.
  await deps.platform.bus.subscribe(SPACE_ACCESS_CHANGED, (payload) => {
    const spaceId = (payload as { spaceId?: unknown }).spaceId;
    if (typeof spaceId === 'string') deps.realtime.recheckRoomLocal(conversationRoom(spaceId));
  });
  return {
    service,
    importSpaceMessages: (tx, spaceId, messages) => importSpaceMessages(deps, tx, spaceId, messages),
    registerRoutes: (app) => registerChatRoutes(app, service),
  };
}
