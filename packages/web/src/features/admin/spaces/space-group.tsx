import type { MySpace, SpaceSection, Tier } from '@hearth/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../app/use-error-text';
import { Alert, Card } from '../../../ui';
import { SectionHeader } from './section-header';
import { SpaceRow } from './space-row';
import { useSpaceMutations } from './use-space-mutations';

export interface SpaceGroupProps {
  /** null: the spaces outside any section. */
  section: SpaceSection | null;
  spaces: MySpace[];
  sections: readonly SpaceSection[];
  tiers: readonly Tier[];
  /** Where the section stands among the sections, for its move buttons. */
  sectionPosition: number;
  onMoveSection: (direction: -1 | 1) => void;
  isMovingSection: boolean;
}

/** A sidebar section (or the spaces outside any) as a card: its heading and actions, then its spaces in order. */
export function SpaceGroup({ section, spaces, sections, tiers, sectionPosition, onMoveSection, isMovingSection }: SpaceGroupProps) {
  const { t } = useTranslation('admin');
  const errorText = useErrorText();
  const headingId = useId();
  const { move } = useSpaceMutations();

  return (
    <Card as="section" aria-labelledby={headingId} className="flex min-w-0 flex-col gap-2">
      {section ? (
        <SectionHeader
          section={section}
          headingId={headingId}
          position={sectionPosition}
          count={sections.length}
          onMove={onMoveSection}
          isMoving={isMovingSection}
        />
      ) : (
        <header>
          <h2 id={headingId} className="text-lg font-semibold">
            {t('spaces.unsectioned')}
          </h2>
          <p className="text-sm text-text-muted">{t('spaces.unsectionedHint')}</p>
        </header>
      )}
      {move.isError && <Alert tone="danger">{errorText(move.error)}</Alert>}
      {spaces.length === 0 ? (
        <p className="text-sm text-text-muted">{t('spaces.sectionEmpty')}</p>
      ) : (
        <ol aria-label={t('spaces.listLabel', { name: section?.name ?? t('spaces.unsectioned') })} className="divide-y divide-border">
          {spaces.map((space, index) => (
            <li key={space.id}>
              <SpaceRow
                space={space}
                position={index}
                count={spaces.length}
                sections={sections}
                tiers={tiers}
                isMoving={move.isPending}
                onMove={(direction) => move.mutate({ group: spaces, index, direction })}
              />
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
