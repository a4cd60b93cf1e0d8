import type { ReactionCount } from '@hearth/contracts';
import { SmilePlus } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format/use-format';
import { cn } from '../../ui';

/** The quick picker: common reactions, each with a name for screen readers. */
export const QUICK_EMOJI = [
  ['👍', 'thumbsUp'],
  ['❤️', 'heart'],
  ['😂', 'laugh'],
  ['🎉', 'party'],
  ['🙏', 'thanks'],
  ['👀', 'eyes'],
  ['🔥', 'fire'],
  ['💡', 'idea'],
] as const;

const names = new Map<string, (typeof QUICK_EMOJI)[number][1]>(QUICK_EMOJI.map(([emoji, name]) => [emoji, name]));

export interface ReactionsBarProps {
  reactions: readonly ReactionCount[];
  onToggle: (emoji: string) => void;
  /** What is being reacted to, for the group's name ("Reactions to 讀書會心得"). */
  label: string;
  isDisabled?: boolean;
}

/**
 * Reactions as toggle buttons (pressed = the caller's own), and a small picker of common
 * emoji. The picker opens below its button, closes on Esc (focus returns) or outside clicks.
 */
export function ReactionsBar({ reactions, onToggle, label, isDisabled = false }: ReactionsBarProps) {
  const { t } = useTranslation('spaces');
  const format = useFormat();
  const [isPickerOpen, setPickerOpen] = useState(false);
  const pickerId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!isPickerOpen) return;
    const onPointer = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setPickerOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    wrapper.current?.querySelector<HTMLButtonElement>(`#${CSS.escape(pickerId)} button`)?.focus();
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [isPickerOpen, pickerId]);

  const emojiName = (emoji: string) => {
    const name = names.get(emoji);
    return name ? t(`reactions.names.${name}`) : emoji;
  };
  const pick = (emoji: string) => {
    setPickerOpen(false);
    trigger.current?.focus();
    onToggle(emoji);
  };

  return (
    <div ref={wrapper} role="group" aria-label={label} className="relative flex flex-wrap items-center gap-1.5">
      {reactions.map((reaction) => (
        <button
          key={reaction.emoji}
          type="button"
          aria-pressed={reaction.mine}
          disabled={isDisabled}
          aria-label={t('reactions.count', { count: reaction.count, emoji: emojiName(reaction.emoji) })}
          title={reaction.mine ? t('reactions.takeBack') : t('reactions.add', { emoji: emojiName(reaction.emoji) })}
          onClick={() => onToggle(reaction.emoji)}
          className={cn(
            'num inline-flex min-h-9 items-center gap-1 rounded-full border px-2.5 text-sm transition-colors disabled:opacity-60',
            reaction.mine
              ? 'border-accent-text bg-accent-soft font-semibold text-accent-text'
              : 'border-border bg-surface hover:bg-surface-muted',
          )}
        >
          <span aria-hidden="true">{reaction.emoji}</span>
          <span aria-hidden="true">{format.number(reaction.count)}</span>
        </button>
      ))}
      <button
        ref={trigger}
        type="button"
        disabled={isDisabled}
        aria-expanded={isPickerOpen}
        aria-controls={pickerId}
        aria-label={t('reactions.open')}
        title={t('reactions.open')}
        onClick={() => setPickerOpen((open) => !open)}
        className="inline-flex size-9 items-center justify-center rounded-full border border-border text-text-muted hover:bg-surface-muted hover:text-text disabled:opacity-60"
      >
        <SmilePlus className="size-4" aria-hidden="true" />
      </button>
      <div
        id={pickerId}
        role="group"
        aria-label={t('reactions.picker')}
        hidden={!isPickerOpen}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            setPickerOpen(false);
            trigger.current?.focus();
          }
        }}
        className="absolute top-full left-0 z-20 mt-1 grid grid-cols-4 gap-1 rounded-xl border border-border-strong bg-surface p-1.5 shadow-lg"
      >
        {QUICK_EMOJI.map(([emoji, name]) => {
          const mine = reactions.some((reaction) => reaction.emoji === emoji && reaction.mine);
          return (
            <button
              key={emoji}
              type="button"
              aria-pressed={mine}
              aria-label={t(`reactions.names.${name}`)}
              title={t(`reactions.names.${name}`)}
              onClick={() => pick(emoji)}
              className={cn('flex size-11 items-center justify-center rounded-lg text-xl hover:bg-surface-muted', mine && 'bg-accent-soft')}
            >
              <span aria-hidden="true">{emoji}</span>
            </button>
          );
        })}
      </div>
    </div>
  );
}
