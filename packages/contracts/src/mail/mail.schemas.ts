import { z } from 'zod';
import { Id, IsoTime } from '../common/index.js';

export const OutboxMail = z.object({
  id: Id,
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  kind: z.string(),
  status: z.enum(['queued', 'sent', 'failed', 'outbox']),
  createdAt: IsoTime,
  sentAt: IsoTime.nullable(),
});
export type OutboxMail = z.infer<typeof OutboxMail>;
