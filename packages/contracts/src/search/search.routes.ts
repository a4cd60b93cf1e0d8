import { z } from 'zod';
import { defineRoute } from '../common/index.js';
import { SearchPage, SearchQuery, SuggestQuery, Suggestion } from './search.schemas.js';

const tags = ['search'] as const;

export const searchRoutes = {
  search: defineRoute({
    method: 'GET',
    path: '/api/search',
    summary: 'Search threads, comments, chat, members and spaces the caller may read (Chinese segmented, 繁/简 alike)',
    tags,
    access: 'member',
    query: SearchQuery,
    status: 200,
    response: SearchPage,
  }),
  suggest: defineRoute({
    method: 'GET',
    path: '/api/search/suggest',
    summary: 'Suggestions as you type: thread titles, members and spaces starting with what is typed',
    tags,
    access: 'member',
    query: SuggestQuery,
    status: 200,
    response: z.object({ items: z.array(Suggestion) }),
  }),
} as const;
