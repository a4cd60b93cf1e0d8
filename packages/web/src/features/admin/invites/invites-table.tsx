import type { Invite } from '@hearth/contracts';
import { Ban, QrCode } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../app/format/use-format';
import { Badge, Button, CopyButton, DataTable, useToast, type BadgeTone, type DataColumn } from '../../../ui';
import { inviteStatus, type InviteStatus } from './invite-status';
import { useTimeOfDay } from './use-time-of-day';

const statusTones: Record<InviteStatus, BadgeTone> = { active: 'success', revoked: 'danger', expired: 'neutral', usedUp: 'warning' };

export interface InvitesTableProps {
  invites: readonly Invite[];
  layout: 'table' | 'cards';
  onShowQr: (invite: Invite) => void;
  onRevoke: (invite: Invite) => void;
}

/** Invite links with their source, uses, expiry and status; copy, QR code and revoke for each. */
export function InvitesTable({ invites, layout, onShowQr, onRevoke }: InvitesTableProps) {
  const { t } = useTranslation('admin');
  const format = useFormat();
  const toast = useToast();
  const timeOf = useTimeOfDay();
  const columns: DataColumn<Invite>[] = [
    {
      id: 'source',
      header: t('invites.columns.source'),
      isPrimary: true,
      // Takes the room the other columns leave; long links are cut rather than widening the table.
      className: 'w-full min-w-[14rem]',
      cell: (invite) => (
        <div className="flex min-w-0 items-center gap-2">
          <div className="flex min-w-0 flex-1 flex-col md:w-0">
            <span className="truncate font-mono font-medium">{invite.source ?? t('invites.noSource')}</span>
            <span className="truncate text-sm text-text-muted">{invite.url}</span>
          </div>
          {invite.revokedAt === null && (
            <CopyButton
              text={invite.url}
              label={t('invites.copyLink')}
              copiedLabel={t('invites.copied')}
              onError={() => toast.show({ tone: 'danger', title: t('invites.copyFailed') })}
              isCompact={layout === 'table'}
            />
          )}
        </div>
      ),
    },
    {
      id: 'uses',
      header: t('invites.columns.uses'),
      cell: (invite) => (
        <span className="num whitespace-nowrap">
          {invite.maxUses === null
            ? t('invites.usesUnlimited', { uses: format.number(invite.uses) })
            : t('invites.usesOf', { uses: format.number(invite.uses), max: format.number(invite.maxUses) })}
        </span>
      ),
    },
    {
      id: 'expires',
      header: t('invites.columns.expires'),
      cell: (invite) =>
        invite.expiresAt ? (
          <time dateTime={invite.expiresAt} className="num flex flex-col whitespace-nowrap">
            <span>{format.date(invite.expiresAt)}</span>
            <span className="text-sm text-text-muted">{timeOf(invite.expiresAt)}</span>
          </time>
        ) : (
          <span className="text-text-muted">{t('invites.never')}</span>
        ),
    },
    {
      id: 'status',
      header: t('invites.columns.status'),
      cell: (invite) => {
        const status = inviteStatus(invite);
        return <Badge tone={statusTones[status]}>{t(`invites.status.${status}`)}</Badge>;
      },
    },
    {
      id: 'actions',
      header: t('invites.columns.actions'),
      isHeaderHidden: true,
      className: 'text-right',
      cell: (invite) => {
        const isRevoked = invite.revokedAt !== null;
        const label = invite.source ?? invite.code;
        return (
          <div className="flex flex-wrap gap-2 md:flex-nowrap md:justify-end">
            <Button
              variant="secondary"
              size="sm"
              onClick={() => onShowQr(invite)}
              icon={<QrCode className="size-4" aria-hidden="true" />}
              aria-label={t('invites.showQrFor', { source: label })}
            >
              {t('invites.showQr')}
            </Button>
            {!isRevoked && (
              <Button
                variant="danger"
                size="sm"
                onClick={() => onRevoke(invite)}
                icon={<Ban className="size-4" aria-hidden="true" />}
                aria-label={t('invites.revokeFor', { source: label })}
              >
                {t('invites.revoke')}
              </Button>
            )}
          </div>
        );
      },
    },
  ];
  return <DataTable caption={t('invites.tableCaption')} columns={columns} rows={invites} rowKey={(invite) => invite.id} layout={layout} />;
}
