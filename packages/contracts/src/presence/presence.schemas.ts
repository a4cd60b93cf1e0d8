import { z } from 'zod';
import { IsoTime } from '../common/index.js';

/** How many members one presence request may ask about. */
export const PRESENCE_MAX_IDS = 100;

const ID_LIST = /^[A-Za-z0-9_-]{1,64}(,[A-Za-z0-9_-]{1,64})*$/;

/** `?ids=a,b,c`: member ids separated by commas, at most {@link PRESENCE_MAX_IDS}. */
export const PresenceQuery = z.object({
  ids: z
    .string()
    .max(PRESENCE_MAX_IDS * 65)
    .regex(ID_LIST)
    .refine((value) => value.split(',').length <= PRESENCE_MAX_IDS, { message: 'too_many_ids', params: { maximum: PRESENCE_MAX_IDS } }),
});
export type PresenceQuery = z.infer<typeof PresenceQuery>;

/**
 * Whether a member has a socket open on any node now, and when they were last seen (the
 * last time they had one; null when never, or when the caller may not know: a block).
 */
export const MemberPresence = z.object({
  memberId: z.string(),
  online: z.boolean(),
  lastSeenAt: IsoTime.nullable(),
});
export type MemberPresence = z.infer<typeof MemberPresence>;

export const PresenceList = z.object({ items: z.array(MemberPresence) });
export type PresenceList = z.infer<typeof PresenceList>;

/**
 * The `presence` event on a member's own room (`member:<id>`): someone they share a DM with
 * came online or went offline. `at` orders events of one member (the newest wins).
 */
export const PresenceEvent = z.object({
  type: z.literal('presence'),
  memberId: z.string(),
  online: z.boolean(),
  at: IsoTime,
});
export type PresenceEvent = z.infer<typeof PresenceEvent>;
