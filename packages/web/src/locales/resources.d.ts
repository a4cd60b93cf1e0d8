import 'i18next';
import type admin from './en/admin.json';
import type auth from './en/auth.json';
import type badges from './en/badges.json';
import type chat from './en/chat.json';
import type chips from './en/chips.json';
import type common from './en/common.json';
import type economy from './en/economy.json';
import type home from './en/home.json';
import type media from './en/media.json';
import type members from './en/members.json';
import type moderation from './en/moderation.json';
import type notifications from './en/notifications.json';
import type onboarding from './en/onboarding.json';
import type oversight from './en/oversight.json';
import type penalties from './en/penalties.json';
import type people from './en/people.json';
import type perks from './en/perks.json';
import type market from './en/market.json';
import type profile from './en/profile.json';
import type search from './en/search.json';
import type settings from './en/settings.json';
import type setup from './en/setup.json';
import type spaces from './en/spaces.json';
import type trust from './en/trust.json';

/**
 * Typed translation keys, from the English files (the parity test keeps the other two
 * languages identical). A new namespace adds its JSON files and one line here.
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      admin: typeof admin;
      auth: typeof auth;
      badges: typeof badges;
      chat: typeof chat;
      chips: typeof chips;
      common: typeof common;
      economy: typeof economy;
      home: typeof home;
      media: typeof media;
      members: typeof members;
      moderation: typeof moderation;
      notifications: typeof notifications;
      onboarding: typeof onboarding;
      oversight: typeof oversight;
      penalties: typeof penalties;
      people: typeof people;
      perks: typeof perks;
      market: typeof market;
      profile: typeof profile;
      search: typeof search;
      settings: typeof settings;
      setup: typeof setup;
      spaces: typeof spaces;
      trust: typeof trust;
    };
  }
}
