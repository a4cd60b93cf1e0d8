import { dummyPasswordHash, verifyPassword } from '../../platform/auth/passwords.js';
import { rateLimitedError, type RateLimiter } from '../../platform/rate-limit/rate-limiter.js';

/** Wrong passwords allowed per account before it is locked for the rest of the window. */
export const PASSWORD_FAILURES = { max: 10, windowMs: 15 * 60_000 };

/**
 * Every password check goes through here. Failures are counted per account (its email) so
 * guessing is bounded even when the guesses come from many addresses, which per-IP limits
 * cannot see. Unknown accounts are counted and hashed alike, so neither the answer nor its
 * timing tells whether an account exists.
 */
export class PasswordGuard {
  constructor(private readonly failures: RateLimiter) {}

  /**
   * Verifies `password` against `passwordHash` (null or undefined: no such account or no
   * password set, which never verifies). While the account is locked even the right
   * password is refused, or the lock would only slow guessing down instead of stopping it.
   * @throws rate_limited (429, with the seconds until the lock lifts)
   */
  async verify(email: string, passwordHash: string | null | undefined, password: string): Promise<boolean> {
    const key = email.toLowerCase();
    const gate = await this.failures.check(key);
    if (!gate.allowed) throw rateLimitedError(gate.retryAfterMs);
    const matches = await verifyPassword(passwordHash ?? (await dummyPasswordHash()), password);
    const ok = matches && Boolean(passwordHash);
    if (ok) await this.failures.reset(key);
    else await this.failures.hit(key);
    return ok;
  }
}
