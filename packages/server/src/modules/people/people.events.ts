/** Domain events of the people module (see platform/events). */
import { z } from 'zod';
import { domainEvent } from '../../platform/events/domain-events.js';

const Id = z.string().min(1);

/** A member started following another; following someone already followed emits nothing. */
export const MemberFollowed = domainEvent('people.followed', z.object({ followerId: Id, followeeId: Id, at: z.number() }));
