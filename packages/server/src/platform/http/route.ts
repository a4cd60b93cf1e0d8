import type { Readable } from 'node:stream';
import type { Locale, RouteContract, RouteParams, RouteParsedBody, RouteParsedQuery, RouteResponse } from '@hearth/contracts';
import { ROLE_RANK } from '@hearth/contracts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastJson from 'fast-json-stringify';
import { z } from 'zod';
import { AppError, forbidden, unauthenticated } from '../errors/app-error.js';
import type { Actor } from './actor.js';
import { withIdempotency } from './idempotency.js';
import { acceptsDeflate } from './deflate-pieces.js';
import { zodToAppError } from './problem.js';
import { SerializedJson } from './serialized-json.js';

export interface RequestContext<R extends RouteContract> {
  body: RouteParsedBody<R>;
  query: RouteParsedQuery<R>;
  params: RouteParams<R>;
  /** The caller; non-null on every route whose access is not `public`. */
  actor: Actor | null;
  locale: Locale;
  request: FastifyRequest;
  reply: FastifyReply;
}

export interface RouteOptions {
  /** Per-IP limit for this route (auth routes): `max` requests per `windowMs`. */
  rateLimit?: { max: number; windowMs: number };
}

/** For routes whose access is not public: the actor is guaranteed. */
export type AuthedContext<R extends RouteContract> = RequestContext<R> & { actor: Actor };

type Handler<R extends RouteContract> = (
  ctx: R['access'] extends 'public' ? RequestContext<R> : AuthedContext<R>,
) => Promise<RouteResponse<R> | SerializedJson | Buffer | string | Readable | void>;

const ACCESS_RANK = { member: 0, moderator: 1, admin: 2, owner: 3 } as const;

/** Throws unless the actor may call a route of this access level at all. */
export function checkAccess(route: RouteContract, actor: Actor | null): void {
  if (route.access === 'public') return;
  if (!actor) throw unauthenticated();
  if (actor.status === 'banned') throw new AppError('account_banned', 403);
  if ((actor.status === 'pending' || actor.status === 'declined') && !route.pendingOk) {
    throw new AppError(actor.status === 'pending' ? 'account_pending' : 'account_declined', 403);
  }
  if (ROLE_RANK[actor.role] < ACCESS_RANK[route.access]) throw forbidden();
}

/**
 * Registers one contract route: parses params, query and body with the contract's zod
 * schemas (400 with field errors), checks the access level, runs the handler, and
 * serialises through the response schema so nothing outside the contract leaks out.
 */
export function registerRoute<R extends RouteContract>(
  app: FastifyInstance,
  route: R,
  handler: Handler<R>,
  options: RouteOptions = {},
): void {
  // Responses are serialised by a serializer compiled from the contract's JSON Schema, which
  // also drops any field the contract does not name. Under test every response is
  // additionally parsed by the zod schema, so contract drift fails loudly.
  const { validateResponses } = app.hearth.config;
  const serialize = route.response ? lazySerializer(route.response) : null;
  app.route({
    method: route.method,
    url: route.path.replace(/\/$/, ''),
    config: {
      contract: route,
      ...(options.rateLimit && app.hearth.config.rateLimit
        ? { rateLimit: { max: options.rateLimit.max, timeWindow: options.rateLimit.windowMs } }
        : {}),
    },
    handler: async (request, reply) => {
      const actor = request.actor;
      checkAccess(route, actor);
      const params = parsePart(route.params, request.params, 'params');
      const query = parsePart(route.query, request.query, 'query');
      const body = route.multipart ? undefined : parsePart(route.body, request.body ?? (route.body ? undefined : {}), 'body', true);
      const run = async () => {
        const ctx = { body, query, params, actor, locale: request.locale, request, reply } as unknown as AuthedContext<R>;
        const result = await handler(ctx);
        if (reply.sent) return { status: reply.statusCode, payload: null };
        if (route.response === null) return { status: route.status, payload: result ?? null };
        if (result instanceof SerializedJson) {
          if (validateResponses) route.response.parse(JSON.parse(result.body.toString('utf8')));
          return { status: route.status, payload: result };
        }
        return { status: route.status, payload: validateResponses ? route.response.parse(result) : result };
      };
      const outcome = route.idempotent ? await withIdempotency(request, run) : await run();
      if (reply.sent) return reply;
      reply.status(outcome.status);
      if (route.response === null) {
        if (route.produces && outcome.payload !== null) return reply.type(route.produces).send(outcome.payload);
        return reply.send();
      }
      if (outcome.payload instanceof SerializedJson) return sendSerialized(request, reply, outcome.payload);
      if (!reply.hasHeader('content-type')) reply.type('application/json; charset=utf-8');
      return reply.serializer(serialize!).send(outcome.payload);
    },
  });
}

/**
 * The response serializer of one route, compiled (zod → JSON Schema → fast-json-stringify,
 * as Fastify would) on the route's first response rather than at boot: doing it for every
 * route up front was about a third of a cold start.
 */
function lazySerializer(schema: z.ZodType): (payload: unknown) => string {
  let compiled: ((payload: unknown) => string) | null = null;
  return (payload) => {
    compiled ??= fastJson(z.toJSONSchema(schema, { target: 'draft-7', io: 'output', unrepresentable: 'any' }) as fastJson.AnySchema);
    return compiled(payload);
  };
}

/** A pre-serialised body, deflated when the client accepts that. */
function sendSerialized(request: FastifyRequest, reply: FastifyReply, json: SerializedJson): FastifyReply {
  reply.type('application/json; charset=utf-8').header('vary', 'accept-encoding');
  if (acceptsDeflate(request.headers['accept-encoding'])) return reply.header('content-encoding', 'deflate').send(json.deflated());
  return reply.send(json.body);
}

function parsePart(schema: RouteContract['body'] | undefined, value: unknown, where: string, isBody = false): unknown {
  if (!schema) {
    if (isBody && value !== undefined && value !== null && !(typeof value === 'object' && Object.keys(value as object).length === 0)) {
      throw new AppError('invalid_input', 400, {}, [{ path: 'body', code: 'unrecognized_keys' }]);
    }
    return undefined;
  }
  const result = schema.safeParse(value);
  if (!result.success) throw zodToAppError(result.error, where === 'body' ? '' : where);
  return result.data;
}
