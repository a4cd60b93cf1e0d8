import { splitApiErrors, type SplitErrors } from '../ui';
import { useErrorText } from './use-error-text';

/**
 * Field messages from an API error, plus one message for the form: the problem title, the
 * field errors no field shows, or — for network failures — our own sentence.
 */
export function useFormErrors<F extends string>(error: unknown, paths: Record<string, F>): SplitErrors<F> {
  const errorText = useErrorText();
  const split = splitApiErrors(error, paths);
  if (!error || split.form || Object.keys(split.fields).length > 0) return split;
  return { fields: split.fields, form: errorText(error) };
}
