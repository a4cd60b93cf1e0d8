import type { DbOrTx } from '../../db/database.js';
import { hashToken, randomToken } from '../../platform/auth/tokens.js';

/** What a mailed one-time token is for. */
export type AuthTokenKind = 'magic' | 'password_reset' | 'email_change';

export interface ConsumedToken {
  id: string;
  memberId: string;
  /** The address the link was mailed to (the new address for an email change). */
  email: string | null;
}

/**
 * Stores a one-time token under `id` and returns its secret, or null when a token with this
 * id already exists: ids come from the job payload, so a job that runs twice issues (and
 * mails) one token, not two. Only the sha256 of the secret is stored.
 */
export async function issueAuthToken(
  db: DbOrTx,
  input: { id: string; kind: AuthTokenKind; memberId: string; email: string; now: number; ttlMs: number },
): Promise<string | null> {
  const token = randomToken();
  const result = await db
    .insertInto('authToken')
    .values({
      id: input.id,
      tokenHash: hashToken(token),
      kind: input.kind,
      memberId: input.memberId,
      email: input.email,
      expiresAt: input.now + input.ttlMs,
      usedAt: null,
      createdAt: input.now,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 0 ? null : token;
}

/**
 * Marks a live token used and returns it, or null when it is unknown, of another kind,
 * expired or already used. One conditional UPDATE does the check and the marking, so of two
 * racing uses only one matches the `used_at IS NULL` row.
 */
export async function consumeAuthToken(db: DbOrTx, kind: AuthTokenKind, token: string, now: number): Promise<ConsumedToken | null> {
  const row = await db
    .updateTable('authToken')
    .set({ usedAt: now })
    .where('tokenHash', '=', hashToken(token))
    .where('kind', '=', kind)
    .where('usedAt', 'is', null)
    .where('expiresAt', '>', now)
    .returning(['id', 'memberId', 'email'])
    .executeTakeFirst();
  return row ?? null;
}

/** A live token without using it up (to validate a request before doing expensive work). */
export async function findLiveAuthToken(db: DbOrTx, kind: AuthTokenKind, token: string, now: number): Promise<ConsumedToken | null> {
  const row = await db
    .selectFrom('authToken')
    .select(['id', 'memberId', 'email'])
    .where('tokenHash', '=', hashToken(token))
    .where('kind', '=', kind)
    .where('usedAt', 'is', null)
    .where('expiresAt', '>', now)
    .executeTakeFirst();
  return row ?? null;
}

/** Spends every unused token of a member (of the given kinds), e.g. after a password reset. */
export async function spendAuthTokens(db: DbOrTx, memberId: string, kinds: AuthTokenKind[], now: number): Promise<void> {
  await db
    .updateTable('authToken')
    .set({ usedAt: now })
    .where('memberId', '=', memberId)
    .where('kind', 'in', kinds)
    .where('usedAt', 'is', null)
    .execute();
}
