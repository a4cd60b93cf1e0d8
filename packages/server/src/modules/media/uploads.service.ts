import { timingSafeEqual } from 'node:crypto';
import { UPLOAD_MAX_DIMENSION, type UploadedImage } from '@hearth/contracts';
import type { Platform } from '../../app/platform.js';
import { randomToken } from '../../platform/auth/tokens.js';
import { notFound } from '../../platform/errors/app-error.js';
import { reencodeImage } from '../../platform/images/reencode-image.js';
import { MemoryRateLimiter, rateLimitedError, unlimitedRateLimiter, type RateLimiter } from '../../platform/rate-limit/rate-limiter.js';
import { cleanFileName } from './upload-name.js';
import { deleteUpload, findUpload, insertUpload, type UploadRow } from './uploads.repository.js';

/** One frame may have at most this many pixels (checked from the header, before decoding). */
export const UPLOAD_MAX_PIXELS = 40_000_000;
/** All frames of an animation together: decoding holds them in memory at once. */
export const UPLOAD_MAX_ANIMATION_PIXELS = 60_000_000;
/** Uploads per member and window: enough for a photo-heavy post, not for filling the disk. */
export const UPLOAD_RATE = { max: 30, windowMs: 10 * 60_000 };

const blobKey = (id: string) => `uploads/${id}.webp`;

/** Where an upload is served; the renderer reads the size back from it (see UPLOAD_PATH). */
export function uploadUrl(row: Pick<UploadRow, 'id' | 'token' | 'width' | 'height'>): string {
  return `/api/uploads/${row.id}/${row.token}.${row.width}x${row.height}.webp`;
}

/**
 * Images in threads, comments and messages. Every upload is sniffed and re-encoded (see
 * reencodeImage) before anything is stored; the blob is written first and the row second,
 * and a failed row removes the blob, so a refused upload leaves neither.
 *
 * Who may read an upload: any signed-in member of the community. Uploads are embedded in
 * content members read, and a member who can see one post can pass its image on anyway;
 * checking the embedding post's audience per image request would cost a query per image for
 * little gain. But a UUIDv7 id is time-ordered (its first 48 bits are the upload time), so
 * the URL also carries a random 144-bit token: knowing roughly when someone uploaded to a
 * private space or DM never lets another member guess its URL.
 */
export class UploadsService {
  private readonly limiter: RateLimiter;

  constructor(private readonly platform: Platform) {
    this.limiter = platform.config.rateLimit ? new MemoryRateLimiter(platform.clock, UPLOAD_RATE) : unlimitedRateLimiter;
  }

  /**
   * Stores a member's image upload.
   * @throws rate_limited (429), upload_not_image (415), upload_too_many_pixels (422), upload_animation_too_large (422)
   */
  async upload(memberId: string, bytes: Buffer, filename: string): Promise<UploadedImage> {
    const decision = await this.limiter.hit(`upload:${memberId}`);
    if (!decision.allowed) throw rateLimitedError(decision.retryAfterMs);
    return this.store(bytes, { ownerId: memberId, kind: 'upload', filename });
  }

  /**
   * Re-encodes and stores an image Hearth fetched itself (a link preview's og:image).
   * @throws upload_not_image (415), upload_too_many_pixels (422), upload_animation_too_large (422)
   */
  async storeFetched(bytes: Buffer, filename: string): Promise<UploadedImage> {
    return this.store(bytes, { ownerId: null, kind: 'preview', filename });
  }

  /** The image behind an upload URL, if `file` is exactly this upload's. @throws not_found */
  async read(id: string, file: string): Promise<{ data: Buffer; mime: string; name: string }> {
    const row = await findUpload(this.platform.db, id);
    if (!row || !sameText(uploadUrl(row), `/api/uploads/${id}/${file}`)) throw notFound();
    const data = await this.platform.blobs.get(row.blobKey);
    if (!data) throw notFound();
    return { data, mime: row.mime, name: row.name };
  }

  /** The public view of an upload, or null when it is gone. */
  async find(id: string): Promise<UploadedImage | null> {
    const row = await findUpload(this.platform.db, id);
    return row ? toUploadedImage(row) : null;
  }

  /** Deletes an upload Hearth stored itself (a replaced preview image): row, then blob. */
  async removeFetched(id: string): Promise<void> {
    const row = await findUpload(this.platform.db, id);
    if (!row || row.kind !== 'preview') return;
    await deleteUpload(this.platform.db, id);
    await this.platform.blobs.delete(row.blobKey);
  }

  private async store(
    bytes: Buffer,
    owner: { ownerId: string | null; kind: 'upload' | 'preview'; filename: string },
  ): Promise<UploadedImage> {
    const image = await reencodeImage(bytes, {
      maxPixels: UPLOAD_MAX_PIXELS,
      maxDimension: UPLOAD_MAX_DIMENSION,
      maxAnimationPixels: UPLOAD_MAX_ANIMATION_PIXELS,
    });
    const id = this.platform.ids.next();
    const row: UploadRow = {
      id,
      ownerId: owner.ownerId,
      kind: owner.kind,
      blobKey: blobKey(id),
      token: randomToken(18),
      mime: image.mime,
      width: image.width,
      height: image.height,
      bytes: image.data.length,
      name: cleanFileName(owner.filename, 'webp'),
      createdAt: this.platform.clock.now(),
    };
    await this.platform.blobs.put(row.blobKey, image.data, row.mime);
    try {
      await insertUpload(this.platform.db, row);
    } catch (error) {
      await this.platform.blobs.delete(row.blobKey);
      throw error;
    }
    return toUploadedImage(row);
  }
}

function toUploadedImage(row: UploadRow): UploadedImage {
  return { id: row.id, url: uploadUrl(row), width: row.width, height: row.height, name: row.name, mime: row.mime, bytes: row.bytes };
}

/** Constant-time comparison: the token is a secret, and a timing leak would let it be guessed. */
function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
