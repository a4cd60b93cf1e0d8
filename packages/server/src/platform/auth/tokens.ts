import { createHash, randomBytes } from 'node:crypto';

/** A URL-safe random secret (session cookies, magic links, reset links). */
export const randomToken = (bytes = 32): string => randomBytes(bytes).toString('base64url');

/** Only hashes of secrets are stored, so a database leak does not leak live sessions. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('base64url');

/** Short human-friendly codes for invites (no look-alike characters). */
export function inviteCode(length = 10): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(length);
  let code = '';
  for (const byte of bytes) code += alphabet[byte % alphabet.length];
  return code;
}
