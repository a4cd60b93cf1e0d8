import type { Role } from '@hearth/contracts';
import {
  Award,
  CalendarDays,
  Coins,
  FileQuestion,
  Gavel,
  Inbox,
  Landmark,
  LayoutGrid,
  Layers,
  Mail,
  Medal,
  Palette,
  Scale,
  ScrollText,
  ShieldAlert,
  Tags,
  Ticket,
  UserCheck,
  Users,
  type LucideIcon,
} from 'lucide-react';
import { hasRole } from '../shared/staff-role';
import { adminPaths } from '../admin-paths';

export type AdminSectionId =
  | 'members'
  | 'applications'
  | 'tiers'
  | 'join'
  | 'invites'
  | 'spaces'
  | 'calendar'
  | 'topics'
  | 'community'
  | 'outbox'
  | 'wordFilter'
  | 'reviewQueue'
  | 'earning'
  | 'chips'
  | 'badges'
  | 'appeals'
  | 'penaltyPolicy'
  | 'audit'
  | 'economy';

export interface AdminSection {
  id: AdminSectionId;
  path: string;
  icon: LucideIcon;
  /** The lowest role that can use the section (as the server's routes allow). */
  minRole: Role;
}

/** The console's sections in the order the sub-navigation shows them. */
export const adminSections: readonly AdminSection[] = [
  { id: 'members', path: adminPaths.members, icon: Users, minRole: 'moderator' },
  { id: 'applications', path: adminPaths.applications, icon: UserCheck, minRole: 'admin' },
  { id: 'tiers', path: adminPaths.tiers, icon: Layers, minRole: 'admin' },
  { id: 'join', path: adminPaths.join, icon: FileQuestion, minRole: 'admin' },
  { id: 'invites', path: adminPaths.invites, icon: Ticket, minRole: 'admin' },
  { id: 'spaces', path: adminPaths.spaces, icon: LayoutGrid, minRole: 'admin' },
  { id: 'calendar', path: adminPaths.calendar, icon: CalendarDays, minRole: 'moderator' },
  { id: 'topics', path: adminPaths.topics, icon: Tags, minRole: 'admin' },
  { id: 'community', path: adminPaths.community, icon: Palette, minRole: 'admin' },
  { id: 'reviewQueue', path: adminPaths.reviewQueue, icon: Inbox, minRole: 'moderator' },
  { id: 'appeals', path: adminPaths.appeals, icon: Scale, minRole: 'moderator' },
  { id: 'penaltyPolicy', path: adminPaths.penaltyPolicy, icon: Gavel, minRole: 'owner' },
  { id: 'audit', path: adminPaths.audit, icon: ScrollText, minRole: 'admin' },
  { id: 'wordFilter', path: adminPaths.wordFilter, icon: ShieldAlert, minRole: 'admin' },
  { id: 'outbox', path: adminPaths.outbox, icon: Mail, minRole: 'owner' },
  { id: 'earning', path: adminPaths.earning, icon: Award, minRole: 'admin' },
  { id: 'chips', path: adminPaths.chips, icon: Coins, minRole: 'admin' },
  { id: 'badges', path: adminPaths.badges, icon: Medal, minRole: 'admin' },
  { id: 'economy', path: adminPaths.economy, icon: Landmark, minRole: 'admin' },
];

export function visibleSections(role: Role): AdminSection[] {
  return adminSections.filter((section) => hasRole(role, section.minRole));
}

/** The section a location belongs to (`/admin/members/42` → members), or null on the overview. */
export function sectionAt(location: string): AdminSection | null {
  return adminSections.find((section) => location === section.path || location.startsWith(`${section.path}/`)) ?? null;
}
