import type { DmPolicy } from '@hearth/contracts';

/** What the direct-message rule needs to know about a sender and a recipient. */
export interface DmFacts {
  /** Either of the two blocks the other. */
  blockedEither: boolean;
  /** The recipient's choice. */
  recipientPolicy: DmPolicy;
  /** Each follows the other. */
  areFriends: boolean;
}

/**
 * The one rule for who may DM whom, used when a DM starts, when a message is sent in a 1:1
 * DM and for the profile's Message button. A block in either direction always wins.
 */
export function canDirectMessage(facts: DmFacts): boolean {
  if (facts.blockedEither) return false;
  switch (facts.recipientPolicy) {
    case 'everyone':
      return true;
    case 'friends':
      return facts.areFriends;
    case 'nobody':
      return false;
  }
}

/** Settings of a member who never chose: everyone may DM them. */
export const DEFAULT_DM_POLICY: DmPolicy = 'everyone';

/** Reads a stored policy; an unknown value (a newer version's) falls back to the strictest. */
export function toDmPolicy(value: string | undefined): DmPolicy {
  if (value === undefined) return DEFAULT_DM_POLICY;
  return value === 'everyone' || value === 'friends' || value === 'nobody' ? value : 'nobody';
}
