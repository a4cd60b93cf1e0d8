import type { MySpace } from '@hearth/contracts';
import { BellOff, Crown, Lock } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format/use-format';
import { cn } from '../../ui';
import { accessKind } from './space-access';

/** Lock (private), crown (a tier and above) and bell-off (muted) marks, each with words for screen readers and a tooltip. */
export function SpaceHints({ space, tierNames, className }: { space: MySpace; tierNames: Map<number, string>; className?: string }) {
  const { t } = useTranslation();
  const access = accessKind(space);
  const tier = space.access.minTierRank === null ? '' : (tierNames.get(space.access.minTierRank) ?? '');
  const marks = [
    access === 'private' && { id: 'private', Icon: Lock, label: t('spacesNav.private') },
    access === 'tier' && { id: 'tier', Icon: Crown, label: tier ? t('spacesNav.tier', { tier }) : t('spacesNav.tierOnly') },
    space.muted && { id: 'muted', Icon: BellOff, label: t('spacesNav.muted') },
  ].filter((mark) => mark !== false);
  if (marks.length === 0) return null;
  return (
    <span className={cn('inline-flex shrink-0 items-center gap-1 text-text-muted', className)}>
      {marks.map(({ id, Icon, label }) => (
        <span key={id} title={label} className="inline-flex">
          <Icon className="size-3.5" aria-hidden="true" />
          <span className="sr-only">{label}</span>
        </span>
      ))}
    </span>
  );
}

/** The number of new threads and replies, as a round count; nothing when there are none. */
export function UnreadBadge({ count, className }: { count: number; className?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (count <= 0) return null;
  return (
    <span className={cn('num shrink-0 rounded-full bg-accent px-1.5 py-px text-xs leading-5 font-semibold text-accent-fg', className)}>
      <span aria-hidden="true">{count > 99 ? '99+' : format.number(count)}</span>
      <span className="sr-only">{t('spacesNav.unread', { count })}</span>
    </span>
  );
}
