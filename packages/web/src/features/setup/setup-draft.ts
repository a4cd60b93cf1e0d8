import type { Locale } from '@hearth/contracts';

/** What the wizard has collected so far. */
export interface SetupDraft {
  name: string;
  locale: Locale;
  displayName: string;
  email: string;
  password: string;
  demo: boolean;
}

export type SetupField = 'name' | 'locale' | 'displayName' | 'email' | 'password';

export type SetupFieldErrors = Partial<Record<SetupField, string>>;
