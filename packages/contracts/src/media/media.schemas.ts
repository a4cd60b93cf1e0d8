import { z } from 'zod';
import { Id, IsoTime } from '../common/index.js';

/** Default size limit of one image upload; the server's HEARTH_UPLOAD_MAX_BYTES may set another. */
export const UPLOAD_MAX_BYTES_DEFAULT = 10 * 1024 * 1024;
/** Longest side of a stored image: larger uploads are scaled down to it. */
export const UPLOAD_MAX_DIMENSION = 2560;

/**
 * Where an upload is served. `file` carries a random token (UUIDv7 ids are time-ordered, so
 * the id alone is guessable) and the image's size, which the Markdown renderer copies into
 * `width`/`height` so the page does not jump while images load.
 */
export const UPLOAD_PATH =
  /^\/api\/uploads\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/([A-Za-z0-9_-]{16,64})\.([1-9]\d{0,4})x([1-9]\d{0,4})\.webp$/;

/** A stored, re-encoded image. `url` is what Markdown embeds: `![name](url)`. */
export const UploadedImage = z.object({
  id: Id,
  url: z.string(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  /** The original file name, cleaned (no path, no control characters), with the stored extension. */
  name: z.string(),
  mime: z.string(),
  bytes: z.number().int().positive(),
});
export type UploadedImage = z.infer<typeof UploadedImage>;

export const UploadFileParams = z.object({
  id: z.uuid(),
  file: z.string().regex(/^[A-Za-z0-9_-]{16,64}\.[1-9]\d{0,4}x[1-9]\d{0,4}\.webp$/),
});

export const LinkPreviewStatus = z.enum(['pending', 'ready', 'failed']);
export type LinkPreviewStatus = z.infer<typeof LinkPreviewStatus>;

/**
 * What a page says about itself (Open Graph, else `<title>` and meta description), fetched
 * by the server. Every text field is plain text: render it as text, never as HTML.
 */
export const LinkPreview = z.object({
  url: z.string(),
  status: LinkPreviewStatus,
  title: z.string().nullable(),
  description: z.string().nullable(),
  siteName: z.string().nullable(),
  /** The page's og:image, re-encoded and stored here (never hot-linked). */
  image: z.object({ url: z.string(), width: z.number().int(), height: z.number().int() }).nullable(),
  fetchedAt: IsoTime.nullable(),
});
export type LinkPreview = z.infer<typeof LinkPreview>;

export const LinkPreviewQuery = z.object({
  url: z
    .string()
    .max(2000)
    .regex(/^https?:\/\//i),
});
