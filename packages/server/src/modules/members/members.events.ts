/** Domain events of the members module (see platform/events). */
import { z } from 'zod';
import { domainEvent } from '../../platform/events/domain-events.js';

/**
 * A member changed their profile or avatar. `isComplete`: it now has an avatar and a bio
 * (what the "profile completed" points rule rewards).
 */
export const ProfileUpdated = domainEvent(
  'members.profile_updated',
  z.object({ memberId: z.string().min(1), isComplete: z.boolean(), at: z.number() }),
);

/** What counts as a complete profile. */
export const isProfileComplete = (row: { bio: string; avatarKey: string | null }): boolean =>
  row.bio.trim() !== '' && row.avatarKey !== null;
