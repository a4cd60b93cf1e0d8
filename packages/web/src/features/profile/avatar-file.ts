import { memberRoutes } from '@hearth/contracts';

/** What the server accepts (it sniffs the bytes and re-encodes; this is only a quick first look). */
export const AVATAR_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const;
export const AVATAR_MAX_BYTES = memberRoutes.uploadAvatar.multipart.maxBytes;
export const AVATAR_MAX_MB = Math.round(AVATAR_MAX_BYTES / (1024 * 1024));

export type AvatarFileProblem = 'type' | 'size';

/**
 * Refuses, before uploading, files the server would refuse anyway: a type it does not take,
 * or more than its limit. A file whose type the browser cannot tell goes to the server,
 * which has the last word.
 */
export function checkAvatarFile(file: Pick<File, 'type' | 'size'>): AvatarFileProblem | null {
  if (file.type && !(AVATAR_TYPES as readonly string[]).includes(file.type)) return 'type';
  if (file.size > AVATAR_MAX_BYTES) return 'size';
  return null;
}
