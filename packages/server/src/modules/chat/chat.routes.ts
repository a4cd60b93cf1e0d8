import { chatRoutes as r } from '@hearth/contracts';
import type { FastifyInstance } from 'fastify';
import { registerRoute } from '../../platform/http/route.js';
import type { ChatService } from './chat.service.js';

/** Every route of the chat contract. Thin: contract → service → contract. */
export function registerChatRoutes(app: FastifyInstance, chat: ChatService): void {
  registerRoute(app, r.startDm, async ({ actor, body }) => ({ conversation: await chat.startDm(actor, body.memberIds) }));
  registerRoute(app, r.listConversations, async ({ actor, query }) => chat.list(actor, query));
  registerRoute(app, r.getConversation, async ({ actor, params }) => ({ conversation: await chat.get(actor, params.id) }));
  registerRoute(app, r.listMessages, async ({ actor, params, query }) => chat.messages(actor, params.id, query));
  registerRoute(app, r.postMessage, async ({ actor, params, body }) => ({ message: await chat.post(actor, params.id, body) }));
  registerRoute(app, r.markConversationRead, async ({ actor, params, body }) => chat.markRead(actor, params.id, body.seq));
  registerRoute(app, r.editMessage, async ({ actor, params, body }) => ({ message: await chat.edit(actor, params.id, body.body) }));
  registerRoute(app, r.deleteMessage, async ({ actor, params }) => chat.remove(actor, params.id));
  registerRoute(app, r.reactToMessage, async ({ actor, params, body }) => ({
    reactions: await chat.react(actor, params.id, body.emoji, true),
  }));
  registerRoute(app, r.unreactToMessage, async ({ actor, params }) => ({
    reactions: await chat.react(actor, params.id, params.emoji, false),
  }));
}
