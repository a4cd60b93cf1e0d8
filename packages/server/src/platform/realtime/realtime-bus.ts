import { RealtimeRoom, RealtimeSeq } from '@hearth/contracts';
import { z } from 'zod';

/**
 * The one bus topic of realtime. Every node subscribes to it once and delivers to its own
 * sockets what concerns them. One topic rather than one per room: a node serving thousands
 * of sockets is in most active rooms anyway, a per-room topic would cost a Redis round trip
 * on every subscribe and resume (and a window in which a just-subscribed socket misses
 * events), and one topic keeps events, revocations and re-authorisations from one publisher
 * in the order they were published.
 */
export const REALTIME_TOPIC = 'realtime';

const Id = z.string().min(1).max(200);

/**
 * What nodes tell each other about realtime. An event travels as the client frame its
 * publisher encoded (checked there), so no node parses or serialises it again.
 */
export const RealtimeBusMessage = z.discriminatedUnion('kind', [
  // `authorId`: whose content the event shows (sockets of members blocked either way with them get it withheld).
  z.object({
    kind: z.literal('event'),
    room: RealtimeRoom,
    seq: RealtimeSeq.positive().optional(),
    frame: z.string().min(2),
    authorId: Id.optional(),
  }),
  z.object({ kind: z.literal('typing'), room: RealtimeRoom, memberId: Id }),
  z.object({ kind: z.literal('revoke'), room: RealtimeRoom, memberId: Id.optional() }),
  z.object({ kind: z.literal('reauthorize'), memberId: Id }),
  // A banned member's sockets, closed on every node (4403).
  z.object({ kind: z.literal('close'), memberId: Id }),
]);
export type RealtimeBusMessage = z.infer<typeof RealtimeBusMessage>;
