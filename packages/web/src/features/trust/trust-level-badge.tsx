import { ShieldCheck } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '../../ui';

const TONES: readonly BadgeTone[] = ['warning', 'neutral', 'accent', 'success', 'success'];

/** "Trust level 2 · Member": a member's trust level at a glance (level 0 stands out for moderators). */
export function TrustLevelBadge({ level }: { level: number }) {
  const { t } = useTranslation('trust');
  return (
    <Badge tone={TONES[level] ?? 'neutral'}>
      <ShieldCheck className="size-3.5" aria-hidden="true" />
      {t('badge', { level })} · {t(`names.${String(level) as '0'}`)}
    </Badge>
  );
}
