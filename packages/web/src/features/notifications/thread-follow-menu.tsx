import { notificationRoutes, type ThreadFollowLevel } from '@hearth/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Bell, BellOff, BellRing, Check, ChevronDown } from 'lucide-react';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiQuery } from '../../api/api-query';
import { call } from '../../api/client';
import { useErrorText } from '../../app/use-error-text';
import { cn, useToast } from '../../ui';

const LEVELS: readonly ThreadFollowLevel[] = ['following', 'normal', 'muted'];
const ICONS = { following: BellRing, normal: Bell, muted: BellOff } as const;

function followQuery(postId: string) {
  return apiQuery(notificationRoutes.getThreadFollow, { params: { id: postId } });
}

/**
 * Follow / Following / Muted for one thread, as a menu button whose choices explain
 * themselves. The choice shows at once and is rolled back with the reason if refused.
 */
export function ThreadFollowMenu({ postId }: { postId: string }) {
  const { t } = useTranslation('notifications');
  const queryClient = useQueryClient();
  const toast = useToast();
  const errorText = useErrorText();
  const follow = useQuery(followQuery(postId));
  const [isOpen, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const { queryKey } = followQuery(postId);

  const save = useMutation({
    mutationFn: (level: ThreadFollowLevel) => call(notificationRoutes.setThreadFollow, { params: { id: postId }, body: { level } }),
    onMutate: (level) => {
      const previous = queryClient.getQueryData(queryKey);
      queryClient.setQueryData(queryKey, { level });
      return { previous };
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(queryKey, saved);
      toast.show({ tone: 'success', title: t('follow.saved', { level: t(`follow.choices.${saved.level}`) }) });
    },
    onError: (error, _level, context) => {
      if (context?.previous) queryClient.setQueryData(queryKey, context.previous);
      toast.show({ tone: 'danger', title: errorText(error) });
    },
  });

  const items = () => Array.from(listRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitemradio"]') ?? []);
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };

  const level = follow.data?.level ?? 'normal';
  useEffect(() => {
    if (!isOpen) return;
    (items()[LEVELS.indexOf(level)] ?? items()[0])?.focus();
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!listRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
    // Only on opening: the focused choice should not jump when the level changes meanwhile.
  }, [isOpen]);

  const onKeyDown = (event: KeyboardEvent) => {
    const buttons = items();
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      buttons[(index + (event.key === 'ArrowDown' ? 1 : -1) + buttons.length) % buttons.length]?.focus();
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
  };

  const Icon = ICONS[level];
  return (
    <div className="relative">
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        title={t('follow.label')}
        aria-expanded={isOpen}
        aria-controls={isOpen ? menuId : undefined}
        disabled={follow.isPending}
        onClick={() => setOpen((open) => !open)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !isOpen) {
            event.preventDefault();
            setOpen(true);
          }
        }}
        className={cn(
          'inline-flex min-h-10 items-center gap-1.5 rounded-lg px-2 text-sm font-medium transition-colors hover:bg-surface-muted disabled:opacity-50',
          level === 'following' ? 'text-accent-text' : 'text-text-muted hover:text-text',
        )}
      >
        <Icon className="size-4" aria-hidden="true" />
        {t(`follow.levels.${level}`)}
        <ChevronDown className="size-3.5" aria-hidden="true" />
      </button>
      {isOpen && (
        <div
          ref={listRef}
          id={menuId}
          role="menu"
          aria-label={t('follow.label')}
          onKeyDown={onKeyDown}
          className="absolute left-0 z-40 mt-1 flex w-72 max-w-[calc(100vw-2rem)] flex-col rounded-xl border border-border bg-surface p-1 shadow-lg"
        >
          {LEVELS.map((choice) => {
            const ChoiceIcon = ICONS[choice];
            const isChosen = choice === level;
            return (
              <button
                key={choice}
                type="button"
                role="menuitemradio"
                aria-checked={isChosen}
                tabIndex={-1}
                onClick={() => {
                  close(true);
                  if (!isChosen) save.mutate(choice);
                }}
                className="flex min-h-11 items-start gap-3 rounded-lg px-3 py-2 text-left hover:bg-surface-muted focus:bg-surface-muted focus:outline-none"
              >
                <ChoiceIcon className="mt-0.5 size-4 shrink-0 text-text-muted" aria-hidden="true" />
                <span className="flex min-w-0 flex-1 flex-col">
                  <span className="font-medium">{t(`follow.choices.${choice}`)}</span>
                  <span className="text-sm text-text-muted">{t(`follow.hints.${choice}`)}</span>
                </span>
                {isChosen && <Check className="mt-0.5 size-4 shrink-0 text-accent-text" aria-hidden="true" />}
              </button>
            );
          })}
        </div>
      )}
    </div>
  );
}
