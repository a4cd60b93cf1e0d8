import type { Locale, Me, ProfileLink, UpdateProfileBody } from '@hearth/contracts';

export const MAX_LINKS = 5;
export const BIO_MAX = 500;
export const LOCATION_MAX = 80;
export const LINK_LABEL_MAX = 40;

export interface ProfileDraft {
  displayName: string;
  bio: string;
  location: string;
  /** Rows as typed, including half-filled or empty ones. */
  links: ProfileLink[];
  interests: string[];
  locale: Locale;
  timeZone: string;
}

export type ProfileField =
  'displayName' | 'bio' | 'location' | 'links' | 'interests' | 'locale' | 'timeZone' | `link${number}Label` | `link${number}Url`;

/** The browser's own time zone (e.g. Asia/Taipei), or null where Intl cannot say. */
export function browserTimeZone(): string | null {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || null;
  } catch {
    return null;
  }
}

export function draftFromMe(me: Me): ProfileDraft {
  return {
    displayName: me.displayName,
    bio: me.bio,
    location: me.location,
    links: me.links.map((link) => ({ ...link })),
    interests: [...me.interests],
    locale: me.locale,
    timeZone: me.timeZone || browserTimeZone() || 'UTC',
  };
}

const isBlankLink = (link: ProfileLink) => !link.label.trim() && !link.url.trim();

/**
 * The PATCH body for a draft, and how its error paths map back to the form. Rows left
 * completely empty are not sent, so `links.1` from the server may be the draft's third row.
 */
export function toUpdateBody(draft: ProfileDraft): { body: UpdateProfileBody; errorPaths: Record<string, ProfileField> } {
  const sent: { link: ProfileLink; row: number }[] = [];
  draft.links.forEach((link, row) => {
    if (!isBlankLink(link)) sent.push({ link: { label: link.label.trim(), url: link.url.trim() }, row });
  });
  const errorPaths: Record<string, ProfileField> = {};
  sent.forEach(({ row }, index) => {
    errorPaths[`links.${index}.label`] = `link${row}Label`;
    errorPaths[`links.${index}.url`] = `link${row}Url`;
  });
  // General paths after the per-row ones: the first matching path wins.
  Object.assign(errorPaths, {
    links: 'links',
    displayName: 'displayName',
    bio: 'bio',
    location: 'location',
    interests: 'interests',
    locale: 'locale',
    timeZone: 'timeZone',
  } satisfies Record<string, ProfileField>);
  return {
    body: {
      displayName: draft.displayName.trim(),
      bio: draft.bio,
      location: draft.location.trim(),
      links: sent.map(({ link }) => link),
      interests: draft.interests,
      locale: draft.locale,
      timeZone: draft.timeZone,
    },
    errorPaths,
  };
}
