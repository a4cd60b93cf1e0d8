export type PasswordStrength = 'empty' | 'tooShort' | 'weak' | 'fair' | 'strong';

export const MIN_PASSWORD_LENGTH = 10;

const COMMON = /(password|passw0rd|qwerty|123456|abcdef|111111|iloveyou|admin|letmein|welcome)/i;

/**
 * A quick guide for the person typing, not the rule: the server decides (length ≥ 10 and
 * its own weak-password check). Long and varied is strong; common patterns are weak.
 */
export function estimatePasswordStrength(password: string, context: readonly string[] = []): PasswordStrength {
  if (!password) return 'empty';
  const length = Array.from(password).length;
  if (length < MIN_PASSWORD_LENGTH) return 'tooShort';
  const lowered = password.toLowerCase();
  const containsPersonal = context.some((word) => word.length >= 3 && lowered.includes(word.toLowerCase()));
  if (COMMON.test(password) || /^(.)\1+$/.test(password) || containsPersonal) return 'weak';
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^\p{L}\p{N}]/u, /[\u3400-\u9fff]/u].filter((pattern) => pattern.test(password)).length;
  const unique = new Set(password).size;
  if (unique < 5) return 'weak';
  if (length >= 16 || (length >= 12 && kinds >= 3)) return 'strong';
  return kinds >= 2 ? 'fair' : 'weak';
}
