import { createContext, useContext, type ReactNode } from 'react';

/** The few words primitives say themselves; the app provides them in the UI language. */
export interface UiStrings {
  close: string;
  dismiss: string;
  loading: string;
  showPassword: string;
  hidePassword: string;
  required: string;
}

const UiStringsContext = createContext<UiStrings | null>(null);

export function UiStringsProvider({ value, children }: { value: UiStrings; children: ReactNode }) {
  return <UiStringsContext.Provider value={value}>{children}</UiStringsContext.Provider>;
}

export function useUiStrings(): UiStrings {
  const strings = useContext(UiStringsContext);
  if (!strings) throw new Error('UiStringsProvider is missing above this component');
  return strings;
}
