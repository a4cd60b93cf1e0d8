import { ShieldAlert } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { buttonClass, EmptyState } from '../../ui';
import { useDocumentTitle } from '../use-document-title';

export default function ForbiddenPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('forbidden.title'));
  return (
    <EmptyState
      icon={<ShieldAlert className="size-6" />}
      titleAs="h1"
      title={t('forbidden.title')}
      action={
        <Link href="/" className={buttonClass()}>
          {t('notFound.home')}
        </Link>
      }
    >
      {t('forbidden.body')}
    </EmptyState>
  );
}
