import type { AssetView } from '@hearth/contracts';
import { Coins } from 'lucide-react';
import { Avatar, cn, colourOf } from '../../ui';

/** A chip as a round coin: the issuer's avatar on a ring coloured from the chip (UI.md "Chips look like chips"). */
export function ChipBadge({ asset, size = 'md' }: { asset: AssetView; size?: 'sm' | 'md' | 'lg' }) {
  const ring = size === 'lg' ? 'p-1' : 'p-0.5';
  if (asset.kind === 'points') {
    return (
      <span
        aria-hidden="true"
        className={cn(
          'inline-flex shrink-0 items-center justify-center rounded-full bg-warning-soft text-warning',
          size === 'sm' ? 'size-8' : size === 'md' ? 'size-10' : 'size-14',
        )}
      >
        <Coins className={size === 'lg' ? 'size-7' : 'size-5'} />
      </span>
    );
  }
  return (
    <span aria-hidden="true" className={cn('inline-flex shrink-0 rounded-full', ring)} style={{ backgroundColor: colourOf(asset.code) }}>
      <Avatar name={asset.issuer?.displayName ?? asset.name} src={asset.issuer?.avatarUrl ?? null} size={size} isDecorative />
    </span>
  );
}
