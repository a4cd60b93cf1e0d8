/** The mail module: the outbox admins read (every mail Hearth recorded, sent or held). */
import { mailRoutes as r, type OutboxMail } from '@hearth/contracts';
import type { FastifyInstance } from 'fastify';
import { toIso, toIsoOrNull } from '../../platform/clock.js';
import { registerRoute } from '../../platform/http/route.js';
import { decodeCursor, toPage, olderThan } from '../../platform/pagination.js';

export function registerMailRoutes(app: FastifyInstance): void {
  registerRoute(app, r.outbox, async ({ query }) => {
    const cursor = decodeCursor(query.cursor);
    let select = app.hearth.db.selectFrom('mail').selectAll();
    if (cursor) {
      select = select.where(olderThan(cursor, 'createdAt', 'id'));
    }
    const rows = await select
      .orderBy('createdAt', 'desc')
      .orderBy('id', 'desc')
      .limit(query.limit + 1)
      .execute();
    return toPage(
      rows,
      query.limit,
      (m) => ({ at: m.createdAt, id: m.id }),
      (m): OutboxMail => ({
        id: m.id,
        to: m.toAddress,
        subject: m.subject,
        text: m.text,
        kind: m.kind,
        status: m.status as OutboxMail['status'],
        createdAt: toIso(m.createdAt),
        sentAt: toIsoOrNull(m.sentAt),
      }),
    );
  });
}
