import type { HTMLAttributes } from 'react';
import { cn } from './cn';

const tones = {
  default: 'border-border bg-surface',
  accent: 'border-accent-text/25 bg-accent-soft',
} as const;

const paddings = {
  md: 'p-4 sm:p-5',
  lg: 'p-5 sm:p-7',
} as const;

export interface CardProps extends HTMLAttributes<HTMLElement> {
  as?: 'div' | 'section' | 'article' | 'li';
  tone?: keyof typeof tones;
  padding?: keyof typeof paddings;
}

/**
 * A quiet surface with a border. Colour and padding are props (not classes) so they never
 * fight the defaults; `className` is for layout (flex, gap, grid placement).
 */
export function Card({ className, as: Tag = 'div', tone = 'default', padding = 'md', ...rest }: CardProps) {
  return <Tag className={cn('rounded-2xl border shadow-card', tones[tone], paddings[padding], className)} {...rest} />;
}
