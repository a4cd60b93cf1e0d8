import type { FastifyRequest } from 'fastify';
import { baseUrlOf } from '../../platform/http/base-url.js';
import type { ClientInfo } from './identity.service.js';

export function clientInfo(request: FastifyRequest): ClientInfo {
  return { userAgent: request.headers['user-agent'] ?? null, baseUrl: baseUrlOf(request), locale: request.locale };
}
