import { notificationRoutes as r } from '@hearth/contracts';
import type { FastifyInstance } from 'fastify';
import { registerRoute as route } from '../../platform/http/route.js';
import type { NotificationsService } from './notifications.service.js';

export function registerNotificationRoutes(app: FastifyInstance, service: NotificationsService): void {
  route(app, r.listNotifications, ({ actor, query }) => service.list(actor, query));
  route(app, r.unreadNotifications, ({ actor }) => service.unreadCount(actor));
  route(app, r.markNotificationsRead, ({ actor, body }) => service.markRead(actor, body));
  route(app, r.getNotificationSettings, ({ actor }) => service.getSettings(actor));
  route(app, r.updateNotificationSettings, ({ actor, body }) => service.updateSettings(actor, body));
  route(app, r.getThreadFollow, ({ actor, params }) => service.threadFollow(actor, params.id));
  route(app, r.setThreadFollow, ({ actor, params, body }) => service.setThreadFollow(actor, params.id, body.level));
  route(app, r.getPushKey, async () => ({ publicKey: await service.push.publicKey() }));
  route(app, r.addPushSubscription, ({ actor, body }) => service.addPushSubscription(actor, body));
  route(app, r.removePushSubscription, ({ actor, query }) => service.removePushSubscription(actor, query.endpoint));
}
