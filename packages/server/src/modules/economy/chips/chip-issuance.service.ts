import {
  RESERVED_CHIP_CODES,
  type AssetView,
  type ChipEligibility,
  type ChipIssueBody,
  type ChipIssueResult,
  type ChipRequest,
  type ChipSettings,
} from '@hearth/contracts';
import { ROLE_RANK } from '@hearth/contracts';
import { withTransaction, type Tx } from '../../../db/database.js';
import { conflict, invalid, notFound, refused, type AppError } from '../../../platform/errors/app-error.js';
import type { Actor } from '../../../platform/http/actor.js';
import type { Asset } from '../../ledger/index.js';
import { toAssetViews } from '../asset-views.js';
import type { EconomyDeps } from '../economy.deps.js';
import { toChipRequests } from './chip-views.js';
import { ChipRequestDecided } from './chips.events.js';
import {
  chipRequestPage,
  decideChipRequest,
  findChipRequest,
  insertChipAction,
  insertChipRequest,
  latestRequestOf,
  pendingRequestWithCode,
  readChipSettings,
  writeChipSettings,
} from './chips.repository.js';

type Blocked = NonNullable<ChipEligibility['blockedBy']>;

const isStaff = (actor: Actor) => ROLE_RANK[actor.role] >= ROLE_RANK.admin;

/** Issuing chips: who may (the owner's criteria), members' requests and admins' decisions, and brand chips. */
export class ChipIssuanceService {
  constructor(private readonly deps: EconomyDeps) {}

  settings(): Promise<ChipSettings> {
    return readChipSettings(this.deps.platform.db);
  }

  async updateSettings(patch: Partial<ChipSettings>): Promise<ChipSettings> {
    await writeChipSettings(this.deps.platform.db, patch, this.deps.platform.clock.now());
    return this.settings();
  }

  /** Whether the caller may issue a personal chip now, and their chip or latest request. */
  async eligibility(actor: Actor): Promise<ChipEligibility> {
    const db = this.deps.platform.db;
    const [settings, chip, latest] = await Promise.all([
      this.settings(),
      this.deps.ledger.stats.chipOf(db, actor.memberId),
      latestRequestOf(db, actor.memberId),
    ]);
    const blockedBy = this.blockedBy(actor, settings, chip !== undefined, latest?.status === 'pending');
    return {
      mode: settings.issuanceMode,
      minTierRank: settings.minTierRank,
      blockedBy,
      canIssue: blockedBy === null,
      chip: chip ? await this.view(chip) : null,
      request: latest ? (await toChipRequests(this.deps, [latest]))[0]! : null,
    };
  }

  /**
   * Issues the caller's personal chip, or files the request when the owner wants approval
   * (admins and owners issue at once). Refused: issuance off (chip_issuance_off), below the
   * tier (chip_tier_too_low), not an active member (chip_not_active), already issuing
   * (chip_exists) or asking (chip_request_pending); a reserved code (chip_code_reserved);
   * a code in use (asset_code_taken); a daily limit above the cap (invalid_input).
   */
  async issue(actor: Actor, body: ChipIssueBody): Promise<ChipIssueResult> {
    const { platform } = this.deps;
    this.assertDefinition(body);
    const settings = await this.settings();
    // Views are built after the transaction: they read names through the main connection.
    const made = await withTransaction(platform.db, async (tx) => {
      const hasChip = (await this.deps.ledger.stats.chipOf(tx, actor.memberId)) !== undefined;
      const pending = (await latestRequestOf(tx, actor.memberId))?.status === 'pending';
      const blocked = this.blockedBy(actor, settings, hasChip, pending);
      if (blocked) throw blockedError(blocked, settings);
      await this.assertCodeFree(tx, body.code);
      if (settings.issuanceMode === 'approval' && !isStaff(actor)) {
        const row = {
          id: platform.ids.next(),
          memberId: actor.memberId,
          code: body.code,
          name: body.name,
          icon: body.icon ?? null,
          description: body.description?.trim() ?? '',
          supplyCap: body.supplyCap,
          dailyMintLimit: body.dailyMintLimit,
          status: 'pending' as const,
          decisionReason: null,
          decidedBy: null,
          decidedAt: null,
          assetId: null,
          createdAt: platform.clock.now(),
        };
        await insertChipRequest(tx, row);
        return { request: row, asset: null };
      }
      return { request: null, asset: await this.create(tx, actor.memberId, actor.memberId, body) };
    });
    if (made.request) return { asset: null, request: (await toChipRequests(this.deps, [made.request]))[0]! };
    return { asset: await this.view(made.asset!), request: null };
  }

  /** A brand chip: the community is its issuer (admins mint and give it). @throws as issue, for the code */
  async issueBrand(actor: Actor, body: ChipIssueBody): Promise<{ asset: AssetView }> {
    this.assertDefinition(body);
    const asset = await withTransaction(this.deps.platform.db, async (tx) => {
      await this.assertCodeFree(tx, body.code);
      return this.create(tx, null, actor.memberId, body);
    });
    return { asset: await this.view(asset) };
  }

  async listRequests(query: { status: ChipRequest['status']; limit: number; cursor?: string | undefined }) {
    const after = query.cursor ? decodeCursor(query.cursor) : null;
    const rows = await chipRequestPage(this.deps.platform.db, query.status, query.limit + 1, after);
    const page = rows.slice(0, query.limit);
    const last = page[page.length - 1];
    return {
      items: await toChipRequests(this.deps, page),
      nextCursor: rows.length > query.limit && last ? Buffer.from(`${last.createdAt}:${last.id}`).toString('base64url') : null,
    };
  }

