import { LOCALES, type Locale } from '@hearth/contracts';

export const LANGUAGES: readonly Locale[] = LOCALES;

/** Each language's own name, shown in that language whatever the UI language is. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  'zh-TW': '繁體中文',
  'zh-CN': '简体中文',
  en: 'English',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * Maps a BCP 47 tag to one of ours: Traditional scripts and regions (TW, HK, MO, Hant) →
 * zh-TW, other Chinese → zh-CN, any English → en; anything else → null.
 */
export function matchLanguage(tag: string): Locale | null {
  const lower = tag.toLowerCase();
  if (lower === 'zh' || lower.startsWith('zh-')) {
    return /hant|-tw|-hk|-mo/.test(lower) ? 'zh-TW' : 'zh-CN';
  }
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  return null;
}
