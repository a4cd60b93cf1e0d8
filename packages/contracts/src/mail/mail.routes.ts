import { defineRoute, Page, PageQuery } from '../common/index.js';
import { OutboxMail } from './mail.schemas.js';

export const mailRoutes = {
  outbox: defineRoute({
    method: 'GET',
    path: '/api/admin/outbox',
    summary: 'Mail the community sent or holds (the outbox when no SMTP is set)',
    tags: ['admin'],
    access: 'owner',
    query: PageQuery,
    status: 200,
    response: Page(OutboxMail),
  }),
} as const;
