export * from './common/index.js';
export * from './system/system.schemas.js';
export * from './system/system.routes.js';
export * from './identity/identity.schemas.js';
export * from './identity/identity.routes.js';
export * from './members/members.schemas.js';
export * from './members/members.routes.js';
export * from './mail/mail.schemas.js';
export * from './mail/mail.routes.js';
export * from './realtime/index.js';
export * from './spaces/spaces.schemas.js';
export * from './spaces/spaces.routes.js';
export * from './posts/posts.schemas.js';
export * from './posts/posts.routes.js';
export * from './posts/thread-extras.schemas.js';
export * from './chat/chat.schemas.js';
export * from './chat/chat.routes.js';
export * from './search/search.schemas.js';
export * from './search/search.routes.js';
export * from './media/media.schemas.js';
export * from './media/media.routes.js';
export * from './people/people.schemas.js';
export * from './people/people.routes.js';
export * from './notifications/notifications.schemas.js';
export * from './notifications/notifications.routes.js';
export * from './feed/feed.schemas.js';
export * from './feed/feed.routes.js';
export * from './presence/presence.schemas.js';
export * from './presence/presence.routes.js';
export * from './ledger/ledger.schemas.js';
export * from './ledger/ledger.routes.js';
export * from './moderation/moderation.schemas.js';
export * from './moderation/moderation.routes.js';
export * from './economy/economy.schemas.js';
export * from './economy/economy.routes.js';
export * from './moderation/moderation-queue.schemas.js';
export * from './moderation/spam.schemas.js';
export * from './moderation/report.schemas.js';
export * from './moderation/spam-reports.routes.js';
export * from './perks/perks.schemas.js';
export * from './perks/perks.routes.js';
export * from './market/market.schemas.js';
export * from './market/market.routes.js';
export * from './economy/earning.schemas.js';
export * from './economy/earning.routes.js';
export * from './economy/badges.schemas.js';
export * from './economy/badges.routes.js';
export * from './economy/leaderboards.schemas.js';
export * from './economy/leaderboards.routes.js';
export * from './oversight/oversight.schemas.js';
export * from './oversight/oversight.routes.js';
export * from './chips/chips.schemas.js';
export * from './chips/chips.routes.js';
// Penalties, appeals and the audit log (h-21)
export * from './moderation/penalties.schemas.js';
export * from './moderation/penalties.routes.js';
export * from './audit/audit.schemas.js';
export * from './audit/audit.routes.js';
export * from './trust/trust.schemas.js';
export * from './trust/trust.routes.js';

import { chatRoutes } from './chat/chat.routes.js';
import { chipRoutes } from './chips/chips.routes.js';
import { economyRoutes } from './economy/economy.routes.js';
import { earningRoutes } from './economy/earning.routes.js';
import { badgeRoutes } from './economy/badges.routes.js';
import { leaderboardRoutes } from './economy/leaderboards.routes.js';
import { feedRoutes } from './feed/feed.routes.js';
import { identityRoutes } from './identity/identity.routes.js';
import { ledgerRoutes } from './ledger/ledger.routes.js';
import { mailRoutes } from './mail/mail.routes.js';
import { mediaRoutes } from './media/media.routes.js';
import { memberRoutes } from './members/members.routes.js';
import { moderationRoutes } from './moderation/moderation.routes.js';
import { spamReportRoutes } from './moderation/spam-reports.routes.js';
import { peopleRoutes } from './people/people.routes.js';
import { perkRoutes } from './perks/perks.routes.js';
import { marketRoutes } from './market/market.routes.js';
import { notificationRoutes } from './notifications/notifications.routes.js';
import { postRoutes } from './posts/posts.routes.js';
import { presenceRoutes } from './presence/presence.routes.js';
import { searchRoutes } from './search/search.routes.js';
import { spaceRoutes } from './spaces/spaces.routes.js';
import { systemRoutes } from './system/system.routes.js';
import { penaltyRoutes } from './moderation/penalties.routes.js';
import { auditRoutes } from './audit/audit.routes.js';
import { trustRoutes } from './trust/trust.routes.js';
import { oversightRoutes } from './oversight/oversight.routes.js';

/** Every HTTP route of the API, for the OpenAPI document and the authorisation-matrix test. */
export const allRoutes = {
  ...systemRoutes,
  ...identityRoutes,
  ...memberRoutes,
  ...mailRoutes,
  ...spaceRoutes,
  ...postRoutes,
  ...chatRoutes,
  ...searchRoutes,
  ...mediaRoutes,
  ...peopleRoutes,
  ...notificationRoutes,
  ...feedRoutes,
  ...presenceRoutes,
  ...ledgerRoutes,
  ...moderationRoutes,
  ...spamReportRoutes,
  ...economyRoutes,
  ...perkRoutes,
  ...marketRoutes,
  ...earningRoutes,
  ...badgeRoutes,
  ...leaderboardRoutes,
  ...chipRoutes,
  ...penaltyRoutes,
  ...auditRoutes,
  ...trustRoutes,
  ...oversightRoutes,
} as const;
