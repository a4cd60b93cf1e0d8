import { memberRoutes, type Invite } from '@hearth/contracts';
import { Download } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { buildPath } from '../../../api/client';
import { buttonClass, CopyButton, Dialog, useToast } from '../../../ui';

/** The invite link as a QR code for posters and slides: shown large, downloadable as SVG, with the link beside it. */
export function InviteQrDialog({ invite, onClose }: { invite: Invite | null; onClose: () => void }) {
  const { t } = useTranslation('admin');
  const toast = useToast();
  const label = invite?.source ?? invite?.code ?? '';
  const src = invite ? buildPath(memberRoutes.inviteQr.path, { id: invite.id }) : '';
  return (
    <Dialog
      open={invite !== null}
      onClose={onClose}
      title={t('invites.qr.title')}
      description={t('invites.qr.description', { source: label })}
    >
      {invite && (
        <div className="flex flex-col items-center gap-4">
          <img
            src={src}
            alt={t('invites.qr.alt', { source: label, url: invite.url })}
            width={256}
            height={256}
            className="size-64 rounded-xl border border-border bg-white p-2"
          />
          <p className="max-w-full font-mono text-sm break-all text-text-muted">{invite.url}</p>
          <div className="flex flex-wrap justify-center gap-2">
            <a href={src} download={`invite-${label}.svg`} className={buttonClass({ variant: 'primary', size: 'sm' })}>
              <Download className="size-4" aria-hidden="true" />
              {t('invites.qr.download')}
            </a>
            <CopyButton
              text={invite.url}
              label={t('invites.copyLink')}
              copiedLabel={t('invites.copied')}
              onError={() => toast.show({ tone: 'danger', title: t('invites.copyFailed') })}
            />
          </div>
        </div>
      )}
    </Dialog>
  );
}
