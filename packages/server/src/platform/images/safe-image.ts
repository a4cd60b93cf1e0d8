import type { Metadata } from 'sharp';
import { AppError } from '../errors/app-error.js';

/**
 * sharp (libvips) and file-type load on the first upload, not at boot: together they cost
 * about a tenth of a second of every cold start.
 */
const loadSharp = async () => (await import('sharp')).default;
const loadFileType = async () => (await import('file-type')).fileTypeFromBuffer;

/** The formats Hearth accepts as uploads, as sharp names them (re-encoded before serving). */
const ACCEPTED = new Map([
  ['image/png', 'png'],
  ['image/apng', 'png'],
  ['image/jpeg', 'jpeg'],
  ['image/webp', 'webp'],
  ['image/gif', 'gif'],
]);

/**
 * Markup that has no business inside a raster image. A file that is both an image and an
 * HTML/SVG document is a deliberate polyglot: re-encoding would neutralise it, but refusing
 * it outright keeps the original bytes out of storage and makes the probe visible.
 */
const MARKUP = /<(?:script|html|svg|iframe|object|embed|body|!doctype)[\s/>]/i;

export interface SafeImageOptions {
  /** Refuse larger images from their header, before any pixel is decoded. */
  maxPixels: number;
}

const notImage = () => new AppError('upload_not_image', 415);
const tooManyPixels = (maxPixels: number) => new AppError('upload_too_many_pixels', 422, { maxPixels: maxPixels.toLocaleString('en') });

/**
 * Checks that `bytes` really are a PNG, JPEG, WebP or GIF image — by magic bytes, not by
 * name or declared type — and that its header declares at most `maxPixels` pixels.
 * @throws upload_not_image (415), upload_too_many_pixels (422)
 */
export async function inspectImage(bytes: Buffer, options: SafeImageOptions): Promise<{ format: string; width: number; height: number }> {
  const fileTypeFromBuffer = await loadFileType();
  const sniffed = await fileTypeFromBuffer(bytes);
  const format = sniffed ? ACCEPTED.get(sniffed.mime) : undefined;
  if (!format) throw notImage();
  if (MARKUP.test(bytes.toString('latin1'))) throw notImage();
  const sharp = await loadSharp();
  let metadata: Metadata;
  try {
    // metadata() reads the header only; the pixel limit is enforced before decoding.
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw notImage();
  }
  if (metadata.format !== format || !metadata.width || !metadata.height) throw notImage();
  const height = metadata.pageHeight ?? metadata.height;
  if (metadata.width * height > options.maxPixels) throw tooManyPixels(options.maxPixels);
  return { format, width: metadata.width, height };
}

/**
 * Re-encodes an upload as a `size`×`size` cover-cropped WebP: upright (EXIF orientation
 * applied), first frame only, and without any of the original's metadata or bytes.
 * @throws upload_not_image (415), upload_too_many_pixels (422)
 */
export async function toSquareWebp(bytes: Buffer, size: number, options: SafeImageOptions): Promise<Buffer> {
  await inspectImage(bytes, options);
  const sharp = await loadSharp();
  try {
    return await sharp(bytes, { limitInputPixels: options.maxPixels, failOn: 'error', animated: false })
      .rotate()
      .resize(size, size, { fit: 'cover', position: 'centre' })
      .webp({ quality: 82 })
      .toBuffer();
  } catch (error) {
    if (error instanceof Error && /pixel limit/i.test(error.message)) throw tooManyPixels(options.maxPixels);
    throw notImage();
  }
}
