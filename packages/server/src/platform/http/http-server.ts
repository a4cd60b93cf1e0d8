import './fastify-types.js';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyRequest } from 'fastify';
import type { Locale } from '@hearth/contracts';
import type { Platform } from '../../app/platform.js';
import { AppError } from '../errors/app-error.js';
import { pickLocale } from '../errors/messages.js';
import { SESSION_COOKIE, type Authenticator } from './actor.js';
import { sendProblem } from './problem.js';

export interface HttpServerOptions {
  authenticator: Authenticator;
  defaultLocale: () => Locale;
  bodyLimit?: number;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Fastify with Hearth's platform concerns: locale, session → actor, Origin check on
 * cookie-authenticated writes, JSON-only bodies, rate limits, problem+json for every error.
 */
export async function createHttpServer(platform: Platform, options: HttpServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: false,
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    trustProxy: platform.config.trustProxy,
    return503OnClosing: true,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
  });
  app.decorate('hearth', platform);
  app.decorateRequest('actor', null);
  app.decorateRequest('locale', 'en');
  app.decorateRequest('startedAt', 0n);

  // Only JSON bodies (and multipart where a route registers it): text/plain is refused (415).
  app.removeContentTypeParser('text/plain');

  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => {
      const error = new AppError('rate_limited', 429, { seconds: Math.ceil(context.ttl / 1000) });
      return error;
    },
  });

  app.addHook('onRequest', async (request, reply) => {
    request.startedAt = process.hrtime.bigint();
    request.locale = pickLocale(request.headers['accept-language'], options.defaultLocale());
    const token = request.cookies[SESSION_COOKIE];
    if (token) request.actor = await options.authenticator.resolveSession(token);
    if (WRITE_METHODS.has(request.method) && request.url.startsWith('/api/') && !isSameOrigin(request)) {
      return sendProblem(reply, new AppError('bad_origin', 403), request.locale);
    }
  });

  app.addHook('onResponse', async (request, reply) => {
    const seconds = Number(process.hrtime.bigint() - request.startedAt) / 1e9;
    platform.metrics.observeRequest(request.method, request.routeOptions.url ?? 'unmatched', reply.statusCode, seconds);
  });

  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    const problem = toAppError(error);
    if (problem.status >= 500)
      platform.logger.error({ err: error, method: request.method, route: request.routeOptions.url }, 'request failed');
    if (problem.status === 429 && !reply.getHeader('retry-after')) reply.header('retry-after', String(problem.params.seconds ?? 60));
    return sendProblem(reply, problem, request.locale);
  });

  app.setNotFoundHandler((request, reply) => sendProblem(reply, new AppError('route_not_found', 404), request.locale));
  return app;
}

/**
 * Browsers send Origin on every cross-site write; a cookie-authenticated write must come
 * from our own origin. Requests without Origin (API clients, curl) carry no ambient
 * cookie risk only when they have no session cookie, so those must show their Origin.
 */
export function isSameOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  const hasSession = Boolean(request.cookies[SESSION_COOKIE]);
  if (!origin) return !hasSession;
  const publicUrl = request.server.hearth.config.publicUrl;
  if (publicUrl && origin === publicUrl) return true;
  const host =
    request.headers['x-forwarded-host'] && request.server.hearth.config.trustProxy
      ? request.headers['x-forwarded-host']
      : request.headers.host;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

function toAppError(error: FastifyError | AppError): AppError {
  if (error instanceof AppError) return error;
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
      return new AppError('payload_too_large', 413);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new AppError('unsupported_media_type', 415);
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('malformed_json', 400);
    case 'FST_ERR_NOT_FOUND':
      return new AppError('route_not_found', 404);
  }
  if (error.statusCode === 429) return new AppError('rate_limited', 429, { seconds: 60 });
  if (error.statusCode === 415) return new AppError('unsupported_media_type', 415);
  if (error.statusCode === 413) return new AppError('payload_too_large', 413);
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) return new AppError('malformed_json', 400);
  return new AppError('internal', 500);
}
