import type { Tx } from '../../db/database.js';
import { preparedQuery } from '../../db/prepared-query.js';
import type { Ids } from '../../platform/ids.js';
import type { Clock } from '../../platform/clock.js';
import { AppError, refused } from '../../platform/errors/app-error.js';
import type { AccountRef } from './ledger.types.js';

/**
 * Ids that exist in committed state, remembered per process: an account is never deleted
 * and never changes asset or kind, so once seen committed, a wallet's or an asset's system
 * account id stays right. A row this process created inside a still-open transaction is not
 * remembered (the transaction may roll back); the next lookup that finds it committed is.
 */
class CommittedIds {
  private readonly known = new Map<string, string>();
  private readonly createdIn = new WeakMap<Tx, Set<string>>();

  get(key: string): string | undefined {
    return this.known.get(key);
  }

  found(tx: Tx, key: string, id: string): void {
    if (this.createdIn.get(tx)?.has(key)) return;
    if (this.known.size >= 50_000) this.known.clear();
    this.known.set(key, id);
  }

  created(tx: Tx, key: string): void {
    let keys = this.createdIn.get(tx);
    if (!keys) this.createdIn.set(tx, (keys = new Set()));
    keys.add(key);
  }

  forget(predicate: (key: string) => boolean): void {
    for (const key of [...this.known.keys()]) if (predicate(key)) this.known.delete(key);
  }
}

const walletQuery = preparedQuery<{ memberId: string; assetId: string }>()((db, p) =>
  db.selectFrom('account').select('id').where('ownerMemberId', '=', p.memberId).where('assetId', '=', p.assetId),
);

const systemQuery = preparedQuery<{ assetId: string; label: string }>()((db, p) =>
  db.selectFrom('account').select('id').where('assetId', '=', p.assetId).where('ownerMemberId', 'is', null).where('label', '=', p.label),
);

export type SystemKind = 'issuance' | 'escrow' | 'system';

/** Finds (and makes on first use) the accounts operations name by member or by purpose. */
export class LedgerAccounts {
  private readonly ids = new CommittedIds();

  constructor(
    private readonly clock: Clock,
    private readonly idSource: Ids,
  ) {}

  /** The account id a ref names when known without a query (an id, or a wallet seen committed). */
  known(assetId: string, ref: AccountRef): string | undefined {
    return 'accountId' in ref ? ref.accountId : this.ids.get(`w:${ref.memberId}:${assetId}`);
  }

  /** True when the asset's system accounts are known and none of `accountIds` is one (no query). */
  knownMovable(assetId: string, accountIds: string[]): boolean {
    const issuance = this.ids.get(`s:${assetId}:issuance`);
    const escrow = this.ids.get(`s:${assetId}:escrow`);
    return issuance !== undefined && escrow !== undefined && accountIds.every((id) => id !== issuance && id !== escrow);
  }

  /** The account id a ref names. @throws unknown_asset, unknown_member */
  async resolve(tx: Tx, assetId: string, ref: AccountRef): Promise<string> {
    if ('accountId' in ref) return ref.accountId;
    return this.walletId(tx, ref.memberId, assetId);
  }

  /** The member's wallet of the asset, made (empty) if they have none. @throws unknown_asset, unknown_member */
  async walletId(tx: Tx, memberId: string, assetId: string): Promise<string> {
    const key = `w:${memberId}:${assetId}`;
    const cached = this.ids.get(key);
    if (cached) return cached;
    const existing = await walletQuery.executeTakeFirst(tx, { memberId, assetId });
    if (existing) {
      this.ids.found(tx, key, existing.id);
      return existing.id;
    }
    await this.systemId(tx, assetId, 'issuance');
    const inserted = await tx
      .insertInto('account')
      .values({ ...this.newAccount(assetId, 'wallet', null, 0), ownerMemberId: memberId })
      .onConflict((oc) => oc.columns(['ownerMemberId', 'assetId']).where('ownerMemberId', 'is not', null).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted) {
      this.ids.created(tx, key);
      return inserted.id;
    }
    // Another transaction made it meanwhile (PostgreSQL waited for it to commit).
    const made = await walletQuery.executeTakeFirst(tx, { memberId, assetId });
    if (!made) throw new AppError('unknown_member', 404);
    return made.id;
  }

  /**
   * An asset's account for a purpose: `issuance` and `escrow` exist from the asset's
   * creation; other labels (`fees`, `expiry` …) are system accounts made on first use.
   * @throws unknown_asset
   */
  async systemId(tx: Tx, assetId: string, label: string): Promise<string> {
    const key = `s:${assetId}:${label}`;
    const cached = this.ids.get(key);
    if (cached) return cached;
    const existing = await systemQuery.executeTakeFirst(tx, { assetId, label });
    if (existing) {
      this.ids.found(tx, key, existing.id);
      return existing.id;
    }
    if (label === 'issuance' || label === 'escrow') throw new AppError('unknown_asset', 404);
    await this.systemId(tx, assetId, 'issuance');
    const inserted = await tx
      .insertInto('account')
      .values(this.newAccount(assetId, 'system', label, 0))
      .onConflict((oc) =>
        oc.columns(['assetId', 'kind', 'label']).where('ownerMemberId', 'is', null).where('label', 'is not', null).doNothing(),
      )
      .returning('id')
      .executeTakeFirst();
    if (inserted) {
      this.ids.created(tx, key);
      return inserted.id;
    }
    const made = await systemQuery.executeTakeFirst(tx, { assetId, label });
    if (!made) throw new AppError('unknown_asset', 404);
    return made.id;
  }

  /**
   * Refuses an asset's issuance and escrow accounts where a plain movement names them: they
   * change only through mint and burn, and through holds, or the supply and the escrow
   * would no longer match what was minted and what is held. Also proves the asset exists.
   * @throws system_account (422), unknown_asset (404)
   */
  async assertMovable(tx: Tx, assetId: string, accountIds: string[]): Promise<void> {
    const issuance = await this.systemId(tx, assetId, 'issuance');
    const escrow = await this.systemId(tx, assetId, 'escrow');
    if (accountIds.some((id) => id === issuance || id === escrow)) throw refused('system_account');
  }

  /** The two accounts every asset is created with. */
  async createAssetAccounts(tx: Tx, assetId: string, supplyCap: number | null, maxAmount: number): Promise<void> {
    await tx
      .insertInto('account')
      .values([
        this.newAccount(assetId, 'issuance', 'issuance', -(supplyCap ?? maxAmount)),
        this.newAccount(assetId, 'escrow', 'escrow', 0),
      ])
      .execute();
    this.ids.created(tx, `s:${assetId}:issuance`);
    this.ids.created(tx, `s:${assetId}:escrow`);
  }

  /** Forgets a member's wallets (their erasure anonymised them). */
  forgetMember(memberId: string): void {
    this.ids.forget((key) => key.startsWith(`w:${memberId}:`));
  }

  private newAccount(assetId: string, kind: 'wallet' | SystemKind, label: string | null, minBalance: number) {
    return {
      id: this.idSource.next(),
      assetId,
      ownerMemberId: null,
      kind,
      label,
      balance: 0,
      minBalance,
      frozen: 0,
      version: 0,
      headHash: '',
      createdAt: this.clock.now(),
    };
  }
}
