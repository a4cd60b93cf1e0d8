import type { RoomStatus } from '../../api/realtime';
import { useTranslation } from 'react-i18next';
import { Spinner } from '../../ui';

/** A quiet line while the live feed reconnects, or a clear one when access to it was withdrawn. */
export function ConnectionBanner({ status, hasBeenLive }: { status: RoomStatus; hasBeenLive: boolean }) {
  const { t } = useTranslation('chat');
  if (status === 'revoked') {
    return (
      <p role="alert" className="rounded-lg border border-danger/40 bg-danger-soft px-3 py-2 text-sm">
        {t('status.revoked')}
      </p>
    );
  }
  if (status === 'live' || !hasBeenLive) return null;
  return (
    <p role="status" className="flex items-center gap-2 rounded-lg bg-surface-muted px-3 py-1.5 text-sm text-text-muted">
      <Spinner className="size-4" />
      {t('status.reconnecting')}
    </p>
  );
}
