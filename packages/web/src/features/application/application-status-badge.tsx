import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '../../ui';

type ApplicationStatus = 'pending' | 'active' | 'declined';

const tones: Record<ApplicationStatus, BadgeTone> = { pending: 'warning', active: 'success', declined: 'danger' };

export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation('auth');
  return <Badge tone={tones[status]}>{t(`application.status.${status}`)}</Badge>;
}
