/**
 * The one error type services throw. `code` is stable (clients and tests match on it);
 * the HTTP layer renders it as translated problem+json using the message catalogue.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    readonly params: Record<string, string | number> = {},
    readonly fieldErrors?: { path: string; code: string; params?: Record<string, string | number> }[],
    /** Extra members of the problem document (RFC 9457 extensions), e.g. the words a filter refused. */
    readonly extensions?: Record<string, unknown>,
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export const notFound = () => new AppError('not_found', 404);
export const forbidden = () => new AppError('forbidden', 403);
export const unauthenticated = () => new AppError('unauthenticated', 401);
export const conflict = (code: string, params?: Record<string, string | number>) => new AppError(code, 409, params);
export const refused = (code: string, params?: Record<string, string | number>) => new AppError(code, 422, params);
export const invalid = (path: string, code: string) => new AppError('invalid_input', 400, {}, [{ path, code }]);
