import type { TrustAbilities } from '@hearth/contracts';
import { Check, Minus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Badge, cn } from '../../ui';

/** The ability table as a list (no sideways scrolling on phones): each level and what it lets a member do. */
export function TrustAbilitiesList({ abilities, current }: { abilities: readonly TrustAbilities[]; current: number }) {
  const { t } = useTranslation('trust');
  return (
    <section aria-labelledby="trust-abilities" className="flex flex-col gap-2">
      <h3 id="trust-abilities" className="font-semibold">
        {t('abilities.title')}
      </h3>
      <ol className="flex flex-col gap-2">
        {abilities.map((a) => (
          <li
            key={a.level}
            aria-current={a.level === current ? 'true' : undefined}
            className={cn('rounded-xl border border-border p-3', a.level === current && 'border-accent-text/50 bg-accent-soft')}
          >
            <p className="flex flex-wrap items-center gap-2 font-medium">
              {t('badge', { level: a.level })} · {t(`names.${String(a.level) as '0'}`)}
              {a.level === current && <Badge tone="accent">{t('abilities.yours')}</Badge>}
            </p>
            <ul className="mt-1 flex flex-col gap-0.5 text-sm">
              {abilityLines(a).map(([key, isOn, count]) => (
                <li key={key} className={cn('flex items-start gap-1.5', !isOn && 'text-text-muted')}>
                  {isOn ? (
                    <Check className="mt-0.5 size-4 shrink-0 text-success" aria-hidden="true" />
                  ) : (
                    <Minus className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
                  )}
                  {t(`abilities.${key}`, { count })}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}

type Line = readonly [
  'links' | 'noLinks' | 'images' | 'noImages' | 'dmStrangers' | 'dmFriends' | 'perHour' | 'noCap' | 'trustedReporter' | 'established',
  boolean,
  number?,
];

function abilityLines(a: TrustAbilities): Line[] {
  const lines: Line[] = [];
  if (!a.links && !a.images) lines.push(['noLinks', false]);
  else {
    lines.push(a.links ? ['links', true] : ['noLinks', false]);
    lines.push(a.images ? ['images', true] : ['noImages', false]);
  }
  lines.push(a.dmStrangers ? ['dmStrangers', true] : ['dmFriends', false]);
  lines.push(a.postsPerHour === null ? ['noCap', true] : ['perHour', a.postsPerHour >= 60, a.postsPerHour]);
  if (a.trustedReporter) lines.push(['trustedReporter', true]);
  if (a.established) lines.push(['established', true]);
  return lines;
}
