import { useState } from 'react';
import { cn } from './cn';

const sizes = {
  sm: 'size-8 text-xs',
  md: 'size-10 text-sm',
  lg: 'size-14 text-lg',
  xl: 'size-20 text-2xl',
  '2xl': 'size-24 text-3xl',
} as const;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;

/** One CJK character, or up to two Latin initials. */
export function initialsOf(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) return '?';
  const first = Array.from(trimmed)[0] ?? '?';
  if (CJK.test(first)) return first;
  const words = trimmed.split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0]!, words[words.length - 1]!].map((word) => Array.from(word)[0]) : [first];
  return letters.join('').toUpperCase();
}

/** A hue from the name, so a person keeps their colour everywhere; dark enough for white text. */
export function colourOf(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return `oklch(0.5 0.13 ${hash % 360})`;
}

export interface AvatarProps {
  name: string;
  src?: string | null;
  size?: keyof typeof sizes;
  /** True when the name is printed beside the avatar, so it would only be read twice. */
  isDecorative?: boolean;
  className?: string;
}

export function Avatar({ name, src, size = 'md', isDecorative = false, className }: AvatarProps) {
  const [hasFailed, setFailed] = useState(false);
  const classes = cn(
    'inline-flex shrink-0 items-center justify-center overflow-hidden rounded-full font-semibold select-none',
    sizes[size],
    className,
  );
  if (src && !hasFailed) {
    return (
      <img
        src={src}
        alt={isDecorative ? '' : name}
        className={cn(classes, 'object-cover')}
        loading="lazy"
        onError={() => setFailed(true)}
      />
    );
  }
  return (
    <span
      className={cn(classes, 'text-white')}
      style={{ backgroundColor: colourOf(name) }}
      {...(isDecorative ? { 'aria-hidden': true } : { role: 'img', 'aria-label': name })}
    >
      {initialsOf(name)}
    </span>
  );
}
