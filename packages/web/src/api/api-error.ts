import type { Problem } from '@hearth/contracts';

export type FieldError = NonNullable<Problem['errors']>[number];

/**
 * A non-2xx answer from the API, carrying its RFC 9457 problem. `title` is already in the
 * language the request was sent in (Accept-Language), so it can be shown as is.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string;
  readonly errors: FieldError[];

  constructor(problem: Problem) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.code = problem.code;
    this.title = problem.title;
    this.detail = problem.detail;
    this.errors = problem.errors ?? [];
  }

  /** Whether the server reported no usable problem body (a proxy error page, for example). */
  get isOpaque(): boolean {
    return this.code.startsWith('http_');
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Builds an ApiError from whatever the server sent, even when it is not problem+json. */
export function toApiError(status: number, body: unknown): ApiError {
  const candidate = (body ?? {}) as Partial<Problem>;
  if (typeof candidate.code === 'string' && typeof candidate.title === 'string') {
    return new ApiError({
      type: candidate.type ?? '',
      title: candidate.title,
      status: candidate.status ?? status,
      detail: candidate.detail ?? candidate.title,
      code: candidate.code,
      ...(Array.isArray(candidate.errors) ? { errors: candidate.errors } : {}),
    });
  }
  return new ApiError({ type: '', title: '', status, detail: '', code: `http_${status}` });
}
