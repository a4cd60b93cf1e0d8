import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.js';

export interface IdempotentOutcome {
  status: number;
  payload: unknown;
}

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/**
 * API.md idempotency: the same key with the same body replays the original status and
 * body without running the handler again; the same key with another body is 422. Keys are
 * scoped to the caller. A placeholder row claims the key first so concurrent retries cannot
 * both run. Handler errors are stored too (a retry sees the same refusal), except server
 * errors, which release the key so the client may try again.
 */
export async function withIdempotency(request: FastifyRequest, run: () => Promise<IdempotentOutcome>): Promise<IdempotentOutcome> {
  const header = request.headers['idempotency-key'];
  if (header === undefined) return run();
  const key = Array.isArray(header) ? (header[0] ?? '') : header;
  if (!KEY_PATTERN.test(key)) throw new AppError('invalid_input', 400, {}, [{ path: 'headers.idempotency-key', code: 'invalid_format' }]);
  const { db, clock } = request.server.hearth;
  const scope = request.actor?.memberId ?? `ip:${request.ip}`;
  const requestHash = createHash('sha256')
    .update(
      `${request.method} ${request.routeOptions.url ?? request.url}\n${JSON.stringify(request.params)}\n${JSON.stringify(request.body ?? null)}`,
    )
    .digest('hex');

  const claimed = await db
    .insertInto('idempotencyKey')
    .values({ scope, key, requestHash, status: 0, body: '', createdAt: clock.now() })
    .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
    .executeTakeFirst();
  if (Number(claimed.numInsertedOrUpdatedRows ?? 0) === 0) {
    const existing = await db
      .selectFrom('idempotencyKey')
      .selectAll()
      .where('scope', '=', scope)
      .where('key', '=', key)
      .executeTakeFirstOrThrow();
    if (existing.requestHash !== requestHash) throw new AppError('idempotency_key_reused', 422);
    if (existing.status === 0) throw new AppError('idempotency_in_progress', 409);
    request.server.hearth.metrics.idempotentReplays.inc();
    const stored = JSON.parse(existing.body) as {
      payload: unknown;
      error?: { code: string; status: number; params: Record<string, string | number>; extensions?: Record<string, unknown> };
    };
    if (stored.error) throw new AppError(stored.error.code, stored.error.status, stored.error.params, undefined, stored.error.extensions);
    return { status: existing.status, payload: stored.payload };
  }
  try {
    const outcome = await run();
    await db
      .updateTable('idempotencyKey')
      .set({ status: outcome.status, body: JSON.stringify({ payload: outcome.payload }) })
      .where('scope', '=', scope)
      .where('key', '=', key)
      .execute();
    return outcome;
  } catch (error) {
    if (error instanceof AppError && error.status < 500 && !error.fieldErrors) {
      await db
        .updateTable('idempotencyKey')
        .set({
          status: error.status,
          body: JSON.stringify({
            payload: null,
            error: { code: error.code, status: error.status, params: error.params, extensions: error.extensions },
          }),
        })
        .where('scope', '=', scope)
        .where('key', '=', key)
        .execute();
    } else {
      await db.deleteFrom('idempotencyKey').where('scope', '=', scope).where('key', '=', key).execute();
    }
    throw error;
  }
}
