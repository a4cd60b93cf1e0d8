import { Ticket } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Alert, Skeleton } from '../../ui';
import type { InvitePreviewQuery } from './use-invite-preview';

/**
 * What the invite says before registering. If the preview cannot be read (an older server
 * without previews, a network hiccup) the page still works: the server checks the code on register.
 */
export function InviteBanner({ code, preview }: { code: string; preview: InvitePreviewQuery }) {
  const { t } = useTranslation('auth');
  if (preview.isPending) return <Skeleton className="h-16 w-full" />;
  if (preview.data && !preview.data.valid) {
    return (
      <Alert tone="danger" title={t('invite.invalidTitle')}>
        {t('invite.invalidBody')}
      </Alert>
    );
  }
  if (preview.data) {
    return (
      <div role="status" className="flex items-center gap-3 rounded-xl border border-accent-text/30 bg-accent-soft p-3 sm:p-4">
        <Ticket className="size-6 shrink-0 text-accent-text" aria-hidden="true" />
        <p>
          {preview.data.invitedBy
            ? t('invite.invitedBy', { name: preview.data.invitedBy, community: preview.data.community.name })
            : t('invite.invited', { community: preview.data.community.name })}
        </p>
      </div>
    );
  }
  return (
    <div className="flex items-center gap-3 rounded-xl border border-border bg-surface-muted p-3 text-text-muted sm:p-4">
      <Ticket className="size-5 shrink-0" aria-hidden="true" />
      <p>{t('invite.withCode', { code })}</p>
    </div>
  );
}
