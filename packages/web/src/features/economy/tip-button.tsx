import type { TipTarget } from '@hearth/contracts';
import { Coins } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/session';
import { useFormat } from '../../app/format/use-format';
import { ActionButton } from '../posts/item-actions';
import { Avatar, cn } from '../../ui';
import { useTipSummary } from './economy-queries';
import { TipDialog } from './tip-dialog';

export interface TipButtonProps {
  target: TipTarget;
  authorId: string;
  authorName: string;
  /** `action`: a labelled button in a post's or comment's action row; `tool`: an icon in a chat message's toolbar. */
  variant?: 'action' | 'tool';
  className?: string;
}

/** Tip (打賞) the author; hidden on one's own content, which cannot be tipped. */
export function TipButton({ target, authorId, authorName, variant = 'action', className }: TipButtonProps) {
  const { t } = useTranslation('economy');
  const me = useMe();
  const [open, setOpen] = useState(false);
  if (!me.data || me.data.id === authorId) return null;
  return (
    <>
      {variant === 'action' ? (
        <ActionButton icon={<Coins className="size-4" aria-hidden="true" />} onClick={() => setOpen(true)}>
          {t('tip.button')}
        </ActionButton>
      ) : (
        <button
          type="button"
          className={className}
          aria-label={t('tip.buttonFor', { name: authorName })}
          title={t('tip.button')}
          onClick={() => setOpen(true)}
        >
          <Coins className="size-4" aria-hidden="true" />
        </button>
      )}
      {open && <TipDialog open={open} onClose={() => setOpen(false)} target={target} authorName={authorName} />}
    </>
  );
}

/** What a post or comment was tipped, and (for threads) its top supporters. Nothing until someone tips. */
export function TipTotals({
  target,
  showSupporters = false,
  className,
}: {
  target: TipTarget;
  showSupporters?: boolean;
  className?: string;
}) {
  const { t } = useTranslation('economy');
  const format = useFormat();
  const summary = useTipSummary(target);
  const data = summary.data;
  if (!data || data.tipCount === 0) return null;
  return (
    <div className={cn('flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-text-muted', className)} data-testid="tip-totals">
      <span className="inline-flex items-center gap-1">
        <Coins className="size-4 text-warning" aria-hidden="true" />
        {data.totals.map((total) => t('tip.total', { amount: format.number(total.amount), asset: total.asset.name })).join(' · ')}
      </span>
      {showSupporters && data.topSupporters.length > 0 && (
        <span className="inline-flex items-center gap-1.5">
          <span>{t('tip.supporters')}</span>
          <ul className="flex -space-x-2" aria-label={t('tip.supporters')}>
            {data.topSupporters.map((s) => (
              <li key={s.member.id} title={t('tip.supporter', { name: s.member.displayName, amount: format.number(s.amount) })}>
                <Avatar name={s.member.displayName} src={s.member.avatarUrl} size="sm" className="ring-2 ring-surface" />
              </li>
            ))}
          </ul>
        </span>
      )}
    </div>
  );
}
