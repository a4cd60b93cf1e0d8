import type { Locale } from '@hearth/contracts';
import { isLocale, matchLanguage } from './languages';

const STORAGE_KEY = 'hearth.language';

/** The language the person picked on this device, if any. */
export function readSavedLanguage(): Locale | null {
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(saved) ? saved : null;
  } catch {
    return null;
  }
}

export function saveLanguage(language: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode or storage full: the choice lasts for this visit only.
  }
}

/** The first of the browser's languages that we speak. */
export function browserLanguage(): Locale | null {
  const tags = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const tag of tags) {
    const match = tag ? matchLanguage(tag) : null;
    if (match) return match;
  }
  return null;
}

/** Saved choice → the member's own setting → the browser → the community's language → English. */
export function resolveLanguage(context: { memberLocale?: Locale | null; communityLocale?: Locale | null }): Locale {
  return readSavedLanguage() ?? context.memberLocale ?? browserLanguage() ?? context.communityLocale ?? 'en';
}
