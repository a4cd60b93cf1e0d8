import type { Me } from '@hearth/contracts';
import type { Platform } from '../../app/platform.js';
import { randomToken } from '../../platform/auth/tokens.js';
import { notFound } from '../../platform/errors/app-error.js';
import { toSquareWebp } from '../../platform/images/safe-image.js';
import { compareAndSetAvatarKey, findAvatarKey } from './avatar.repository.js';
import { isProfileComplete, ProfileUpdated } from './members.events.js';
import { toMe } from './members.mappers.js';
import { findMemberById } from './members.repository.js';

export const AVATAR_SIZE = 256;
/** Larger images are refused from their header: decoding them could take gigabytes of memory. */
export const AVATAR_MAX_PIXELS = 40_000_000;
const blobKey = (key: string) => `avatars/${key}`;

/**
 * Avatars: uploads are sniffed, re-encoded to a 256×256 WebP and stored under a random
 * key (never a name the user chose); the previous avatar's blob is deleted.
 */
export class AvatarService {
  constructor(private readonly platform: Platform) {}

  /**
   * Replaces the caller's avatar with the uploaded image.
   * @throws upload_not_image (415), upload_too_many_pixels (422), not_found
   */
  async set(memberId: string, upload: Buffer): Promise<Me> {
    const webp = await toSquareWebp(upload, AVATAR_SIZE, { maxPixels: AVATAR_MAX_PIXELS });
    const key = `${randomToken(18)}.webp`;
    await this.platform.blobs.put(blobKey(key), webp, 'image/webp');
    try {
      const previous = await this.swapKey(memberId, key);
      if (previous) await this.platform.blobs.delete(blobKey(previous));
    } catch (error) {
      await this.platform.blobs.delete(blobKey(key));
      throw error;
    }
    return this.me(memberId);
  }

  /** Removes the caller's avatar (nothing to remove is fine). @throws not_found */
  async remove(memberId: string): Promise<Me> {
    const previous = await this.swapKey(memberId, null);
    if (previous) await this.platform.blobs.delete(blobKey(previous));
    return this.me(memberId);
  }

  /** The stored WebP of an avatar key. @throws not_found */
  async read(key: string): Promise<Buffer> {
    const data = await this.platform.blobs.get(blobKey(key));
    if (!data) throw notFound();
    return data;
  }

  /**
   * Sets the avatar key and returns the one it replaced. Compare-and-set, so two uploads
   * racing on PostgreSQL cannot both claim the same previous key and orphan a blob.
   */
  private async swapKey(memberId: string, key: string | null): Promise<string | null> {
    for (;;) {
      const previous = await findAvatarKey(this.platform.db, memberId);
      if (previous === undefined) throw notFound();
      if (await compareAndSetAvatarKey(this.platform.db, memberId, previous, key, this.platform.clock.now())) return previous;
    }
  }

  private async me(memberId: string): Promise<Me> {
    const row = await findMemberById(this.platform.db, memberId);
    if (!row) throw notFound();
    await this.platform.events.emit(this.platform.db, ProfileUpdated, {
      memberId,
      isComplete: isProfileComplete(row),
      at: this.platform.clock.now(),
    });
    return toMe(row);
  }
}
