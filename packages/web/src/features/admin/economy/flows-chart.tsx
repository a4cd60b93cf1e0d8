import type { FlowBucket, FlowDay } from '@hearth/contracts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../app/format/use-format';

/** The chart's lines, each with a colour from the design tokens (legend and bars share them). */
export const FLOW_SERIES: readonly { bucket: Exclude<FlowBucket, 'other'>; className: string }[] = [
  { bucket: 'minted', className: 'fill-accent bg-accent' },
  { bucket: 'tipped', className: 'fill-success bg-success' },
  { bucket: 'transferred', className: 'fill-text-muted bg-text-muted' },
  { bucket: 'redeemed', className: 'fill-warning bg-warning' },
  { bucket: 'burned', className: 'fill-danger bg-danger' },
];

const HEIGHT = 160;

/**
 * Daily flows as stacked bars (one per day) in plain SVG, scaled to the busiest day; a
 * visually hidden table beside it gives screen readers the same numbers.
 */
export function FlowsChart({ days }: { days: readonly FlowDay[] }) {
  const { t } = useTranslation('oversight');
  const format = useFormat();
  const totals = days.map((d) => FLOW_SERIES.reduce((s, f) => s + d[f.bucket], 0));
  const max = Math.max(1, ...totals);
  const barWidth = 100 / Math.max(1, days.length);
  return (
    <figure className="flex flex-col gap-3">
      <svg viewBox={`0 0 100 ${HEIGHT}`} preserveAspectRatio="none" className="h-40 w-full" aria-hidden="true">
        {days.map((d, i) => {
          let y = HEIGHT;
          return (
            <g key={d.day}>
              {FLOW_SERIES.map((f) => {
                const h = (d[f.bucket] / max) * (HEIGHT - 4);
                y -= h;
                return h > 0 ? (
                  <rect key={f.bucket} x={i * barWidth + barWidth * 0.1} y={y} width={barWidth * 0.8} height={h} className={f.className} />
                ) : null;
              })}
            </g>
          );
        })}
      </svg>
      <div className="flex justify-between text-xs text-text-muted tabular-nums">
        <span>{days[0] ? format.date(`${days[0].day}T00:00:00Z`) : ''}</span>
        <span>{t('flows.peak', { amount: format.number(max) })}</span>
        <span>{days.at(-1) ? format.date(`${days.at(-1)!.day}T00:00:00Z`) : ''}</span>
      </div>
      <figcaption className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {FLOW_SERIES.map((f) => (
          <span key={f.bucket} className="inline-flex items-center gap-1.5">
            <span className={`inline-block size-3 rounded-sm ${f.className}`} aria-hidden="true" />
            {t(`flows.${f.bucket}`)}{' '}
            <span className="tabular-nums text-text-muted">{format.number(days.reduce((s, d) => s + d[f.bucket], 0))}</span>
          </span>
        ))}
      </figcaption>
      {/* sr-only on the wrapper, not the table: a table ignores width: 1px and, at its full width,
          would make a phone page scroll sideways. */}
      <div className="sr-only">
        <table>
          <caption>{t('flows.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('flows.day')}</th>
              {FLOW_SERIES.map((f) => (
                <th key={f.bucket} scope="col">
                  {t(`flows.${f.bucket}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {days
              .filter((_, i) => totals[i]! > 0)
              .map((d) => (
                <tr key={d.day}>
                  <th scope="row">{d.day}</th>
                  {FLOW_SERIES.map((f) => (
                    <td key={f.bucket}>{d[f.bucket]}</td>
                  ))}
                </tr>
              ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
