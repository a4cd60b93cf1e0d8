import type { FastifyRequest } from 'fastify';
import type { ClientInfo } from './identity.service.js';

/** Where links in mails should point: the configured public URL, else this request's origin. */
export function baseUrlOf(request: FastifyRequest): string {
  const configured = request.server.hearth.config.publicUrl;
  if (configured) return configured;
  return `${request.protocol}://${request.host}`;
}

export function clientInfo(request: FastifyRequest): ClientInfo {
  return { userAgent: request.headers['user-agent'] ?? null, baseUrl: baseUrlOf(request), locale: request.locale };
}
