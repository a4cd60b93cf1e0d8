/** The media module's public surface: image uploads and link previews. */
import type { FastifyInstance } from 'fastify';
import type { Platform } from '../../app/platform.js';
import { createSafeFetcher, type OutboundPolicy } from '../../platform/http/safe-fetch.js';
import { LinkPreviewsService, type LinkPreviewRequester } from './link-previews.service.js';
import { registerMediaRoutes } from './media.routes.js';
import { UploadsService } from './uploads.service.js';

export type { LinkPreviewRequester } from './link-previews.service.js';

export interface MediaModule {
  /** Content modules call `request(tx, rendered.previews)` inside the transaction that stores the body. */
  linkPreviews: LinkPreviewRequester;
  registerRoutes(app: FastifyInstance): void;
}

/** `outbound` is set only by tests (a local server's port); production fetches public hosts only. */
export function createMediaModule(platform: Platform, options: { outbound?: OutboundPolicy } = {}): MediaModule {
  const uploads = new UploadsService(platform);
  const linkPreviews = new LinkPreviewsService(platform, uploads, createSafeFetcher(options.outbound));
  linkPreviews.defineJobs();
  return {
    linkPreviews: { request: (tx, urls) => linkPreviews.request(tx, urls) },
    registerRoutes: (app) => registerMediaRoutes(app, { uploads, linkPreviews }),
  };
}