  /**
   * Approves a pending request: the chip is issued as asked, the member told. Refused when
   * already decided (chip_request_decided), or when meanwhile the code was taken or the
   * member got a chip (asset_code_taken, chip_exists); the request then stays pending.
   * @throws not_found
   */
  async approve(actor: Actor, requestId: string, note?: string): Promise<ChipRequest> {
    const { platform } = this.deps;
    await withTransaction(platform.db, async (tx) => {
      const row = await findChipRequest(tx, requestId);
      if (!row) throw notFound();
      if (row.status !== 'pending') throw conflict('chip_request_decided');
      if (!row.memberId || !(await this.deps.members.findById(tx, row.memberId))) throw refused('chip_request_member_gone');
      const asset = await this.create(tx, row.memberId, actor.memberId, {
        code: row.code,
        name: row.name,
        icon: row.icon,
        description: row.description,
        supplyCap: Number(row.supplyCap),
        dailyMintLimit: Number(row.dailyMintLimit),
      });
      const now = platform.clock.now();
      if (
        !(await decideChipRequest(tx, row.id, {
          status: 'approved',
          reason: note?.trim() || null,
          by: actor.memberId,
          at: now,
          assetId: asset.id,
        }))
      ) {
        throw conflict('chip_request_decided');
      }
      await this.tell(tx, row.id, row.memberId, actor.memberId, 'approved', asset.code, asset.name, note?.trim() || null, now);
    });
    return this.requestView(requestId);
  }

  /** Declines a pending request with a reason the member is told. @throws not_found, chip_request_decided */
  async decline(actor: Actor, requestId: string, reason: string): Promise<ChipRequest> {
    const { platform } = this.deps;
    await withTransaction(platform.db, async (tx) => {
      const row = await findChipRequest(tx, requestId);
      if (!row) throw notFound();
      const now = platform.clock.now();
      if (!(await decideChipRequest(tx, row.id, { status: 'declined', reason, by: actor.memberId, at: now, assetId: null }))) {
        throw conflict('chip_request_decided');
      }
      if (row.memberId) await this.tell(tx, row.id, row.memberId, actor.memberId, 'declined', row.code, row.name, reason, now);
    });
    return this.requestView(requestId);
  }

  private async requestView(requestId: string): Promise<ChipRequest> {
    return (await toChipRequests(this.deps, [(await findChipRequest(this.deps.platform.db, requestId))!]))[0]!;
  }

  private blockedBy(actor: Actor, settings: ChipSettings, hasChip: boolean, hasPending: boolean): Blocked | null {
    if (hasChip) return 'has_chip';
    if (hasPending) return 'request_pending';
    if (isStaff(actor)) return null;
    if (actor.status !== 'active') return 'not_active';
    if (settings.issuanceMode === 'off') return 'issuance_off';
    if (actor.tierRank < settings.minTierRank) return 'tier_too_low';
    return null;
  }

  private assertDefinition(body: ChipIssueBody): void {
    if (RESERVED_CHIP_CODES.includes(body.code)) throw refused('chip_code_reserved', { code: body.code });
    if (body.dailyMintLimit > body.supplyCap) throw invalid('dailyMintLimit', 'mint_limit_above_cap');
  }

  private async assertCodeFree(tx: Tx, code: string): Promise<void> {
    if ((await this.deps.ledger.stats.assetByCode(tx, code)) || (await pendingRequestWithCode(tx, code))) {
      throw conflict('asset_code_taken');
    }
  }

  private async create(
    tx: Tx,
    issuerId: string | null,
    actorId: string,
    body: Omit<ChipIssueBody, 'icon'> & { icon?: string | null | undefined },
  ) {
    const asset = await this.deps.ledger.createAsset(tx, {
      code: body.code,
      name: body.name,
      kind: 'chip',
      issuerMemberId: issuerId,
      icon: body.icon ?? null,
      description: body.description ?? '',
      supplyCap: body.supplyCap,
      dailyMintLimit: body.dailyMintLimit,
    });
    const { platform } = this.deps;
    await insertChipAction(tx, {
      id: platform.ids.next(),
      assetId: asset.id,
      action: 'issued',
      actorId,
      reason: '',
      createdAt: platform.clock.now(),
    });
    return asset;
  }

  private async view(asset: Asset): Promise<AssetView> {
    return (await toAssetViews(this.deps, [asset])).get(asset.id)!;
  }

  private async tell(
    tx: Tx,
    requestId: string,
    memberId: string,
    deciderId: string,
    decision: 'approved' | 'declined',
    code: string,
    chipName: string,
    reason: string | null,
    at: number,
  ): Promise<void> {
    await this.deps.platform.events.emit(tx, ChipRequestDecided, { requestId, memberId, deciderId, decision, code, chipName, reason, at });
  }
}

function blockedError(blocked: Blocked, settings: ChipSettings): AppError {
  switch (blocked) {
    case 'has_chip':
      return conflict('chip_exists');
    case 'request_pending':
      return conflict('chip_request_pending');
    case 'not_active':
      return refused('chip_not_active');
    case 'issuance_off':
      return refused('chip_issuance_off');
    case 'tier_too_low':
      return refused('chip_tier_too_low', { rank: settings.minTierRank });
  }
}

function decodeCursor(cursor: string): { createdAt: number; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split(':');
  const createdAt = Number(at);
  if (!id || !Number.isSafeInteger(createdAt)) throw invalid('query.cursor', 'invalid_format');
  return { createdAt, id };
}
