import { isApiError } from '../api/api-error';

export interface SplitErrors<F extends string> {
  /** Messages for the fields the form shows, keyed by form field name. */
  fields: Partial<Record<F, string>>;
  /** What belongs above the form: the problem title, or field errors the form has no field for. */
  form: string | null;
}

/**
 * Splits an API error into messages under fields and one message for the form.
 * `paths` maps an API error path (`owner.email`) to the form's field name (`email`);
 * a path also matches its children (`answers` catches `answers.0`).
 */
export function splitApiErrors<F extends string>(error: unknown, paths: Record<string, F>): SplitErrors<F> {
  if (!isApiError(error)) return { fields: {}, form: null };
  const fields: Partial<Record<F, string>> = {};
  const unmatched: string[] = [];
  for (const fieldError of error.errors) {
    const match = Object.keys(paths).find((path) => fieldError.path === path || fieldError.path.startsWith(`${path}.`));
    const field = match === undefined ? undefined : paths[match];
    if (field !== undefined && fields[field] === undefined) fields[field] = fieldError.message;
    else if (field === undefined) unmatched.push(fieldError.message);
  }
  const hasFieldErrors = Object.keys(fields).length > 0;
  const form = unmatched.length > 0 ? unmatched.join(' ') : hasFieldErrors ? null : error.title || null;
  return { fields, form };
}
