import type { Tx } from '../../db/database.js';
import { DAY_MS } from '../../platform/clock.js';
import { conflict, invalid, refused } from '../../platform/errors/app-error.js';
import type { LedgerCore } from './ledger.core.js';
import { assertAmount } from './ledger.errors.js';
import { findAssetByCode, findChipOf, toAsset } from './ledger.repository.js';
import { MAX_AMOUNT, type Asset, type NewAssetInput } from './ledger.types.js';

const ASSET_CODE = /^[A-Z0-9_]{2,16}$/;

/**
 * Inserts an asset with its issuance account (floor −cap, or −(2^53 − 1) uncapped) and its
 * escrow account. The unique indexes back the checks when two transactions race.
 * @throws invalid_input (code: invalid_asset_code; name; supplyCap, dailyMintLimit: invalid_amount), asset_code_taken, chip_exists
 */
export async function insertAsset(tx: Tx, core: LedgerCore, input: NewAssetInput): Promise<Asset> {
  const code = input.code.trim().toUpperCase();
  if (!ASSET_CODE.test(code)) throw invalid('code', 'invalid_asset_code');
  const name = input.name.trim();
  if (name.length === 0 || name.length > 50) throw invalid('name', 'invalid_format');
  if (input.supplyCap != null && input.supplyCap !== 0) assertAmount(input.supplyCap, 'supplyCap');
  if (input.dailyMintLimit != null) assertAmount(input.dailyMintLimit, 'dailyMintLimit');
  const issuerMemberId = input.kind === 'points' ? null : (input.issuerMemberId ?? null);
  if (await findAssetByCode(tx, code)) throw conflict('asset_code_taken');
  if (issuerMemberId && (await findChipOf(tx, issuerMemberId))) throw conflict('chip_exists');
  const now = core.platform.clock.now();
  const row = {
    id: core.platform.ids.next(),
    code,
    kind: input.kind,
    issuerMemberId,
    name,
    icon: input.icon ?? null,
    description: input.description?.trim() ?? '',
    supplyCap: input.supplyCap ?? null,
    dailyMintLimit: input.dailyMintLimit ?? null,
    mintDay: 0,
    mintedToday: 0,
    frozen: 0,
    createdAt: now,
    updatedAt: now,
  };
  await tx.insertInto('asset').values(row).execute();
  await core.accounts.createAssetAccounts(tx, row.id, row.supplyCap, MAX_AMOUNT);
  return toAsset(row);
}

/**
 * Counts a mint against the asset's limit for the current UTC day in one conditional
 * UPDATE, which also takes the asset row before any account (the lock order setSupplyCap
 * follows too). The count rolls back with a refused mint.
 * @throws daily_mint_limit_reached (422)
 */
export async function countMint(tx: Tx, assetId: string, amount: number, now: number): Promise<void> {
  const day = Math.floor(now / DAY_MS);
  const updated = await tx
    .updateTable('asset')
    .set((eb) => ({
      mintedToday: eb(eb.case().when('mintDay', '=', day).then(eb.ref('mintedToday')).else(0).end(), '+', amount),
      mintDay: day,
    }))
    .where('id', '=', assetId)
    .where((eb) =>
      eb(eb(eb.case().when('mintDay', '=', day).then(eb.ref('mintedToday')).else(0).end(), '+', amount), '<=', eb.ref('dailyMintLimit')),
    )
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) throw refused('daily_mint_limit_reached');
}
