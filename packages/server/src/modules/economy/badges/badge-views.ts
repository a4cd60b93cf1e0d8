import { BadgeIcon, BadgeRule, type Badge, type Locale } from '@hearth/contracts';
import type { BadgeRow } from './badges.repository.js';
import { BUILT_IN_BADGES, builtInBadge } from './badge-catalogue.js';

/** A badge's shown name and description: the owner's words, else the rule's built-in ones in `locale`. */
export function badgeWords(row: BadgeRow, locale: Locale): { name: string; description: string } {
  const builtIn = row.rule ? builtInBadge(row.rule) : undefined;
  return {
    name: row.name ?? builtIn?.name[locale] ?? row.id,
    description: row.description ?? builtIn?.description[locale] ?? '',
  };
}

export function toBadge(row: BadgeRow, locale: Locale, holderCount: number): Badge {
  return {
    id: row.id,
    rule: row.rule ? BadgeRule.parse(row.rule) : null,
    ...badgeWords(row, locale),
    icon: BadgeIcon.parse(row.icon),
    tier: row.tier,
    isEnabled: row.isEnabled === 1,
    isRenamed: row.name !== null,
    holderCount,
  };
}

/** Rule badges in their built-in order, then manual badges oldest first. */
export function catalogueOrder(a: BadgeRow, b: BadgeRow): number {
  const rank = (r: BadgeRow) => (r.rule ? BUILT_IN_BADGES.findIndex((x) => x.rule === r.rule) : BUILT_IN_BADGES.length);
  return rank(a) - rank(b) || a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
