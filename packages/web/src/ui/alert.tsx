import { CircleAlert, CircleCheck, Info } from 'lucide-react';
import type { ReactNode } from 'react';
import { cn } from './cn';

export type AlertTone = 'info' | 'success' | 'danger';

const tones: Record<AlertTone, { classes: string; Icon: typeof Info }> = {
  info: { classes: 'bg-accent-soft border-accent-text/30', Icon: Info },
  success: { classes: 'bg-success-soft border-success/30', Icon: CircleCheck },
  danger: { classes: 'bg-danger-soft border-danger/40', Icon: CircleAlert },
};

/** An inline message; errors are announced at once (role=alert), others politely. */
export function Alert({
  tone = 'info',
  title,
  children,
  className,
}: {
  tone?: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  className?: string;
}) {
  const { classes, Icon } = tones[tone];
  return (
    <div role={tone === 'danger' ? 'alert' : 'status'} className={cn('flex gap-3 rounded-xl border p-3 sm:p-4', classes, className)}>
      <Icon
        className={cn(
          'mt-0.5 size-5 shrink-0',
          tone === 'danger' ? 'text-danger' : tone === 'success' ? 'text-success' : 'text-accent-text',
        )}
        aria-hidden="true"
      />
      <div className="min-w-0 flex-1">
        {title && <p className="font-semibold">{title}</p>}
        {children && <div className={cn(title ? 'mt-0.5 text-text-muted' : '')}>{children}</div>}
      </div>
    </div>
  );
}
