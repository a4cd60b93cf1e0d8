import { ChannelPrefs, NOTIFICATION_KINDS, type DigestFrequency, type NotificationKind } from '@hearth/contracts';
import { z } from 'zod';
import { toIso } from '../../platform/clock.js';
import { formatClockTime } from './local-time.js';

export type Channel = keyof ChannelPrefs;
export type KindPrefs = Record<NotificationKind, ChannelPrefs>;

/**
 * What a member gets before choosing: everything in the app; email and push only for what
 * is addressed to them (peers' users complain of overload, so ambient activity stays in-app).
 */
export const DEFAULT_KIND_PREFS: KindPrefs = {
  mention: { inApp: true, email: true, push: true },
  reply: { inApp: true, email: true, push: true },
  thread_reply: { inApp: true, email: false, push: false },
  dm: { inApp: true, email: true, push: true },
  reaction: { inApp: true, email: false, push: false },
  follow: { inApp: true, email: false, push: false },
  moderation: { inApp: true, email: true, push: false },
  // Addressed to the member and about their own balance: told like a reply, by email and push too.
  tip: { inApp: true, email: true, push: true },
  // The answer to something the member asked for: in the app, and by email.
  report: { inApp: true, email: true, push: false },
  // Orders wait on the other side (the seller must fulfil, the buyer learns the outcome): told at once.
  perk_order: { inApp: true, email: true, push: true },
  perk_redemption: { inApp: true, email: true, push: true },
  // About the member's own progress and balance: in the app; an expiry also by email, as it costs them.
  level_up: { inApp: true, email: false, push: false },
  badge: { inApp: true, email: false, push: false },
  points_expiring: { inApp: true, email: true, push: false },
  // Chip requests decided and chips received: addressed to the member, in the app and by email.
  chip: { inApp: true, email: true, push: false },
  // A fill moves the member's balance: in the app and by email.
  market: { inApp: true, email: true, push: false },
};

const StoredKinds = z.partialRecord(z.enum(NOTIFICATION_KINDS), ChannelPrefs.partial());

export interface SettingsRow {
  kinds: string;
  quietStart: number | null;
  quietEnd: number | null;
  digest: string;
  emailEnabled: number;
  nextDigestAt: number | null;
  lastDigestAt: number | null;
}

export interface MemberSettings {
  kinds: KindPrefs;
  quiet: { start: number; end: number } | null;
  digest: DigestFrequency;
  emailEnabled: boolean;
  nextDigestAt: number | null;
  lastDigestAt: number | null;
  /** Only what differs from the defaults, as stored. */
  overrides: z.infer<typeof StoredKinds>;
}

/** A member's settings from their row (or the defaults when they never changed any). */
export function settingsOf(row: SettingsRow | undefined): MemberSettings {
  const overrides = row ? StoredKinds.parse(JSON.parse(row.kinds)) : {};
  const kinds = Object.fromEntries(
    NOTIFICATION_KINDS.map((kind) => [kind, { ...DEFAULT_KIND_PREFS[kind], ...overrides[kind] }]),
  ) as KindPrefs;
  return {
    kinds,
    quiet: row && row.quietStart !== null && row.quietEnd !== null ? { start: row.quietStart, end: row.quietEnd } : null,
    digest: (row?.digest as DigestFrequency | undefined) ?? 'off',
    emailEnabled: row ? row.emailEnabled === 1 : true,
    nextDigestAt: row?.nextDigestAt ?? null,
    lastDigestAt: row?.lastDigestAt ?? null,
    overrides,
  };
}

/** Folds a change into the stored overrides, dropping whatever equals the default again. */
export function mergeOverrides(current: MemberSettings['overrides'], patch: MemberSettings['overrides']): MemberSettings['overrides'] {
  const next: MemberSettings['overrides'] = {};
  for (const kind of NOTIFICATION_KINDS) {
    const merged = { ...current[kind], ...patch[kind] };
    const differs = Object.fromEntries(
      Object.entries(merged).filter(([channel, on]) => DEFAULT_KIND_PREFS[kind][channel as Channel] !== on),
    );
    if (Object.keys(differs).length > 0) next[kind] = differs;
  }
  return next;
}

export function toSettingsView(settings: MemberSettings) {
  return {
    kinds: settings.kinds,
    quietHours: settings.quiet ? { start: formatClockTime(settings.quiet.start), end: formatClockTime(settings.quiet.end) } : null,
    digest: settings.digest,
    emailEnabled: settings.emailEnabled,
    nextDigestAt: settings.nextDigestAt === null ? null : toIso(settings.nextDigestAt),
  };
}

/** Kinds the member hid from the in-app centre (their entries are neither listed nor counted). */
export function hiddenKinds(settings: MemberSettings): NotificationKind[] {
  return NOTIFICATION_KINDS.filter((kind) => !settings.kinds[kind].inApp);
}
