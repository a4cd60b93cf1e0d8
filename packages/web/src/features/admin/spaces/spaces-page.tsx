import { memberRoutes } from '@hearth/contracts';
import { useQuery } from '@tanstack/react-query';
import { FolderPlus, LayoutGrid, Plus } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiQuery } from '../../../api/api-query';
import { useErrorText } from '../../../app/use-error-text';
import { Alert, Button, EmptyState, SkeletonText } from '../../../ui';
import { groupSpaces, spacesQuery } from '../../spaces/spaces-queries';
import { AdminPage } from '../shared/admin-page';
import { QueryError } from '../shared/query-error';
import { NewSectionCard } from './new-section-card';
import { NewSpaceCard } from './new-space-card';
import { SpaceGroup } from './space-group';
import { useSectionMutations } from './use-section-mutations';

type Adding = 'space' | 'section' | null;

/** The community's spaces grouped by sidebar section, in the members' order; admins create, edit, reorder and archive them. */
export default function SpacesPage() {
  const { t } = useTranslation('admin');
  const errorText = useErrorText();
  const list = useQuery(spacesQuery);
  const tiersQuery = useQuery(apiQuery(memberRoutes.tiers));
  const { move: moveSection } = useSectionMutations();
  const [adding, setAdding] = useState<Adding>(null);
  const tiers = [...(tiersQuery.data?.items ?? [])].sort((a, b) => a.rank - b.rank);
  const sections = [...(list.data?.sections ?? [])].sort((a, b) => a.position - b.position);
  const groups = list.data ? groupSpaces(list.data, { keepEmpty: true }) : [];
  const isReady = list.data !== undefined && tiersQuery.data !== undefined;
  const failed = list.isError ? list : tiersQuery.isError ? tiersQuery : null;

  return (
    <AdminPage
      title={t('sections.spaces.title')}
      description={t('spaces.description')}
      actions={
        isReady && (
          <>
            <Button size="sm" onClick={() => setAdding('space')} icon={<Plus className="size-4" aria-hidden="true" />}>
              {t('spaces.newSpace')}
            </Button>
            <Button
              variant="secondary"
              size="sm"
              onClick={() => setAdding('section')}
              icon={<FolderPlus className="size-4" aria-hidden="true" />}
            >
              {t('spaces.newSection')}
            </Button>
          </>
        )
      }
    >
      {!isReady && !failed && <SkeletonText lines={6} />}
      {failed && <QueryError error={failed.error} onRetry={() => void failed.refetch()} />}
      {moveSection.isError && <Alert tone="danger">{errorText(moveSection.error)}</Alert>}
      {isReady && (
        <div className="flex max-w-4xl min-w-0 flex-col gap-4">
          {adding === 'space' && <NewSpaceCard sections={sections} tiers={tiers} onDone={() => setAdding(null)} />}
          {adding === 'section' && <NewSectionCard onDone={() => setAdding(null)} />}
          {list.data.spaces.length === 0 && adding !== 'space' && (
            <EmptyState
              icon={<LayoutGrid className="size-6" />}
              title={t('spaces.empty.title')}
              titleAs="h2"
              action={
                <Button onClick={() => setAdding('space')} icon={<Plus className="size-4" aria-hidden="true" />}>
                  {t('spaces.empty.action')}
                </Button>
              }
            >
              {t('spaces.empty.body')}
            </EmptyState>
          )}
          {groups.map((group) => {
            const position = group.section ? sections.findIndex((section) => section.id === group.section?.id) : -1;
            return (
              <SpaceGroup
                key={group.section?.id ?? 'unsectioned'}
                section={group.section}
                spaces={group.spaces}
                sections={sections}
                tiers={tiers}
                sectionPosition={position}
                isMovingSection={moveSection.isPending}
                onMoveSection={(direction) => moveSection.mutate({ sections, index: position, direction })}
              />
            );
          })}
        </div>
      )}
    </AdminPage>
  );
}
