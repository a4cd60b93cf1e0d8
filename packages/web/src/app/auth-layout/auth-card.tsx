import type { ReactNode } from 'react';
import { Card } from '../../ui';
import { useDocumentTitle } from '../use-document-title';

export interface AuthCardProps {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  /** Links under the card ("New here? Create an account"). */
  footer?: ReactNode;
}

/** The card of sign-in-like pages: one h1, a line of context, the form, and where else to go. */
export function AuthCard({ title, description, children, footer }: AuthCardProps) {
  useDocumentTitle(title);
  return (
    <div className="flex flex-col gap-5">
      <Card as="section" padding="lg" className="flex flex-col gap-5">
        <header className="flex flex-col gap-1">
          <h1 className="text-2xl font-bold tracking-tight">{title}</h1>
          {description && <div className="text-text-muted">{description}</div>}
        </header>
        {children}
      </Card>
      {footer && <div className="flex flex-col items-center gap-2 text-center text-text-muted">{footer}</div>}
    </div>
  );
}

/** Text link style for the few links inside and under auth cards. */
export const authLinkClass = 'font-medium text-accent-text underline-offset-4 hover:underline';
