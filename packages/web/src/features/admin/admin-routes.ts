import type { AppRoute } from '../../app/routes';
import { lazyPage } from '../../app/routing/lazy-page';
import { adminPaths } from './admin-paths';

const adminRoute = (path: string, page: AppRoute['page'], namespaces: readonly string[] = ['admin']): AppRoute => ({
  path,
  page,
  access: 'staff',
  layout: 'admin',
  namespaces,
});

/** The console's pages, each its own chunk. Which staff role may use each one is the section's (admin-sections.ts). */
export const adminRoutes: readonly AppRoute[] = [
  adminRoute(
    adminPaths.home,
    lazyPage(() => import('./layout/admin-home-page')),
  ),
  adminRoute(
    adminPaths.members,
    lazyPage(() => import('./members/members-page')),
  ),
  adminRoute(
    '/admin/members/:id',
    lazyPage(() => import('./member-detail/member-detail-page')),
    ['admin', 'economy', 'penalties', 'trust'],
  ),
  adminRoute(
    adminPaths.applications,
    lazyPage(() => import('./applications/applications-page')),
  ),
  adminRoute(
    adminPaths.tiers,
    lazyPage(() => import('./tiers/tiers-page')),
  ),
  adminRoute(
    adminPaths.join,
    lazyPage(() => import('./join/join-policy-page')),
  ),
  adminRoute(
    adminPaths.invites,
    lazyPage(() => import('./invites/invites-page')),
  ),
  adminRoute(
    adminPaths.spaces,
    lazyPage(() => import('./spaces/spaces-page')),
  ),
  adminRoute(
    adminPaths.calendar,
    lazyPage(() => import('./calendar/calendar-page')),
  ),
  adminRoute(
    adminPaths.topics,
    lazyPage(() => import('./topics/topics-page')),
  ),
  adminRoute(
    adminPaths.community,
    lazyPage(() => import('./community/community-page')),
  ),
  adminRoute(
    adminPaths.outbox,
    lazyPage(() => import('./outbox/outbox-page')),
  ),
  {
    ...adminRoute(
      adminPaths.wordFilter,
      lazyPage(() => import('./word-filter/word-filter-page')),
    ),
    namespaces: ['admin', 'moderation', 'trust'],
  },
  adminRoute(
    adminPaths.reviewQueue,
    lazyPage(() => import('./review-queue/review-queue-page')),
    ['admin', 'penalties', 'trust'],
  ),
  // Penalties (h-21): appeals and the audit log.
  adminRoute(
    adminPaths.appeals,
    lazyPage(() => import('../penalties/appeals-page')),
    ['admin', 'penalties'],
  ),
  adminRoute(
    adminPaths.penaltyPolicy,
    lazyPage(() => import('../penalties/penalty-policy-page')),
    ['admin', 'penalties'],
  ),
  adminRoute(
    adminPaths.audit,
    lazyPage(() => import('../penalties/audit-log-page')),
    ['admin', 'penalties'],
  ),
  adminRoute(
    adminPaths.earning,
    lazyPage(() => import('./earning/earning-settings-page')),
    ['admin', 'economy', 'perks', 'market'],
  ),
  adminRoute(
    adminPaths.chips,
    lazyPage(() => import('../economy/chips/admin-chips-page')),
    ['admin', 'chips', 'economy'],
  ),
  adminRoute(
    adminPaths.badges,
    lazyPage(() => import('../economy/badges/admin-badges-page')),
    ['admin', 'badges', 'members'],
  ),
  // Economy oversight (h-28): the economy console.
  adminRoute(
    adminPaths.economy,
    lazyPage(() => import('./economy/economy-console-page')),
    ['admin', 'oversight'],
  ),
];
