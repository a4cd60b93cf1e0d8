import type { MySpace } from '@hearth/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, Select } from '../../ui';
import { hasThreads, useSpaces } from '../spaces/spaces-queries';

/** Picks another space (one that holds threads) to move a thread to. */
export function MoveDialog({
  open,
  currentSpaceId,
  isPending,
  onMove,
  onClose,
}: {
  open: boolean;
  currentSpaceId: string;
  isPending: boolean;
  onMove: (space: MySpace) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('spaces');
  const spaces = useSpaces();
  const targets = (spaces.data?.spaces ?? []).filter((space) => space.id !== currentSpaceId && hasThreads(space));
  const [chosen, setChosen] = useState('');
  const target = targets.find((space) => space.id === chosen) ?? targets[0];
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('moderation.moveTitle')}
      description={t('moderation.moveDescription')}
      footer={
        <>
          <Button variant="secondary" onClick={onClose} disabled={isPending}>
            {t('actions.cancel')}
          </Button>
          <Button onClick={() => target && onMove(target)} isLoading={isPending} disabled={!target}>
            {t('moderation.move')}
          </Button>
        </>
      }
    >
      {targets.length === 0 ? (
        <p className="text-text-muted">{t('moderation.noTargets')}</p>
      ) : (
        <Select
          label={t('moderation.moveTo')}
          value={target?.id ?? ''}
          onChange={(event) => setChosen(event.target.value)}
          options={targets.map((space) => ({ value: space.id, label: space.icon ? `${space.icon} ${space.name}` : space.name }))}
        />
      )}
    </Dialog>
  );
}
