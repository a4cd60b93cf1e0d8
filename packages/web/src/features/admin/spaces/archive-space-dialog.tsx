import type { MySpace } from '@hearth/contracts';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../ui';

export interface ArchiveSpaceDialogProps {
  space: MySpace;
  open: boolean;
  isPending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before archiving: the content stays in the database, but nobody sees the space any more. */
export function ArchiveSpaceDialog({ space, open, isPending, onConfirm, onCancel }: ArchiveSpaceDialogProps) {
  const { t } = useTranslation('admin');
  return (
    <ConfirmDialog
      open={open}
      title={t('spaces.archiveTitle', { name: space.name })}
      confirmLabel={t('spaces.archiveConfirm')}
      cancelLabel={t('actions.cancel')}
      isPending={isPending}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p>{t('spaces.archiveBody')}</p>
      <p className="text-sm text-text-muted">{t('spaces.archiveNote')}</p>
    </ConfirmDialog>
  );
}
