import { defineRoute } from '../common/index.js';
import { FeedPage, FeedQuery } from './feed.schemas.js';

export const feedRoutes = {
  homeFeed: defineRoute({
    method: 'GET',
    path: '/api/feed',
    summary: 'The home feed: threads of joined spaces and followed members (or all readable spaces), latest / top / unanswered',
    tags: ['feed'],
    access: 'member',
    query: FeedQuery,
    status: 200,
    response: FeedPage,
  }),
} as const;
