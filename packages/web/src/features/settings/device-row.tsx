import type { Session } from '@hearth/contracts';
import { LogOut, Monitor, Smartphone, Tablet } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format/use-format';
import { Badge, Button } from '../../ui';
import { describeDevice } from './describe-device';

const icons = { phone: Smartphone, tablet: Tablet, computer: Monitor } as const;

interface DeviceRowProps {
  session: Session;
  onRevoke: () => void;
  isRevoking: boolean;
}

/** One signed-in device: what it is, when it was last used, and a way to sign it out (not this one). */
export function DeviceRow({ session, onRevoke, isRevoking }: DeviceRowProps) {
  const { t } = useTranslation('settings');
  const format = useFormat();
  const device = describeDevice(session.userAgent);
  const Icon = icons[device.kind];
  const name =
    device.browser && device.os
      ? t('devices.browserOn', { browser: device.browser, os: device.os })
      : (device.browser ?? device.os ?? t('devices.unknown'));
  return (
    <li className="flex flex-wrap items-center gap-3 py-3">
      <span className="flex size-10 shrink-0 items-center justify-center rounded-full bg-surface-muted text-text-muted" aria-hidden="true">
        <Icon className="size-5" />
      </span>
      <div className="flex min-w-0 flex-1 flex-col">
        <span className="flex flex-wrap items-center gap-2 font-medium">
          {name}
          {session.current && <Badge tone="success">{t('devices.thisDevice')}</Badge>}
        </span>
        <span className="text-sm text-text-muted">
          {t('devices.lastActive', { when: format.relative(session.lastSeenAt) })} ·{' '}
          {t('devices.signedIn', { date: format.date(session.createdAt) })}
        </span>
      </div>
      {!session.current && (
        <Button
          variant="secondary"
          size="sm"
          onClick={onRevoke}
          isLoading={isRevoking}
          aria-label={t('devices.revokeNamed', { device: name })}
          icon={<LogOut className="size-4" aria-hidden="true" />}
          className="ml-auto"
        >
          {t('devices.revoke')}
        </Button>
      )}
    </li>
  );
}
