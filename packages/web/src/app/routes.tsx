import type { PageAccess } from './routing/access';
import { adminRoutes } from '../features/admin/admin-routes';
import { lazyPage, type LazyPage } from './routing/lazy-page';

export type PageLayout = 'shell' | 'auth' | 'admin';

export interface AppRoute {
  /** wouter pattern, e.g. `/members/:id`. */
  path: string;
  page: LazyPage;
  access: PageAccess;
  /** `shell`: rail / tab bar around the page; `auth`: the centred card of the sign-in pages; `admin`: the shell at full width with the console's sections. */
  layout: PageLayout;
  /** Translation namespaces the page uses, fetched together with its code. */
  namespaces: readonly string[];
}

/** URLs other features link to, in one place. */
export const paths = {
  home: '/',
  welcome: '/welcome',
  login: '/login',
  register: '/register',
  forgot: '/forgot',
  applicationStatus: '/application-status',
  members: '/members',
  memberSearch: (q: string) => `/members?q=${encodeURIComponent(q)}`,
  search: '/search',
  searchFor: (q: string) => `/search?q=${encodeURIComponent(q)}`,
  member: (id: string) => `/members/${encodeURIComponent(id)}`,
  memberFollowers: (id: string) => `/members/${encodeURIComponent(id)}/followers`,
  memberFollowing: (id: string) => `/members/${encodeURIComponent(id)}/following`,
  memberFriends: (id: string) => `/members/${encodeURIComponent(id)}/friends`,
  editProfile: '/me/edit',
  settings: '/settings',
  notifications: '/notifications',
  wallet: '/wallet',
  perks: '/perks',
  market: '/market',
  chips: '/chips',
  chip: (code: string) => `/chips/${encodeURIComponent(code)}`,
  leaderboards: '/leaderboards',
  badges: '/badges',
  badge: (id: string) => `/badges/${encodeURIComponent(id)}`,
  admin: '/admin',
  spaces: '/spaces',
  space: (id: string) => `/spaces/${encodeURIComponent(id)}`,
  post: (id: string) => `/posts/${encodeURIComponent(id)}`,
  bookmarks: '/bookmarks',
  chat: '/chat',
  conversation: (id: string) => `/chat/${encodeURIComponent(id)}`,
} as const;

const homePage = lazyPage(() => import('../features/home/home-page'));
const registerPage = lazyPage(() => import('../features/auth/register-page'));
const peopleListPage = lazyPage(() => import('../features/people/people-list-page'));

/**
 * The route table. A feature adds its pages here: one entry each, page lazy-loaded from
 * its feature folder. First match wins, so put specific paths before patterns.
 */
