/** What spam detection and reports compare a member's trust level to (spam settings). */
export interface TrustThreshold {
  trustedLevel: number;
  reporterLevel: number;
}

/**
 * Whether an author is established enough that spam signals only block them, never hold:
 * their trust level (modules/trust; staff count as 4) is at least the spam settings' trusted level.
 */
export function isEstablishedAuthor(level: number, threshold: TrustThreshold): boolean {
  return level >= threshold.trustedLevel;
}

/** Whether a reporter's reports count toward hiding a thread or reply (trust level ≥ the reporter level). */
export function isTrustedReporter(level: number, threshold: TrustThreshold): boolean {
  return level >= threshold.reporterLevel;
}
