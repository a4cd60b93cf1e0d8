import { CONVERSATION_ROOM_KIND } from '@hearth/contracts';
import type { RealtimeHub } from '../../platform/realtime/realtime-hub.js';
import { withholdEventMessage } from './chat.mappers.js';
import { messagesAfter } from './chat.repository.js';
import type { ChatService } from './chat.service.js';
import type { ChatDeps } from './conversation-access.js';

/**
 * The `conversation:<id>` rooms: readable by whoever may read the conversation (checked on
 * subscribe and whenever the member's access may have changed); a resuming socket gets every
 * message after its last seq, replies included, from the database. Messages of members
 * blocked either way with the reader come withheld, with their seq, live and on resume.
 */
export function registerConversationRooms(hub: RealtimeHub, deps: ChatDeps, chat: ChatService): void {
  hub.registerRoomKind(CONVERSATION_ROOM_KIND, {
    authorize: (actor, id) => chat.canRead(actor, id),
    backlog: async (actor, id, afterSeq, limit) => {
      const rows = await messagesAfter(deps.platform.db, id, afterSeq, limit);
      const messages = await chat.messageViews(actor, rows);
      return messages.map((message) => ({ seq: message.seq, event: { type: 'message', message } }));
    },
    // Live `message` and `message_updated` events of a member blocked either way with the reader.
    withhold: (event) => withholdEventMessage(event),
  });
}
