import { AppError, conflict } from '../../platform/errors/app-error.js';
import { MAX_AMOUNT, MEMO_MAX_LENGTH } from './ledger.types.js';

/** @throws invalid_input (path: invalid_amount) unless a whole number in 1 … 2^53 − 1 */
export function assertAmount(amount: unknown, path = 'amount'): asserts amount is number {
  if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount <= 0 || amount > MAX_AMOUNT) {
    throw new AppError('invalid_input', 400, {}, [{ path, code: 'invalid_amount' }]);
  }
}

/** The memo as stored: trimmed, null when empty. @throws invalid_input (memo: too_big) */
export function cleanMemo(memo: string | null | undefined): string | null {
  if (memo == null) return null;
  if (typeof memo !== 'string' || memo.length > MEMO_MAX_LENGTH) {
    throw new AppError('invalid_input', 400, {}, [{ path: 'memo', code: 'too_big', params: { maximum: MEMO_MAX_LENGTH } }]);
  }
  const trimmed = memo.trim();
  return trimmed === '' ? null : trimmed;
}

interface DbError {
  code?: unknown;
  constraint?: unknown;
  message?: unknown;
}

/** The unique index a database error violated (PostgreSQL names it; SQLite names its columns). */
function violatedUnique(error: unknown): string | null {
  const e = error as DbError | null;
  if (!e || typeof e !== 'object') return null;
  if (e.code === '23505') return typeof e.constraint === 'string' ? e.constraint : '';
  if (e.code === 'SQLITE_CONSTRAINT_UNIQUE' && typeof e.message === 'string') {
    const message = e.message;
    if (message.includes('transfer.idempotency_key')) return 'transfer_idempotency';
    if (message.includes('transfer.reversal_of')) return 'transfer_reversal';
    if (message.includes('asset.code')) return 'asset_code_key';
    if (message.includes('asset.issuer_member_id')) return 'asset_one_chip_per_issuer';
    if (message.includes('asset.kind')) return 'asset_one_points';
    return '';
  }
  return null;
}

function isForeignKeyViolation(error: unknown): boolean {
  const code = (error as DbError | null)?.code;
  return code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

/**
 * Races the ledger resolves by running the transaction again, when it owns it: an identical
 * retry that committed meanwhile (it is then replayed), or the points asset made by another node.
 */
export function isRetryableRace(error: unknown): boolean {
  const index = violatedUnique(error);
  return index === 'transfer_idempotency' || index === 'asset_one_points';
}

/** Turns the database's refusals the ledger expects into stable AppErrors; anything else is rethrown. */
export function translateDbError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  const index = violatedUnique(error);
  if (index === 'transfer_idempotency') return conflict('idempotency_in_progress');
  if (index === 'transfer_reversal') return conflict('already_reversed');
  if (index === 'asset_code_key' || index === 'asset_one_points') return conflict('asset_code_taken');
  if (index === 'asset_one_chip_per_issuer') return conflict('chip_exists');
  // The only foreign key a caller's input can miss is a wallet's member: assets are checked first.
  if (isForeignKeyViolation(error)) return new AppError('unknown_member', 404);
  return error;
}
