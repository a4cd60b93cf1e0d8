import { feedRoutes as r } from '@hearth/contracts';
import type { FastifyInstance } from 'fastify';
import { registerRoute } from '../../platform/http/route.js';
import type { FeedService } from './feed.service.js';

export function registerFeedRoutes(app: FastifyInstance, feed: FeedService): void {
  registerRoute(app, r.homeFeed, ({ actor, query }) => feed.feed(actor, query));
}
