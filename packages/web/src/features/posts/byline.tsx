import type { AuthorRef } from '@hearth/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useFormat } from '../../app/format/use-format';
import { paths } from '../../app/routes';
import { Avatar } from '../../ui';

/** Who wrote it and when, with an "edited" marker that opens the earlier versions. */
export function Byline({
  author,
  createdAt,
  editedAt,
  onShowHistory,
  size = 'md',
}: {
  author: AuthorRef;
  createdAt: string;
  editedAt: string | null;
  onShowHistory: () => void;
  size?: 'sm' | 'md';
}) {
  const { t } = useTranslation('spaces');
  const format = useFormat();
  return (
    <div className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-0.5 text-sm text-text-muted">
      <Link href={paths.member(author.id)} className="flex min-w-0 items-center gap-2 rounded-lg font-medium text-text hover:underline">
        <Avatar name={author.displayName} src={author.avatarUrl} size={size === 'sm' ? 'sm' : 'md'} isDecorative />
        <span className="truncate">{author.displayName}</span>
      </Link>
      <time dateTime={createdAt} title={format.dateTime(createdAt)}>
        {format.relative(createdAt)}
      </time>
      {editedAt && (
        <button
          type="button"
          onClick={onShowHistory}
          title={t('edit.editedAt', { when: format.dateTime(editedAt) })}
          className="min-h-8 rounded-md px-1 text-text-muted underline decoration-dotted underline-offset-4 hover:text-text"
        >
          {t('edit.edited')}
        </button>
      )}
    </div>
  );
}