export const routes: readonly AppRoute[] = [
  {
    path: '/setup',
    page: lazyPage(() => import('../features/setup/setup-page')),
    access: 'setup',
    layout: 'auth',
    namespaces: ['setup', 'auth'],
  },
  { path: '/login', page: lazyPage(() => import('../features/auth/login-page')), access: 'guest', layout: 'auth', namespaces: ['auth'] },
  { path: '/register', page: registerPage, access: 'guest', layout: 'auth', namespaces: ['auth'] },
  { path: '/join/:code', page: registerPage, access: 'guest', layout: 'auth', namespaces: ['auth'] },
  {
    path: '/forgot',
    page: lazyPage(() => import('../features/auth/forgot-password-page')),
    access: 'guest',
    layout: 'auth',
    namespaces: ['auth'],
  },
  {
    path: '/auth/magic',
    page: lazyPage(() => import('../features/auth/magic-link-page')),
    access: 'public',
    layout: 'auth',
    namespaces: ['auth'],
  },
  {
    path: '/auth/reset',
    page: lazyPage(() => import('../features/auth/reset-password-page')),
    access: 'public',
    layout: 'auth',
    namespaces: ['auth'],
  },
  {
    path: '/auth/confirm-email',
    page: lazyPage(() => import('../features/auth/confirm-email-page')),
    access: 'public',
    layout: 'auth',
    namespaces: ['auth'],
  },
  {
    path: '/application-status',
    page: lazyPage(() => import('../features/application/application-status-page')),
    access: 'applicant',
    layout: 'auth',
    namespaces: ['auth'],
  },
  { path: '/', page: homePage, access: 'member', layout: 'shell', namespaces: ['home', 'spaces'] },
  {
    path: '/welcome',
    page: lazyPage(() => import('../features/onboarding/onboarding-page')),
    access: 'member',
    layout: 'shell',
    namespaces: ['onboarding', 'profile'],
  },
  {
    path: '/members',
    page: lazyPage(() => import('../features/members/members-page')),
    access: 'member',
    layout: 'shell',
    namespaces: ['members'],
  },
  ...['/members/:id/followers', '/members/:id/following', '/members/:id/friends'].map((path): AppRoute => ({
    path,
    page: peopleListPage,
    access: 'member',
    layout: 'shell',
    namespaces: ['people', 'members'],
  })),
  {
    path: '/members/:id',
    page: lazyPage(() => import('../features/members/member-page')),
    access: 'member',
    layout: 'shell',
    namespaces: ['members', 'people', 'badges'],
  },
  {
    path: '/me/edit',
    page: lazyPage(() => import('../features/profile/edit-profile-page')),
    access: 'member',
    layout: 'shell',
    namespaces: ['profile'],
  },
  {
    path: '/settings',
    page: lazyPage(() => import('../features/settings/settings-page')),
    access: 'member',
    layout: 'shell',
    namespaces: ['settings', 'auth', 'people', 'notifications', 'trust', 'badges'],
  },
  {
    path: '/notifications',
    page: lazyPage(() => import('../features/notifications/notifications-page')),
    access: 'member',
    layout: 'shell',
    namespaces: ['notifications'],
  },
  {
    path: '/moderation/notices/:id',
    page: lazyPage(() => import('../features/penalties/penalty-notice-page')),
    access: 'member',
    layout: 'shell',
    namespaces: ['penalties'],
  },
  {
    path: '/wallet',
    page: lazyPage(() => import('../features/economy/wallet-page')),
    access: 'member',
    layout: 'shell',
    namespaces: ['economy'],
  },
  // Orders between members (掛單).
  {
    path: '/market',
    page: lazyPage(() => import('../features/market/market-page')),
    access: 'member',
    layout: 'shell',
    namespaces: ['market'],
  },
  {
    path: '/market/mine',
    page: lazyPage(() => import('../features/market/market-mine-page')),
    access: 'member',
    layout: 'shell',
    namespaces: ['market'],
  },
  {
    path: '/market/assets/:assetId',
    page: lazyPage(() => import('../features/market/market-asset-page')),
    access: 'member',
    layout: 'shell',
    namespaces: ['market'],
  },
  // Economy oversight (h-28): members' transparency page, when the owner allows it.
  {
    path: '/economy/transparency',
    page: lazyPage(() => import('../features/economy/transparency-page')),
    access: 'member',
    layout: 'shell',
    namespaces: ['oversight'],
  },
  // The perks marketplace: specific paths before /perks/:id.
  {
    path: '/perks',
    page: lazyPage(() => import('../features/perks/perks-page')),
    access: 'member',
    layout: 'shell',
    namespaces: ['perks'],
  },
  {
    path: '/perks/new',
    page: lazyPage(() => import('../features/perks/perk-form-page')),
    access: 'member',
    layout: 'shell',
    namespaces: ['perks'],
  },
  {
    path: '/perks/redemptions',
    page: lazyPage(() => import('../features/perks/orders-page')),
    access: 'member',
    layout: 'shell',
    namespaces: ['perks'],
  },
  {
    path: '/perks/orders',
    page: lazyPage(() => import('../features/perks/orders-page')),
    access: 'member',
    layout: 'shell',
    namespaces: ['perks'],
  },
  {
    path: '/perks/:id/edit',
    page: lazyPage(() => import('../features/perks/perk-form-page')),
    access: 'member',
    layout: 'shell',
    namespaces: ['perks'],
  },
  {
    path: '/perks/:id',
    page: lazyPage(() => import('../features/perks/perk-detail-page')),
    access: 'member',
    layout: 'shell',
    namespaces: ['perks'],
  },
  {
    path: '/chips',
    page: lazyPage(() => import('../features/economy/chips/chips-page')),
    access: 'member',
    layout: 'shell',
    namespaces: ['chips', 'economy'],
  },
  {
    path: '/chips/:code',
    page: lazyPage(() => import('../features/economy/chips/chip-page')),
    access: 'member',
    layout: 'shell',
    namespaces: ['chips', 'economy'],
  },
  {
    path: '/leaderboards',
    page: lazyPage(() => import('../features/economy/leaderboards/leaderboards-page')),
    access: 'member',
    layout: 'shell',
    namespaces: ['badges'],
  },
  {
    path: '/badges',
    page: lazyPage(() => import('../features/economy/badges/badges-page')),
    access: 'member',
    layout: 'shell',
    namespaces: ['badges'],
  },
  {
    path: '/badges/:id',
    page: lazyPage(() => import('../features/economy/badges/badge-page')),
    access: 'member',
    layout: 'shell',
    namespaces: ['badges'],
  },
  {
    path: '/spaces',
    page: lazyPage(() => import('../features/spaces/spaces-page')),
    access: 'member',
    layout: 'shell',
    namespaces: ['spaces'],
  },
  {
    path: '/spaces/:id',
    page: lazyPage(() => import('../features/spaces/space-page')),
    access: 'member',
    layout: 'shell',
    namespaces: ['spaces', 'chat', 'economy'],
  },
  {
    path: '/chat',
    page: lazyPage(() => import('../features/chat/chats-page')),
    access: 'member',
    layout: 'shell',
    namespaces: ['chat', 'spaces', 'economy'],
  },
  {
    path: '/chat/:id',
    page: lazyPage(() => import('../features/chat/conversation-page')),
    access: 'member',
    layout: 'shell',
    namespaces: ['chat', 'spaces', 'economy'],
  },
  {
    path: '/posts/:id',
    page: lazyPage(() => import('../features/posts/post-page')),
    access: 'member',
    layout: 'shell',
    namespaces: ['spaces', 'notifications', 'economy'],
  },
  {
    path: '/bookmarks',
    page: lazyPage(() => import('../features/posts/bookmarks-page')),
    access: 'member',
    layout: 'shell',
    namespaces: ['spaces'],
  },
  {
    path: '/search',
    page: lazyPage(() => import('../features/search/search-page')),
    access: 'member',
    layout: 'shell',
    namespaces: ['search'],
  },
  ...adminRoutes,
];
