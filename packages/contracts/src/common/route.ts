import type { z } from 'zod';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Who may call a route at all. Finer rules (own resource, tier) live in server policies;
 * this level is what the authorisation-matrix test and the OpenAPI document read.
 */
export type RouteAccess = 'public' | 'member' | 'moderator' | 'admin' | 'owner';

/**
 * One HTTP route: the single description that the server validates with, the OpenAPI
 * document is generated from, and the web client is typed by.
 */
export interface RouteContract {
  method: HttpMethod;
  path: string;
  summary: string;
  tags: readonly string[];
  access: RouteAccess;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** `multipart/form-data` upload instead of a JSON body. */
  multipart?: { field: string; maxBytes: number };
  status: number;
  /** Response body schema; `null` for an empty body (204) or a non-JSON body. */
  response: z.ZodType | null;
  /** Content type of a non-JSON response (e.g. image/svg+xml, text/calendar). */
  produces?: string;
  /** Accepts `Idempotency-Key` (API.md). */
  idempotent?: boolean;
  /** Members whose application is still pending (or declined) may call it too. */
  pendingOk?: boolean;
}

export const defineRoute = <const T extends RouteContract>(route: T): T => route;

/** Typed parts of a route, for clients and handlers. */
export type RouteBody<R extends RouteContract> = R['body'] extends z.ZodType ? z.input<R['body']> : undefined;
export type RouteParsedBody<R extends RouteContract> = R['body'] extends z.ZodType ? z.output<R['body']> : undefined;
export type RouteQuery<R extends RouteContract> = R['query'] extends z.ZodType ? z.input<R['query']> : undefined;
export type RouteParsedQuery<R extends RouteContract> = R['query'] extends z.ZodType ? z.output<R['query']> : undefined;
export type RouteParams<R extends RouteContract> = R['params'] extends z.ZodType ? z.output<R['params']> : undefined;
export type RouteResponse<R extends RouteContract> = R['response'] extends z.ZodType ? z.output<R['response']> : void;
