import type { ReportTargetKind } from '@hearth/contracts';
import { Flag } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/session';
import { ActionButton } from '../posts/item-actions';
import { ReportDialog } from './report-dialog';

export interface ReportButtonProps {
  targetKind: ReportTargetKind;
  targetId: string;
  authorId: string;
  /** `action`: a labelled button in an action row; `tool`: an icon in a chat message's toolbar. */
  variant?: 'action' | 'tool';
  className?: string;
}

/** Report to the moderators; hidden on one's own content, which cannot be reported. */
export function ReportButton({ targetKind, targetId, authorId, variant = 'action', className }: ReportButtonProps) {
  const { t } = useTranslation('common');
  const me = useMe();
  const [open, setOpen] = useState(false);
  if (!me.data || me.data.id === authorId) return null;
  return (
    <>
      {variant === 'action' ? (
        <ActionButton icon={<Flag className="size-4" aria-hidden="true" />} onClick={() => setOpen(true)}>
          {t('report.button')}
        </ActionButton>
      ) : (
        <button
          type="button"
          className={className}
          aria-label={t('report.button')}
          title={t('report.button')}
          onClick={() => setOpen(true)}
        >
          <Flag className="size-4" aria-hidden="true" />
        </button>
      )}
      {open && <ReportDialog open={open} onClose={() => setOpen(false)} targetKind={targetKind} targetId={targetId} />}
    </>
  );
}
