import { PostgresAdapter, sql, type Kysely } from 'kysely';

/** The largest amount or balance the ledger holds: JavaScript's largest safe integer (2^53 − 1). */
const MAX = '9007199254740991';

/**
 * The ledger (ARCHITECTURE "The ledger"; modules/ledger): every point and chip lives in an
 * `account` of an `asset`, and every change of a balance is one append-only `transfer` row
 * written in the transaction that updates the two cached balances.
 *
 * - `account.min_balance` is the floor the debit statement checks (`balance - x >= min_balance`)
 *   and a CHECK enforces: 0 for wallets, escrows and system accounts, `-supply_cap` (or −2^53 + 1
 *   when uncapped) for the asset's issuance account. So a wallet never goes below zero, minting
 *   past the cap fails in SQL, and the sum of an asset's balances is always zero.
 * - Tamper evidence: a hash chain per account. Each transfer stores, for its debit and its
 *   credit side, the account's version after it and `sha256(previous head ‖ payload)`;
 *   `account.head_hash` is the newest. The hash is computed by `hearth_chain_hash` inside the
 *   balance UPDATE (a SQL function on PostgreSQL, a registered JavaScript function on SQLite),
 *   so chaining costs no extra statement.
 * - The financial columns of a transfer can be neither updated nor deleted (triggers); only
 *   the annotations outside the chain (memo, initiator, idempotency key) may be cleared, which
 *   member erasure needs.
 * - An account's history is a linked list, not an index: each transfer names, per side, the
 *   account's previous transfer (`debit_prev_id`, `credit_prev_id`), and `account.last_transfer_id`
 *   its newest; the same UPDATE moves the head (`prev_transfer_id` keeps the old one for its
 *   RETURNING, as RETURNING shows new values). A history page follows the links by primary
 *   key, without gaps. Two (account, version) indexes did the same but cost each batch a
 *   scattered index page per account touched — half of a transfer's write time.
 * - `transfer.seq` orders transfers as committed per account (it is taken after the account
 *   rows are locked), for the audit's single pass.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;

  await db.schema
    .createTable('asset')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('points','chip')`))
    .addColumn('issuer_member_id', 'text', (c) => c.references('member.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('icon', 'text')
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('supply_cap', 'bigint', (c) => c.check(sql`supply_cap is null or (supply_cap >= 0 and supply_cap <= ${sql.raw(MAX)})`))
    .addColumn('daily_mint_limit', 'bigint', (c) => c.check(sql`daily_mint_limit is null or daily_mint_limit > 0`))
    .addColumn('mint_day', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('minted_today', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('frozen', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`frozen in (0,1)`),
    )
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await sql`create unique index asset_one_points on asset (kind) where kind = 'points'`.execute(db);
  await sql`create unique index asset_one_chip_per_issuer on asset (issuer_member_id) where issuer_member_id is not null`.execute(db);

  await db.schema
    .createTable('account')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('asset_id', 'text', (c) => c.notNull().references('asset.id'))
    .addColumn('owner_member_id', 'text', (c) => c.references('member.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('wallet','issuance','escrow','system')`))
    .addColumn('label', 'text')
    .addColumn('balance', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('min_balance', 'bigint', (c) => c.notNull())
    .addColumn('frozen', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`frozen in (0,1)`),
    )
    .addColumn('version', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('head_hash', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('last_transfer_id', 'text')
    .addColumn('prev_transfer_id', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addCheckConstraint('account_floor', sql`balance >= min_balance and balance <= ${sql.raw(MAX)}`)
    .addCheckConstraint('account_only_issuance_negative', sql`kind = 'issuance' or min_balance >= 0`)
    .addCheckConstraint('account_issuance_not_positive', sql`kind <> 'issuance' or balance <= 0`)
    .addCheckConstraint('account_owner_is_wallet', sql`owner_member_id is null or kind = 'wallet'`)
    .execute();
  await sql`create unique index account_wallet on account (owner_member_id, asset_id) where owner_member_id is not null`.execute(db);
  await sql`create unique index account_system on account (asset_id, kind, label) where owner_member_id is null and label is not null`.execute(
    db,
  );

  await db.schema
    .createTable('hold')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('asset_id', 'text', (c) => c.notNull().references('asset.id'))
    .addColumn('payer_account_id', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('payee_account_id', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('escrow_account_id', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('amount', 'bigint', (c) => c.notNull().check(sql`amount > 0`))
    .addColumn('settled_amount', 'bigint')
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('held','settled','released')`))
    .addColumn('expires_at', 'bigint')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('resolved_at', 'bigint')
    .addCheckConstraint('hold_settled_amount', sql`settled_amount is null or (settled_amount > 0 and settled_amount <= amount)`)
    .execute();
  await sql`create index hold_open on hold (escrow_account_id) where status = 'held'`.execute(db);

  await db.schema
    .createTable('transfer')
    .addColumn('seq', isPostgres ? sql`bigint generated always as identity` : 'integer', (c) => c.primaryKey())
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('asset_id', 'text', (c) => c.notNull().references('asset.id'))
    .addColumn('debit_account_id', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('credit_account_id', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('amount', 'bigint', (c) => c.notNull().check(sql`amount > 0 and amount <= ${sql.raw(MAX)}`))
    .addColumn('memo', 'text')
    .addColumn('initiator_id', 'text', (c) => c.notNull())
    .addColumn('idempotency_key', 'text')
    .addColumn('reversal_of', 'text', (c) => c.references('transfer.id'))
    .addColumn('hold_id', 'text', (c) => c.references('hold.id'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('debit_version', 'bigint', (c) => c.notNull())
    .addColumn('credit_version', 'bigint', (c) => c.notNull())
    .addColumn('debit_hash', 'text', (c) => c.notNull())
    .addColumn('credit_hash', 'text', (c) => c.notNull())
    .addColumn('debit_prev_id', 'text')
    .addColumn('credit_prev_id', 'text')
    .addCheckConstraint('transfer_two_accounts', sql`debit_account_id <> credit_account_id`)
    .execute();
  await sql`create unique index transfer_idempotency on transfer (initiator_id, idempotency_key) where idempotency_key is not null`.execute(
    db,
  );
  await sql`create unique index transfer_reversal on transfer (reversal_of) where reversal_of is not null`.execute(db);
  await sql`create index transfer_hold on transfer (hold_id) where hold_id is not null`.execute(db);

  const chained =
    'seq, id, kind, asset_id, debit_account_id, credit_account_id, amount, reversal_of, hold_id, created_at, debit_version, credit_version, debit_hash, credit_hash, debit_prev_id, credit_prev_id';
  if (isPostgres) {
    await sql`
      create function hearth_chain_hash(prev text, payload text) returns text
      language sql immutable strict parallel safe
      as $$ select encode(sha256(convert_to(prev || payload, 'UTF8')), 'hex') $$
    `.execute(db);
    await sql`
      create function transfer_append_only() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then raise exception 'transfer rows are append-only'; end if;
        if (${sql.raw(chained.replace(/(\w+)/g, 'old.$1'))}) is distinct from (${sql.raw(chained.replace(/(\w+)/g, 'new.$1'))}) then
          raise exception 'transfer rows are append-only';
        end if;
        return new;
      end
      $$
    `.execute(db);
    await sql`create trigger transfer_append_only before update or delete on transfer for each row execute function transfer_append_only()`.execute(
      db,
    );
  } else {
    await sql`
      create trigger transfer_no_update before update of ${sql.raw(chained)} on transfer
      begin select raise(abort, 'transfer rows are append-only'); end
    `.execute(db);
    await sql`create trigger transfer_no_delete before delete on transfer begin select raise(abort, 'transfer rows are append-only'); end`.execute(
      db,
    );
  }
}

export async function down(): Promise<void> {
  throw new Error('Hearth migrations are forward-only; restore a backup to go back.');
}
