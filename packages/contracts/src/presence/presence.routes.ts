import { defineRoute } from '../common/index.js';
import { PresenceList, PresenceQuery } from './presence.schemas.js';

const tags = ['presence'] as const;

export const presenceRoutes = {
  listPresence: defineRoute({
    method: 'GET',
    path: '/api/presence',
    summary: 'Who of up to 100 members is online, and when each was last seen (blocked either way: unknown)',
    tags,
    access: 'member',
    query: PresenceQuery,
    status: 200,
    response: PresenceList,
  }),
};
