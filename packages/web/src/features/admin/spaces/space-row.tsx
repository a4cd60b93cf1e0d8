import type { MySpace, SpaceSection, Tier } from '@hearth/contracts';
import { Archive, ArrowDown, ArrowUp, Pencil, Users } from 'lucide-react';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../app/use-error-text';
import { Alert, Badge, IconButton, useToast } from '../../../ui';
import { SpaceIcon } from '../../spaces/space-icon';
import { SpaceMembersDialog } from '../../spaces/space-members-dialog';
import { ArchiveSpaceDialog } from './archive-space-dialog';
import { SpaceForm } from './space-form';
import { spaceValues } from './space-values';
import { useAccessSummary } from './use-access-summary';
import { useSpaceMutations } from './use-space-mutations';

export interface SpaceRowProps {
  space: MySpace;
  position: number;
  count: number;
  sections: readonly SpaceSection[];
  tiers: readonly Tier[];
  onMove: (direction: -1 | 1) => void;
  isMoving: boolean;
}

/** One space: icon, name, kind and access; edit in place, move within its section, archive. */
export function SpaceRow({ space, position, count, sections, tiers, onMove, isMoving }: SpaceRowProps) {
  const { t } = useTranslation('admin');
  const toast = useToast();
  const errorText = useErrorText();
  const accessSummary = useAccessSummary(tiers);
  const { update, archive } = useSpaceMutations();
  const [isEditing, setEditing] = useState(false);
  const [isConfirming, setConfirming] = useState(false);
  const [isShowingMembers, setShowingMembers] = useState(false);

  if (isEditing) {
    return (
      <div className="flex flex-col gap-4 py-4">
        <h3 className="flex items-center gap-2 font-semibold">
          <SpaceIcon icon={space.icon} kind={space.kind} />
          {t('spaces.editTitle', { name: space.name })}
        </h3>
        <SpaceForm
          initial={spaceValues(space, tiers)}
          isExisting
          sections={sections}
          tiers={tiers}
          submitLabel={t('actions.save')}
          isPending={update.isPending}
          error={update.error}
          onCancel={() => setEditing(false)}
          onSubmit={(values) =>
            update.mutate(
              { space, values },
              {
                onSuccess: ({ space: saved }) => {
                  setEditing(false);
                  toast.show({ tone: 'success', title: t('spaces.saved', { name: saved.name }) });
                },
              },
            )
          }
        />
      </div>
    );
  }

  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-2 py-3">
      <SpaceIcon icon={space.icon} kind={space.kind} size="md" />
      <div className="flex min-w-0 flex-1 basis-48 flex-col gap-1">
        <h3 className="font-semibold break-words">{space.name}</h3>
        <p className="flex flex-wrap gap-1.5">
          <Badge>{t(`spaces.kinds.${space.kind}.label`)}</Badge>
          {accessSummary(space.access).map((phrase) => (
            <Badge key={phrase.id} tone={phrase.isLimited ? 'accent' : 'neutral'}>
              {phrase.text}
            </Badge>
          ))}
        </p>
        {space.description && <p className="line-clamp-2 text-sm text-text-muted">{space.description}</p>}
      </div>
      <div className="ml-auto flex items-center">
        <IconButton
          label={t('spaces.moveUp', { name: space.name })}
          icon={<ArrowUp className="size-4" aria-hidden="true" />}
          disabled={position === 0 || isMoving}
          onClick={() => onMove(-1)}
        />
        <IconButton
          label={t('spaces.moveDown', { name: space.name })}
          icon={<ArrowDown className="size-4" aria-hidden="true" />}
          disabled={position === count - 1 || isMoving}
          onClick={() => onMove(1)}
        />
        <IconButton
          label={t('spaces.members', { name: space.name })}
          icon={<Users className="size-4" aria-hidden="true" />}
          aria-haspopup="dialog"
          onClick={() => setShowingMembers(true)}
        />
        <IconButton
          label={t('spaces.edit', { name: space.name })}
          icon={<Pencil className="size-4" aria-hidden="true" />}
          onClick={() => setEditing(true)}
        />
        <IconButton
          label={t('spaces.archive', { name: space.name })}
          icon={<Archive className="size-4" aria-hidden="true" />}
          tone="danger"
          onClick={() => setConfirming(true)}
        />
      </div>
      {archive.isError && (
        <Alert tone="danger" className="basis-full">
          {errorText(archive.error)}
        </Alert>
      )}
      {isShowingMembers && (
        // The dialog speaks the spaces namespace, which the console loads only when it first opens.
        <Suspense fallback={null}>
          <SpaceMembersDialog space={space} onClose={() => setShowingMembers(false)} />
        </Suspense>
      )}
      <ArchiveSpaceDialog
        space={space}
        open={isConfirming}
        isPending={archive.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          archive.mutate(space, {
            onSettled: () => setConfirming(false),
            onSuccess: () => toast.show({ tone: 'success', title: t('spaces.archived', { name: space.name }) }),
          })
        }
      />
    </div>
  );
}
