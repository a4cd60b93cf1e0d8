/** Domain events of member reports (see platform/events). */
import { z } from 'zod';
import { domainEvent } from '../../../platform/events/domain-events.js';

const Id = z.string().min(1);

/** A moderator handled the open reports on a target: each reporter is told how (notifications). */
export const ReportsHandled = domainEvent(
  'moderation.reports_handled',
  z.object({
    targetKind: z.enum(['post', 'comment', 'message', 'dm', 'profile']),
    targetId: Id,
    reporterIds: z.array(Id),
    /** Whose content or profile it was (trust levels recount their flags); absent in events queued before 0025. */
    targetAuthorId: Id.optional(),
    outcome: z.enum(['dismissed', 'upheld', 'removed']),
    /** Where the target lived ('' when it is gone or private). */
    url: z.string(),
    at: z.number(),
  }),
);
