import type { SpaceSection, Tier } from '@hearth/contracts';
import { useTranslation } from 'react-i18next';
import { Card, useToast } from '../../../ui';
import { SpaceForm } from './space-form';
import { newSpaceValues } from './space-values';
import { useSpaceMutations } from './use-space-mutations';

export interface NewSpaceCardProps {
  sections: readonly SpaceSection[];
  tiers: readonly Tier[];
  onDone: () => void;
}

/** The form for a new space, in a card of its own above the list. */
export function NewSpaceCard({ sections, tiers, onDone }: NewSpaceCardProps) {
  const { t } = useTranslation('admin');
  const toast = useToast();
  const { create } = useSpaceMutations();
  return (
    <Card as="section" aria-labelledby="new-space-title" className="flex flex-col gap-4">
      <h2 id="new-space-title" className="text-lg font-semibold">
        {t('spaces.newSpaceTitle')}
      </h2>
      <SpaceForm
        initial={newSpaceValues(tiers)}
        isExisting={false}
        sections={sections}
        tiers={tiers}
        submitLabel={t('spaces.form.create')}
        isPending={create.isPending}
        error={create.error}
        onCancel={onDone}
        onSubmit={(values) =>
          create.mutate(values, {
            onSuccess: ({ space }) => {
              onDone();
              toast.show({ tone: 'success', title: t('spaces.created', { name: space.name }) });
            },
          })
        }
      />
    </Card>
  );
}
