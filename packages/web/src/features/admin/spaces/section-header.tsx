import type { SpaceSection } from '@hearth/contracts';
import { ArrowDown, ArrowUp, Pencil, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../app/use-error-text';
import { Alert, ConfirmDialog, IconButton, useToast } from '../../../ui';
import { SectionNameForm } from './section-name-form';
import { useSectionMutations } from './use-section-mutations';

export interface SectionHeaderProps {
  section: SpaceSection;
  headingId: string;
  position: number;
  count: number;
  onMove: (direction: -1 | 1) => void;
  isMoving: boolean;
}

/** A section's name with rename, move up / down and delete (its spaces stay, outside any section). */
export function SectionHeader({ section, headingId, position, count, onMove, isMoving }: SectionHeaderProps) {
  const { t } = useTranslation('admin');
  const toast = useToast();
  const errorText = useErrorText();
  const { rename, remove } = useSectionMutations();
  const [isRenaming, setRenaming] = useState(false);
  const [isConfirming, setConfirming] = useState(false);

  return (
    <header className="flex flex-col gap-2">
      {isRenaming ? (
        <>
          <h2 id={headingId} className="sr-only">
            {section.name}
          </h2>
          <SectionNameForm
            initial={section.name}
            submitLabel={t('actions.save')}
            isPending={rename.isPending}
            error={rename.error}
            onCancel={() => setRenaming(false)}
            onSubmit={(name) =>
              rename.mutate(
                { id: section.id, name },
                {
                  onSuccess: ({ section: saved }) => {
                    setRenaming(false);
                    toast.show({ tone: 'success', title: t('spaces.sections.renamed', { name: saved.name }) });
                  },
                },
              )
            }
          />
        </>
      ) : (
        <div className="flex flex-wrap items-center gap-2">
          <h2 id={headingId} className="min-w-0 flex-1 text-lg font-semibold break-words">
            {section.name}
          </h2>
          <div className="flex items-center">
            <IconButton
              label={t('spaces.sections.moveUp', { name: section.name })}
              icon={<ArrowUp className="size-4" aria-hidden="true" />}
              disabled={position === 0 || isMoving}
              onClick={() => onMove(-1)}
            />
            <IconButton
              label={t('spaces.sections.moveDown', { name: section.name })}
              icon={<ArrowDown className="size-4" aria-hidden="true" />}
              disabled={position === count - 1 || isMoving}
              onClick={() => onMove(1)}
            />
            <IconButton
              label={t('spaces.sections.rename', { name: section.name })}
              icon={<Pencil className="size-4" aria-hidden="true" />}
              onClick={() => setRenaming(true)}
            />
            <IconButton
              label={t('spaces.sections.delete', { name: section.name })}
              icon={<Trash2 className="size-4" aria-hidden="true" />}
              tone="danger"
              onClick={() => setConfirming(true)}
            />
          </div>
        </div>
      )}
      {remove.isError && <Alert tone="danger">{errorText(remove.error)}</Alert>}
      <ConfirmDialog
        open={isConfirming}
        title={t('spaces.sections.deleteTitle', { name: section.name })}
        confirmLabel={t('spaces.sections.deleteConfirm')}
        cancelLabel={t('actions.cancel')}
        isPending={remove.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          remove.mutate(section, {
            onSettled: () => setConfirming(false),
            onSuccess: () => toast.show({ tone: 'success', title: t('spaces.sections.deleted', { name: section.name }) }),
          })
        }
      >
        <p>{t('spaces.sections.deleteBody')}</p>
      </ConfirmDialog>
    </header>
  );
}
