import type { AssetView } from '@hearth/contracts';
import type { Asset } from '../ledger/index.js';
import type { EconomyDeps } from './economy.deps.js';

/** Assets as members see them, each personal chip with its issuer's name and avatar. */
export async function toAssetViews(deps: EconomyDeps, assets: readonly Asset[]): Promise<Map<string, AssetView>> {
  const issuerIds = assets.map((a) => a.issuerMemberId).filter((id): id is string => id !== null);
  const refs = await deps.members.refs(issuerIds);
  return new Map(
    assets.map((asset) => [
      asset.id,
      {
        id: asset.id,
        code: asset.code,
        name: asset.name,
        kind: asset.kind,
        icon: asset.icon,
        issuerId: asset.issuerMemberId,
        issuer: asset.issuerMemberId ? (refs.get(asset.issuerMemberId) ?? null) : null,
      },
    ]),
  );
}
