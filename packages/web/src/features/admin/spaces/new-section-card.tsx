import { useTranslation } from 'react-i18next';
import { Card, useToast } from '../../../ui';
import { SectionNameForm } from './section-name-form';
import { useSectionMutations } from './use-section-mutations';

/** The form for a new sidebar section, which starts at the end of the list. */
export function NewSectionCard({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('admin');
  const toast = useToast();
  const { create } = useSectionMutations();
  return (
    <Card as="section" aria-labelledby="new-section-title" className="flex flex-col gap-3">
      <h2 id="new-section-title" className="text-lg font-semibold">
        {t('spaces.sections.newTitle')}
      </h2>
      <p className="-mt-2 text-sm text-text-muted">{t('spaces.sections.newHint')}</p>
      <SectionNameForm
        initial=""
        submitLabel={t('spaces.sections.create')}
        isPending={create.isPending}
        error={create.error}
        onCancel={onDone}
        onSubmit={(name) =>
          create.mutate(name, {
            onSuccess: ({ section }) => {
              onDone();
              toast.show({ tone: 'success', title: t('spaces.sections.created', { name: section.name }) });
            },
          })
        }
      />
    </Card>
  );
}
