import { AppError } from '../errors/app-error.js';
import { inspectImage } from './safe-image.js';

const loadSharp = async () => (await import('sharp')).default;

export interface ReencodeOptions {
  /** Refuse larger images (one frame's pixels) from their header, before any pixel is decoded. */
  maxPixels: number;
  /** Longest side of the result: larger images are scaled down to fit. */
  maxDimension: number;
  /** An animation's frames together may not decode to more pixels than this. */
  maxAnimationPixels: number;
}

export interface ReencodedImage {
  data: Buffer;
  mime: 'image/webp';
  width: number;
  height: number;
  isAnimated: boolean;
}

const notImage = () => new AppError('upload_not_image', 415);

/**
 * Re-encodes an upload (sniffed PNG, JPEG, WebP or GIF, see inspectImage) as WebP: upright
 * (EXIF orientation applied), scaled to fit `maxDimension`, without any of the original's
 * metadata (EXIF, GPS, XMP, comments) or bytes. Animated GIF and WebP stay animated; every
 * frame is decoded, so a truncated or corrupt file is refused rather than stored half-drawn.
 * @throws upload_not_image (415), upload_too_many_pixels (422)
 */
export async function reencodeImage(bytes: Buffer, options: ReencodeOptions): Promise<ReencodedImage> {
  const inspected = await inspectImage(bytes, { maxPixels: options.maxPixels });
  const sharp = await loadSharp();
  let pages: number;
  try {
    pages = (await sharp(bytes, { animated: true, limitInputPixels: false }).metadata()).pages ?? 1;
  } catch {
    throw notImage();
  }
  const isAnimated = pages > 1 && (inspected.format === 'gif' || inspected.format === 'webp');
  if (isAnimated && inspected.width * inspected.height * pages > options.maxAnimationPixels) {
    throw new AppError('upload_animation_too_large', 422);
  }
  try {
    const { data, info } = await sharp(bytes, {
      animated: isAnimated,
      failOn: 'error',
      // inspectImage checked one frame; an animation is decoded as one tall image of all frames.
      limitInputPixels: isAnimated ? options.maxAnimationPixels : options.maxPixels,
    })
      .rotate()
      .resize(options.maxDimension, options.maxDimension, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 85, effort: 4 })
      .toBuffer({ resolveWithObject: true });
    const height = isAnimated ? (info.pageHeight ?? info.height) : info.height;
    return { data, mime: 'image/webp', width: info.width, height, isAnimated };
  } catch {
    throw notImage();
  }
}
