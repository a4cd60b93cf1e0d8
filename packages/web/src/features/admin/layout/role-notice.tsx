import type { Role } from '@hearth/contracts';
import { ShieldAlert } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { buttonClass, EmptyState } from '../../../ui';
import { adminPaths } from '../admin-paths';
import { useDocumentTitle } from '../../../app/use-document-title';

/** In place of a section the member's role cannot use: who can, and the way back. */
export function RoleNotice({ needed }: { needed: Role }) {
  const { t } = useTranslation('admin');
  useDocumentTitle(t('roleNotice.title'));
  return (
    <EmptyState
      icon={<ShieldAlert className="size-6" />}
      titleAs="h1"
      title={t('roleNotice.title')}
      action={
        <Link href={adminPaths.home} className={buttonClass({ variant: 'secondary' })}>
          {t('nav.allSections')}
        </Link>
      }
    >
      {needed === 'owner' ? t('roleNotice.owner') : t('roleNotice.admin')}
    </EmptyState>
  );
}
