import { ROLE_RANK, type TransparencyPage, type TransparencySettings, type WalletVerification } from '@hearth/contracts';
import { withTransaction } from '../../db/database.js';
import { AppError } from '../../platform/errors/app-error.js';
import { toIso } from '../../platform/clock.js';
import type { Actor } from '../../platform/http/actor.js';
import type { OversightConsoleService } from './oversight.console.service.js';
import type { OversightDeps } from './oversight.deps.js';

/**
 * Transparency (the owner's choice, off by default): members see supply and circulation per
 * asset and recompute their own wallets' hash chains. Owners and admins always may.
 */
export class OversightTransparencyService {
  constructor(
    private readonly deps: OversightDeps,
    private readonly console: OversightConsoleService,
  ) {}

  async settings(): Promise<TransparencySettings> {
    const row = await this.deps.platform.db
      .selectFrom('oversightSettings')
      .select('membersMayVerify')
      .where('id', '=', 1)
      .executeTakeFirstOrThrow();
    return { membersMayVerify: Number(row.membersMayVerify) === 1 };
  }

  /** Turns members' transparency on or off (owner; audited). */
  async update(actor: Actor, patch: TransparencySettings): Promise<TransparencySettings> {
    const { platform } = this.deps;
    const before = await this.settings();
    await withTransaction(platform.db, async (tx) => {
      await tx
        .updateTable('oversightSettings')
        .set({ membersMayVerify: patch.membersMayVerify ? 1 : 0, updatedAt: platform.clock.now() })
        .where('id', '=', 1)
        .execute();
      await platform.audit.record(tx, {
        actorId: actor.memberId,
        action: 'economy.transparency',
        targetKind: 'community',
        targetId: null,
        before: { ...before },
        after: { ...patch },
      });
    });
    return this.settings();
  }

  /** Supply and circulation per asset. @throws transparency_off (403) for members while the owner keeps it closed */
  async page(actor: Actor): Promise<TransparencyPage> {
    await this.assertOpen(actor);
    const { assets } = await this.console.overview();
    return {
      assets: assets.map(({ assetId, code, name, kind, supply, supplyCap, holders, circulation }) => ({
        assetId,
        code,
        name,
        kind,
        supply,
        supplyCap,
        holders,
        circulation,
      })),
    };
  }

  /** Recomputes each of the caller's wallets from its transfers. @throws transparency_off (403) */
  async verifyWallet(actor: Actor): Promise<WalletVerification> {
    await this.assertOpen(actor);
    const { ledger, platform } = this.deps;
    const wallets = await ledger.walletsOf(platform.db, actor.memberId);
    const checks = [];
    for (const { account, asset } of wallets) {
      const check = await ledger.console.verifyChain(platform.db, account.id);
      if (!check) continue;
      checks.push({
        assetId: asset.id,
        code: asset.code,
        name: asset.name,
        transfers: check.transfers,
        balance: check.balance,
        recomputedHead: check.recomputedHead,
        storedHead: check.storedHead,
        match: check.match,
      });
    }
    return { wallets: checks, ok: checks.every((c) => c.match), checkedAt: toIso(platform.clock.now()) };
  }

  private async assertOpen(actor: Actor): Promise<void> {
    if (ROLE_RANK[actor.role] >= ROLE_RANK.admin) return;
    if (!(await this.settings()).membersMayVerify) throw new AppError('transparency_off', 403);
  }
}
