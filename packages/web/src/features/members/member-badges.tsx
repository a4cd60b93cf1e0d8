import type { MemberSummary } from '@hearth/contracts';
import { Award, ShieldCheck } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../ui';

/** The member's tier, and their role when they are staff (members carry no role badge). */
export function MemberBadges({ member }: { member: Pick<MemberSummary, 'role' | 'tier'> }) {
  const { t } = useTranslation(['members', 'common']);
  return (
    <span className="flex flex-wrap items-center gap-1.5">
      {member.role !== 'member' && (
        <Badge tone="accent">
          <ShieldCheck className="size-3.5" aria-hidden="true" />
          <span className="sr-only">{t('badges.role')} </span>
          {t(`common:roles.${member.role}`)}
        </Badge>
      )}
      <Badge>
        <Award className="size-3.5" aria-hidden="true" />
        <span className="sr-only">{t('badges.tier')} </span>
        {member.tier.name}
      </Badge>
    </span>
  );
}
