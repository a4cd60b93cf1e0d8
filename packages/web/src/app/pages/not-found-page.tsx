import { Compass } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { buttonClass, EmptyState } from '../../ui';
import { useDocumentTitle } from '../use-document-title';

export default function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <EmptyState
      icon={<Compass className="size-6" />}
      titleAs="h1"
      title={t('notFound.title')}
      action={
        <Link href="/" className={buttonClass()}>
          {t('notFound.home')}
        </Link>
      }
    >
      {t('notFound.body')}
    </EmptyState>
  );
}
