import { hash } from 'node:crypto';
import type { DbHandle } from '../../db/database.js';

/**
 * The tamper-evident chain: per account, `head = sha256(previous head ‖ payload)` over the
 * financial fields of each transfer that touches it (memo and initiator stay outside, so
 * erasure can clear them). The balance UPDATE computes it with `hearth_chain_hash`, a SQL
 * function on PostgreSQL (migration 0014) and this same function registered on the SQLite
 * connection, so both engines chain identically and the audit recomputes it here.
 */
export function chainHash(previous: string, payload: string): string {
  return hash('sha256', previous + payload, 'hex');
}

export interface ChainedFields {
  id: string;
  kind: string;
  assetId: string;
  debitAccountId: string;
  creditAccountId: string;
  amount: number;
  createdAt: number;
  reversalOf: string | null;
  holdId: string | null;
}

/** The exact text a transfer contributes to both of its accounts' chains. */
export function chainPayload(t: ChainedFields): string {
  return `${t.id}|${t.kind}|${t.assetId}|${t.debitAccountId}|${t.creditAccountId}|${t.amount}|${t.createdAt}|${t.reversalOf ?? ''}|${t.holdId ?? ''}`;
}

/** Gives the SQLite writer connection `hearth_chain_hash`; PostgreSQL has it from the migration. */
export function registerChainFunction(handle: DbHandle): void {
  handle.sqlite?.function('hearth_chain_hash', { deterministic: true }, (previous, payload) =>
    chainHash(String(previous), String(payload)),
  );
}
