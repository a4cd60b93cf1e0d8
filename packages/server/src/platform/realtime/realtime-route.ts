import websocket from '@fastify/websocket';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors/app-error.js';
import { SESSION_COOKIE } from '../http/actor.js';
import { isSameOrigin } from '../http/http-server.js';
import { sendProblem } from '../http/problem.js';
import type { RealtimeHub } from './realtime-hub.js';

export const REALTIME_PATH = '/api/realtime';

/**
 * `GET /api/realtime`: the WebSocket of API.md. The upgrade carries the session cookie like
 * any request (the onRequest hook resolved `request.actor`); a cross-site upgrade is refused
 * with 403 before any socket exists, by the same Origin rule as cookie-authenticated writes,
 * since browsers send cookies on cross-site WebSocket upgrades.
 */
export async function registerRealtimeRoute(app: FastifyInstance, hub: RealtimeHub): Promise<void> {
  // Compression is off (ws's default for servers): it would cost each socket a zlib context.
  await app.register(websocket, { options: { maxPayload: hub.limits.maxFrameBytes, perMessageDeflate: false } });
  app.route({
    method: 'GET',
    url: REALTIME_PATH,
    websocket: true,
    preHandler: async (request, reply) => {
      if (!isSameOrigin(request)) return sendProblem(reply, new AppError('bad_origin', 403), request.locale);
    },
    // `request.raw.socket` is the connection ws took over: fan-out writes wire frames to it.
    handler: (socket, request) => hub.accept(socket, request.actor, request.cookies[SESSION_COOKIE] ?? null, request.raw.socket),
  });
}
