import type { MemberStatus } from '@hearth/contracts';
import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '../../../ui';

const tones: Record<MemberStatus, BadgeTone> = {
  pending: 'warning',
  active: 'success',
  declined: 'neutral',
  muted: 'neutral',
  banned: 'danger',
};

export function MemberStatusBadge({ status }: { status: MemberStatus }) {
  const { t } = useTranslation('admin');
  return <Badge tone={tones[status]}>{t(`status.${status}`)}</Badge>;
}
