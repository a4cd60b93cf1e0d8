/** The notifications module's public surface: the centre, choices, thread follows, delivery. */
import type { FastifyInstance } from 'fastify';
import { defineNotificationJobs, type NotificationJobDeps } from './notifications.jobs.js';
import { registerNotificationRoutes } from './notifications.routes.js';
import { NotificationsService } from './notifications.service.js';
import { subscribeToEvents } from './notifications.subscribers.js';

export { NotificationsService, EMAIL_DELAY_MS, UNREAD_CAP } from './notifications.service.js';

export interface NotificationsModule {
  service: NotificationsService;
  registerRoutes(app: FastifyInstance): void;
}

export function createNotificationsModule(deps: NotificationJobDeps): NotificationsModule {
  const service = new NotificationsService(deps);
  defineNotificationJobs(deps, service);
  subscribeToEvents(deps, service);
  return { service, registerRoutes: (app) => registerNotificationRoutes(app, service) };
}
