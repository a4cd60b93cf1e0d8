import type { AssetView } from '@hearth/contracts';
import { cn, colourOf } from '../../../ui';
import { ChipBadge } from '../chip-badge';

const SIZES = { sm: 'size-8 text-base', md: 'size-10 text-xl', lg: 'size-16 text-3xl' } as const;

/** A chip's coin: its icon (an emoji) on a ring coloured from its code, or the issuer's avatar coin when it has none. */
export function ChipCoin({ asset, size = 'md' }: { asset: AssetView; size?: 'sm' | 'md' | 'lg' }) {
  if (asset.kind !== 'chip' || !asset.icon) return <ChipBadge asset={asset} size={size} />;
  return (
    <span
      aria-hidden="true"
      className={cn('inline-flex shrink-0 items-center justify-center rounded-full border-4 bg-surface', SIZES[size])}
      style={{ borderColor: colourOf(asset.code) }}
    >
      {asset.icon}
    </span>
  );
}
