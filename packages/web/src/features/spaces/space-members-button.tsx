import { spaceRoutes, type MySpace } from '@hearth/contracts';
import { useQuery } from '@tanstack/react-query';
import { Users } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiQuery } from '../../api/api-query';
import { Avatar } from '../../ui';
import { SpaceMembersDialog } from './space-members-dialog';

const PREVIEW_SIZE = 5;

/** For staff on a private space: the newest members' faces and a button that opens the whole list. */
export function SpaceMembersButton({ space }: { space: MySpace }) {
  const { t, i18n } = useTranslation('spaces');
  const [isOpen, setOpen] = useState(false);
  const preview = useQuery(apiQuery(spaceRoutes.listSpaceMembers, { params: { id: space.id }, query: { limit: PREVIEW_SIZE } }));
  const faces = preview.data?.items ?? [];
  const hasMore = preview.data?.nextCursor != null;
  const names = new Intl.ListFormat(i18n.language, { type: 'conjunction' });

  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
        title={
          faces.length > 0
            ? t(hasMore ? 'members.previewMore' : 'members.preview', { names: names.format(faces.map((m) => m.displayName)) })
            : undefined
        }
        className="inline-flex min-h-9 items-center gap-2 rounded-lg border border-border-strong bg-surface px-2.5 text-sm font-medium transition-colors hover:bg-surface-muted"
      >
        {faces.length > 0 ? (
          <span className="flex -space-x-2" aria-hidden="true">
            {faces.map((member) => (
              <Avatar
                key={member.id}
                name={member.displayName}
                src={member.avatarUrl}
                size="sm"
                isDecorative
                className="size-6 ring-2 ring-surface"
              />
            ))}
          </span>
        ) : (
          <Users className="size-4" aria-hidden="true" />
        )}
        <span>{t('members.button')}</span>
      </button>
      {isOpen && <SpaceMembersDialog space={space} onClose={() => setOpen(false)} />}
    </>
  );
}
