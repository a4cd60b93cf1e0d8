import type { SpamSignal } from '@hearth/contracts';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../ui';

/** The spam signals that held an item, each with its score, and their sum. */
export function SignalsList({ signals }: { signals: SpamSignal[] }) {
  const { t } = useTranslation('admin');
  if (signals.length === 0) return null;
  const total = signals.reduce((sum, s) => sum + s.score, 0);
  return (
    <div className="flex flex-col gap-1" data-testid="spam-signals">
      <p className="text-sm font-medium">{t('spam.signals.title', { score: total })}</p>
      <ul aria-label={t('spam.signals.title', { score: total })} className="flex flex-wrap gap-2">
        {signals.map((signal, index) => (
          <li key={`${signal.kind}-${index}`}>
            <Badge tone="warning">
              {t(`spam.signals.kind.${signal.kind}`)} +{signal.score}
              {signal.detail && <span className="font-normal"> · {signal.detail}</span>}
            </Badge>
          </li>
        ))}
      </ul>
    </div>
  );
}
