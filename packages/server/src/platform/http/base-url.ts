import type { FastifyRequest } from 'fastify';

/** Where links in mails and invites should point: the configured public URL, else this request's origin. */
export function baseUrlOf(request: FastifyRequest): string {
  const configured = request.server.hearth.config.publicUrl;
  if (configured) return configured;
  return `${request.protocol}://${request.host}`;
}
