import { mediaRoutes as r } from '@hearth/contracts';
import type { FastifyInstance } from 'fastify';
import { readSingleUploadFile, registerUploadScope } from '../../platform/http/multipart.js';
import { registerRoute } from '../../platform/http/route.js';
import type { LinkPreviewsService } from './link-previews.service.js';
import { inlineDisposition } from './upload-name.js';
import type { UploadsService } from './uploads.service.js';

/** Image uploads (multipart, in their own scope), serving them, and cached link previews. */
export function registerMediaRoutes(app: FastifyInstance, services: { uploads: UploadsService; linkPreviews: LinkPreviewsService }): void {
  const upload = { ...r.uploadImage.multipart, maxBytes: app.hearth.config.uploadMaxBytes };
  registerUploadScope(app, upload, (scope) => {
    registerRoute(scope, r.uploadImage, async ({ actor, request }) => {
      const file = await readSingleUploadFile(request, upload);
      return services.uploads.upload(actor.memberId, file.data, file.filename);
    });
  });
  registerRoute(app, r.uploadFile, async ({ params, reply }) => {
    const image = await services.uploads.read(params.id, params.file);
    reply.type(image.mime);
    // An upload never changes under its URL; `private`: only signed-in members may read it.
    reply.header('cache-control', 'private, max-age=31536000, immutable');
    reply.header('x-content-type-options', 'nosniff');
    reply.header('content-disposition', inlineDisposition(image.name));
    return image.data;
  });
  registerRoute(app, r.linkPreview, async ({ query }) => ({ preview: await services.linkPreviews.get(query.url) }));
}
