import type { Locale } from '@hearth/contracts';
import i18next, { type BackendModule, type ReadCallback } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setRequestLanguage } from '../../api/client';
import { LANGUAGES } from './languages';

/**
 * Every `src/locales/<language>/<namespace>.json` is a lazy chunk. Adding a namespace is
 * adding its three files (and one line in src/locales/resources.d.ts for typed keys).
 */
const catalogue = import.meta.glob<Record<string, unknown>>('../../locales/*/*.json', { import: 'default' });

const lazyJsonBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language: string, namespace: string, callback: ReadCallback) {
    const load = catalogue[`../../locales/${language}/${namespace}.json`];
    if (!load) {
      callback(new Error(`No translations for ${language}/${namespace}`), false);
      return;
    }
    load().then(
      (resources) => callback(null, resources as Parameters<ReadCallback>[1]),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

/** Keeps <html lang> and the API's Accept-Language in step with the UI language. */
function applyLanguage(language: string): void {
  document.documentElement.lang = language;
  setRequestLanguage(language);
}

export async function initI18n(initialLanguage: Locale) {
  i18next.on('languageChanged', applyLanguage);
  applyLanguage(initialLanguage);
  await i18next
    .use(lazyJsonBackend)
    .use(initReactI18next)
    .init({
      lng: initialLanguage,
      supportedLngs: [...LANGUAGES],
      fallbackLng: false,
      load: 'currentOnly',
      ns: ['common'],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
      react: { useSuspense: true },
    });
  return i18next;
}
