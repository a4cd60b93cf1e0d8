import { z } from 'zod';
import { defineRoute } from '../common/index.js';
import { LinkPreview, LinkPreviewQuery, UPLOAD_MAX_BYTES_DEFAULT, UploadedImage, UploadFileParams } from './media.schemas.js';

const tags = ['media'] as const;

export const mediaRoutes = {
  uploadImage: defineRoute({
    method: 'POST',
    path: '/api/uploads',
    summary: 'Upload an image for a thread, comment or message (PNG, JPEG, WebP, GIF; re-encoded to WebP without metadata)',
    tags,
    access: 'member',
    // The default; the server applies HEARTH_UPLOAD_MAX_BYTES.
    multipart: { field: 'file', maxBytes: UPLOAD_MAX_BYTES_DEFAULT },
    status: 201,
    response: UploadedImage,
  }),
  uploadFile: defineRoute({
    method: 'GET',
    path: '/api/uploads/:id/:file',
    summary: 'An uploaded image (signed-in members; the URL carries a random token)',
    tags,
    access: 'member',
    params: UploadFileParams,
    status: 200,
    response: null,
    produces: 'image/webp',
  }),
  linkPreview: defineRoute({
    method: 'GET',
    path: '/api/link-previews',
    summary: 'The cached preview of a URL that was posted on its own line (fetched by the server after posting)',
    tags,
    access: 'member',
    query: LinkPreviewQuery,
    status: 200,
    response: z.object({ preview: LinkPreview }),
  }),
};
