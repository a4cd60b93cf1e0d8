/**
 * Drafts kept in localStorage, so nothing typed is lost to a reload, a closed tab or a dropped
 * connection. A draft is a small record of strings (title, body); anything else found under
 * its key (an older shape, a hand edit) is ignored.
 */
const PREFIX = 'hearth.draft.';

export type DraftFields = Record<string, string>;

export function draftKey(...parts: string[]): string {
  return PREFIX + parts.join('.');
}

/** The stored strings of a draft merged over `empty`, or null when nothing usable is stored. */
export function parseDraft<T extends DraftFields>(raw: string | null, empty: T): T | null {
  if (!raw) return null;
  try {
    const stored = JSON.parse(raw) as unknown;
    if (!stored || typeof stored !== 'object') return null;
    const result: DraftFields = { ...empty };
    let found = false;
    for (const field of Object.keys(empty)) {
      const value = (stored as Record<string, unknown>)[field];
      if (typeof value === 'string') {
        result[field] = value;
        found ||= value.trim() !== '';
      }
    }
    return found ? (result as T) : null;
  } catch {
    return null;
  }
}

/** Whether every field is blank (nothing worth keeping). */
export function isBlankDraft(fields: DraftFields): boolean {
  return Object.values(fields).every((value) => value.trim() === '');
}

export function readDraft<T extends DraftFields>(key: string, empty: T): T | null {
  try {
    return parseDraft(window.localStorage.getItem(key), empty);
  } catch {
    return null;
  }
}

export function writeDraft(key: string, fields: DraftFields): void {
  try {
    if (isBlankDraft(fields)) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, JSON.stringify(fields));
  } catch {
    // Storage full or disabled (private mode): the draft lives only in memory.
  }
}

export function clearDraft(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Nothing stored, nothing to clear.
  }
}
