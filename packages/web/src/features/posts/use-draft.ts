import { useCallback, useEffect, useRef, useState } from 'react';
import { clearDraft, readDraft, writeDraft, type DraftFields } from './draft-store';

const SAVE_DELAY_MS = 400;

/**
 * Form fields that save themselves to localStorage under `key` a moment after each change
 * (and at once when the page is hidden), and come back from there on the next visit.
 * `clear()` empties the fields and forgets the stored draft (after a successful post).
 */
export function useDraft<T extends DraftFields>(key: string, empty: T) {
  // Callers pass a literal; keep the first so `clear` stays stable.
  const [emptyFields] = useState(empty);
  const [initial] = useState(() => readDraft(key, emptyFields));
  const [fields, setFields] = useState<T>(initial ?? emptyFields);
  const latest = useRef({ key, fields, isDirty: false });

  useEffect(() => {
    if (!latest.current.isDirty) return;
    const timer = window.setTimeout(() => {
      writeDraft(key, fields);
      latest.current.isDirty = false;
    }, SAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [key, fields]);

  useEffect(() => {
    const flush = () => {
      if (latest.current.isDirty) writeDraft(latest.current.key, latest.current.fields);
      latest.current.isDirty = false;
    };
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, []);

  // A patch, or a function of the current fields (for an edit that must apply to the newest text).
  const update = useCallback(
    (patch: Partial<T> | ((current: T) => Partial<T>)) =>
      setFields((current) => {
        const next = { ...current, ...(typeof patch === 'function' ? patch(current) : patch) };
        latest.current = { key, fields: next, isDirty: true };
        return next;
      }),
    [key],
  );

  const clear = useCallback(() => {
    latest.current = { key, fields: emptyFields, isDirty: false };
    clearDraft(key);
    setFields(emptyFields);
  }, [key, emptyFields]);

  return { fields, update, clear, wasRestored: initial !== null };
}
