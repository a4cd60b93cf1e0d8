import { isApiError } from '../../api/api-error';

/**
 * The server refuses a wrong current password as a problem without field errors
 * (`wrong_password`); forms show it under their password field, where it belongs.
 */
export function wrongPasswordText(error: unknown): string | null {
  return isApiError(error) && error.code === 'wrong_password' ? error.title : null;
}
