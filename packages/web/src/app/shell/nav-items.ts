import type { Me } from '@hearth/contracts';
import {
  Bell,
  Bookmark,
  Coins,
  ArrowLeftRight,
  Gift,
  Home,
  LayoutGrid,
  MessageCircle,
  Settings,
  Shield,
  Trophy,
  UserRound,
  Users,
  type LucideIcon,
} from 'lucide-react';
import type { ComponentType } from 'react';
import { ChatNavBadge, type NavBadgeProps } from '../../features/chat/chat-nav-badge';
import { NotificationsNavBadge } from '../../features/notifications/notification-bell';
import { isStaff } from '../routing/access';
import { paths } from '../routes';

export interface NavItem {
  id: string;
  /** Key in the common namespace. */
  label:
    | 'nav.home'
    | 'nav.spaces'
    | 'nav.chat'
    | 'nav.notifications'
    | 'nav.members'
    | 'nav.admin'
    | 'nav.me'
    | 'nav.settings'
    | 'nav.bookmarks'
    | 'nav.wallet'
    | 'nav.perks'
    | 'nav.market'
    | 'nav.leaderboards';
  icon: LucideIcon;
  href: (me: Me) => string;
  /** Whether the current location belongs to this item. */
  isActive: (location: string, me: Me) => boolean;
  isVisible?: (me: Me) => boolean;
  /** Where it appears: the desktop rail, the phone tab bar, or both. */
  placement: readonly ('rail' | 'tabs')[];
  /** A live count beside the label (described to screen readers, not part of the name). */
  Badge?: ComponentType<NavBadgeProps>;
}

/** The shell's navigation. Features add their entry here (Spaces, Chat, …) in the order shown. */
export const navItems: readonly NavItem[] = [
  {
    id: 'home',
    label: 'nav.home',
    icon: Home,
    href: () => paths.home,
    isActive: (location) => location === '/' || location === paths.welcome,
    placement: ['rail', 'tabs'],
  },
  {
    // On wide screens the rail lists the spaces themselves (SpacesNav), so this is a phone tab.
    id: 'spaces',
    label: 'nav.spaces',
    icon: LayoutGrid,
    href: () => paths.spaces,
    isActive: (location) => location.startsWith(paths.spaces) || location.startsWith('/posts/'),
    placement: ['tabs'],
  },
  {
    id: 'chat',
    label: 'nav.chat',
    icon: MessageCircle,
    href: () => paths.chat,
    isActive: (location) => location === paths.chat || location.startsWith(`${paths.chat}/`),
    placement: ['rail', 'tabs'],
    Badge: ChatNavBadge,
  },
  {
    // Wide screens have the bell beside the brand; phones a tab (UI.md: Home, Spaces, Chat, Notifications, Me).
    id: 'notifications',
    label: 'nav.notifications',
    icon: Bell,
    href: () => paths.notifications,
    isActive: (location) => location === paths.notifications,
    placement: ['tabs'],
    Badge: NotificationsNavBadge,
  },
  {
    // On phones the directory is in the menu sheet, keeping the tab bar to UI.md's five.
    id: 'members',
    label: 'nav.members',
    icon: Users,
    href: () => paths.members,
    isActive: (location, me) => location.startsWith(paths.members) && location !== paths.member(me.id),
    placement: ['rail'],
  },
  {
    id: 'me',
    label: 'nav.me',
    icon: UserRound,
    href: (me) => paths.member(me.id),
    // Editing the profile and the settings are reached from "Me" on phones, so they belong to it.
    isActive: (location, me) => [paths.member(me.id), paths.editProfile, paths.settings, paths.bookmarks].includes(location),
    placement: ['tabs'],
  },
  {
    // On phones the wallet is in the menu sheet with the other rail-only entries.
    id: 'wallet',
    label: 'nav.wallet',
    icon: Coins,
    href: () => paths.wallet,
    isActive: (location) => location === paths.wallet,
    placement: ['rail'],
  },
  {
    id: 'perks',
    label: 'nav.perks',
    icon: Gift,
    href: () => paths.perks,
    isActive: (location) => location.startsWith(paths.perks),
    placement: ['rail'],
  },
  {
    id: 'market',
    label: 'nav.market',
    icon: ArrowLeftRight,
    href: () => paths.market,
    isActive: (location) => location.startsWith(paths.market),
    placement: ['rail'],
  },
  {
    id: 'leaderboards',
    label: 'nav.leaderboards',
    icon: Trophy,
    href: () => paths.leaderboards,
    isActive: (location) => location === paths.leaderboards || location.startsWith(paths.badges),
    placement: ['rail'],
  },
  {
    // On phones the bookmarks are reached from "Me" (the profile's buttons), not a tab of their own.
    id: 'bookmarks',
    label: 'nav.bookmarks',
    icon: Bookmark,
    href: () => paths.bookmarks,
    isActive: (location) => location === paths.bookmarks,
    placement: ['rail'],
  },
  {
    id: 'settings',
    label: 'nav.settings',
    icon: Settings,
    href: () => paths.settings,
    isActive: (location) => location === paths.settings,
    placement: ['rail'],
  },
  {
    id: 'admin',
    label: 'nav.admin',
    icon: Shield,
    href: () => paths.admin,
    isActive: (location) => location.startsWith(paths.admin),
    isVisible: isStaff,
    placement: ['rail', 'tabs'],
  },
];

export function visibleNavItems(me: Me, placement: 'rail' | 'tabs'): NavItem[] {
  return navItems.filter((item) => item.placement.includes(placement) && (item.isVisible?.(me) ?? true));
}
