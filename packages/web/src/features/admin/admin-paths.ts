/** URLs of the admin console, in one place. */
export const adminPaths = {
  home: '/admin',
  members: '/admin/members',
  member: (id: string) => `/admin/members/${encodeURIComponent(id)}`,
  applications: '/admin/applications',
  tiers: '/admin/tiers',
  join: '/admin/join',
  invites: '/admin/invites',
  spaces: '/admin/spaces',
  calendar: '/admin/calendar',
  topics: '/admin/topics',
  community: '/admin/community',
  outbox: '/admin/outbox',
  wordFilter: '/admin/word-filter',
  reviewQueue: '/admin/review-queue',
  appeals: '/admin/appeals',
  audit: '/admin/audit',
} as const;
