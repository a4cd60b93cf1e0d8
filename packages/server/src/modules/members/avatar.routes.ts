import { memberRoutes as r } from '@hearth/contracts';
import type { FastifyInstance } from 'fastify';
import { readSingleUpload, registerUploadScope } from '../../platform/http/multipart.js';
import { registerRoute } from '../../platform/http/route.js';
import type { AvatarService } from './avatar.service.js';

/** Avatar upload (multipart, in its own scope), removal, and serving. */
export function registerAvatarRoutes(app: FastifyInstance, avatars: AvatarService): void {
  const upload = r.uploadAvatar.multipart;
  registerUploadScope(app, upload, (scope) => {
    registerRoute(scope, r.uploadAvatar, async ({ actor, request }) => ({
      member: await avatars.set(actor.memberId, await readSingleUpload(request, upload)),
    }));
  });
  registerRoute(app, r.deleteAvatar, async ({ actor }) => ({ member: await avatars.remove(actor.memberId) }));
  registerRoute(app, r.avatar, async ({ params, reply }) => {
    const data = await avatars.read(params.key);
    // Keys are random and never reused, so a stored avatar can be cached forever.
    reply.header('cache-control', 'public, max-age=31536000, immutable');
    reply.header('x-content-type-options', 'nosniff');
    return data;
  });
}
