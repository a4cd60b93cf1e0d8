import type { ReactNode } from 'react';
import { useDocumentTitle } from '../../../app/use-document-title';
import { PageHeader } from '../../../ui';

export interface AdminPageProps {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}

/** A console page: its title (also in the browser tab), a line on what it is for, and the content. */
export function AdminPage({ title, description, actions, children }: AdminPageProps) {
  useDocumentTitle(title);
  return (
    <div className="flex flex-col gap-5">
      <PageHeader title={title} description={description} actions={actions} />
      {children}
    </div>
  );
}
