import type { RouteBody, RouteContract, RouteParams, RouteQuery, RouteResponse } from '@hearth/contracts';
import type { z } from 'zod';
import { toApiError } from './api-error';

type ParamsPart<R extends RouteContract> = R['params'] extends z.ZodType ? { params: RouteParams<R> } : { params?: never };
type BodyPart<R extends RouteContract> = R['body'] extends z.ZodType ? { body: RouteBody<R> } : { body?: never };
type QueryPart<R extends RouteContract> = R['query'] extends z.ZodType ? { query?: Partial<RouteQuery<R>> } : { query?: never };

export type CallOptions<R extends RouteContract> = ParamsPart<R> &
  BodyPart<R> &
  QueryPart<R> & { signal?: AbortSignal; idempotencyKey?: string };

type NeedsOptions<R extends RouteContract> = R['params'] extends z.ZodType ? true : R['body'] extends z.ZodType ? true : false;

export type CallArgs<R extends RouteContract> = NeedsOptions<R> extends true ? [CallOptions<R>] : [CallOptions<R>?];

let requestLanguage = 'en';

/** The UI language sent as Accept-Language, so problem titles come back translated. */
export function setRequestLanguage(language: string): void {
  requestLanguage = language;
}

/** `/api/members/:id` + `{id: 'x'}` → `/api/members/x`. */
export function buildPath(path: string, params: Record<string, unknown> | undefined, query?: Record<string, unknown>): string {
  const filled = path.replace(/:([A-Za-z]+)/g, (_match, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === null) throw new Error(`Missing path parameter "${name}" for ${path}`);
    return encodeURIComponent(String(value));
  });
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    for (const item of Array.isArray(value) ? value : [value]) search.append(key, String(item));
  }
  const text = search.toString();
  return text ? `${filled}?${text}` : filled;
}

/** Headers every request carries: what we accept and the UI language for translated problems. */
export function baseHeaders(): Record<string, string> {
  return { accept: 'application/json, application/problem+json', 'accept-language': requestLanguage };
}

/**
 * Sends a prepared request to a route's URL and reads the answer: the JSON body (undefined
 * for 204 / non-JSON routes) or an ApiError for any non-2xx answer.
 */
export async function send<R extends RouteContract>(route: R, url: string, init: RequestInit): Promise<RouteResponse<R>> {
  const response = await fetch(url, { credentials: 'same-origin', ...init, method: route.method });
  const isJson = (response.headers.get('content-type') ?? '').includes('json');
  const payload: unknown = isJson && response.status !== 204 ? await response.json().catch(() => null) : null;
  if (!response.ok) throw toApiError(response.status, payload);
  return (route.response === null ? undefined : payload) as RouteResponse<R>;
}

/**
 * Calls one API route described by its contract. Resolves with the typed response body
 * (undefined for 204 / non-JSON routes); rejects with ApiError on any non-2xx answer and
 * with the browser's TypeError when the network is down.
 */
export async function call<R extends RouteContract>(route: R, ...[options]: CallArgs<R>): Promise<RouteResponse<R>> {
  const opts = (options ?? {}) as {
    params?: Record<string, unknown>;
    query?: Record<string, unknown>;
    body?: unknown;
    signal?: AbortSignal;
    idempotencyKey?: string;
  };
  const headers = baseHeaders();
  const init: RequestInit = { headers };
  if (opts.body !== undefined) {
    headers['content-type'] = 'application/json';
    init.body = JSON.stringify(opts.body);
  }
  if (opts.idempotencyKey) headers['idempotency-key'] = opts.idempotencyKey;
  if (opts.signal) init.signal = opts.signal;
  return send(route, buildPath(route.path, opts.params, opts.query), init);
}
