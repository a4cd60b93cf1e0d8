import type { Me } from '@hearth/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Avatar } from '../../ui';
import { paths } from '../routes';

/** The signed-in member's avatar and name, linking to their profile. */
export function MemberChip({ me }: { me: Me }) {
  const { t } = useTranslation();
  return (
    <Link href={paths.member(me.id)} className="flex min-h-12 min-w-0 items-center gap-3 rounded-lg px-2 py-1.5 hover:bg-surface-muted">
      <Avatar name={me.displayName} src={me.avatarUrl} size="md" isDecorative />
      <span className="flex min-w-0 flex-col leading-tight">
        <span className="truncate font-medium">{me.displayName}</span>
        <span className="truncate text-sm text-text-muted">{t(`roles.${me.role}`)}</span>
      </span>
    </Link>
  );
}
