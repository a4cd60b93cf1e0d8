import type { FastifyRequest } from 'fastify';

/**
 * Where links in mails and invites point. Links that carry secrets (magic links, resets)
 * must never be built from a request's Host header, which any client can forge to send a
 * victim's token to another site. So: HEARTH_PUBLIC_URL when configured, else the origin
 * recorded when the community was set up. Only before setup (no links with secrets exist
 * yet) does the request's own origin serve.
 */
export function baseUrlOf(request: FastifyRequest): string {
  const { config, site } = request.server.hearth;
  return config.publicUrl ?? site.url ?? requestOrigin(request);
}

export function requestOrigin(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}
