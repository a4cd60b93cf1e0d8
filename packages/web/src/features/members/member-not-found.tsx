import { UserX } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { paths } from '../../app/routes';
import { useDocumentTitle } from '../../app/use-document-title';
import { buttonClass, EmptyState } from '../../ui';

/** A profile that does not exist (or is not visible): say so and lead back to the directory. */
export function MemberNotFound() {
  const { t } = useTranslation('members');
  useDocumentTitle(t('notFound.title'));
  return (
    <EmptyState
      icon={<UserX className="size-6" />}
      titleAs="h1"
      title={t('notFound.title')}
      action={
        <Link href={paths.members} className={buttonClass()}>
          {t('notFound.action')}
        </Link>
      }
    >
      {t('notFound.body')}
    </EmptyState>
  );
}
