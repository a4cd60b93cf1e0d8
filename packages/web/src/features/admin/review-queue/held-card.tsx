import type { FilterReason, HeldItem, HeldMatch } from '@hearth/contracts';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useErrorText } from '../../../app/use-error-text';
import { Alert, Badge, Button, Checkbox, cn } from '../../../ui';
import { PenaltyActionButton } from '../../penalties/penalty-action-dialog';
import { TrustLevelBadge } from '../../trust/trust-level-badge';
import { highlightSegments } from '../word-filter/highlight-segments';
import { RemovalForm } from './removal-form';
import { useDecideHeld } from './review-queue-queries';
import { SignalsList } from './signals-list';

export interface HeldCardProps {
  item: HeldItem;
  /** The author's trust level, once loaded. */
  trustLevel: number | undefined;
  isCurrent: boolean;
  isSelected: boolean;
  onSelect: (selected: boolean) => void;
  isRemoving: boolean;
  onRemoving: (removing: boolean) => void;
  onFocusWithin: () => void;
}

/** One held thread or reply: the text with its review words marked, why it was held, and the decisions. */
export const HeldCard = forwardRef<HTMLElement, HeldCardProps>(function HeldCard(
  { item, trustLevel, isCurrent, isSelected, onSelect, isRemoving, onRemoving, onFocusWithin },
  ref,
) {
  const { t } = useTranslation('admin');
  const errorText = useErrorText();
  const decide = useDecideHeld();
  const link = item.subjectKind === 'post' ? `/posts/${item.postId}` : `/posts/${item.postId}#comment-${item.subjectId}`;
  const words = [...new Set(item.matches.map((m) => m.word))];
  const titleId = `held-${item.id}`;
  const heading = item.title ?? t('reviewQueue.reply');
  return (
    <article
      ref={ref}
      tabIndex={-1}
      aria-labelledby={titleId}
      aria-current={isCurrent ? 'true' : undefined}
      onFocus={onFocusWithin}
      data-testid="held-item"
      className={cn(
        'flex min-w-0 flex-col gap-3 rounded-2xl border bg-surface p-4 shadow-card outline-none sm:p-5',
        isCurrent ? 'border-accent-text ring-2 ring-accent-text/30' : 'border-border',
      )}
    >
      <header className="flex items-start gap-3">
        <Checkbox
          label={<span className="sr-only">{t('reviewQueue.select', { title: heading })}</span>}
          checked={isSelected}
          onChange={(event) => onSelect(event.target.checked)}
          aria-keyshortcuts={isCurrent ? 'x' : undefined}
        />
        <div className="min-w-0 flex-1 pt-2">
          <h3 id={titleId} className="text-lg font-semibold break-words">
            {heading}
          </h3>
          <p className="text-sm text-text-muted">
            {t('reviewQueue.byline', { name: item.author.displayName, time: new Date(item.createdAt).toLocaleString() })}
          </p>
        </div>
      </header>
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <Badge>{t(`reviewQueue.kind.${item.subjectKind}`)}</Badge>
        {trustLevel !== undefined && <TrustLevelBadge level={trustLevel} />}
        {words.map((word) => (
          <Badge key={word} tone="warning">
            {word}
          </Badge>
        ))}
        <Link href={link} className="underline">
          {t('reviewQueue.open')}
        </Link>
      </p>
      {item.title !== null && <Highlighted text={item.title} matches={item.matches.filter((m) => m.field === 'title')} />}
      <Highlighted text={item.body} matches={item.matches.filter((m) => m.field === 'body')} />
      <SignalsList signals={item.signals} />
      {decide.error && <Alert tone="danger">{errorText(decide.error)}</Alert>}
      {isRemoving ? (
        <RemovalForm
          submitLabel={t('reviewQueue.confirmRemove')}
          isPending={decide.isPending}
          onSubmit={(reason) => decide.mutate({ id: item.id, action: 'remove', reason })}
          onCancel={() => onRemoving(false)}
        />
      ) : (
        <div className="flex flex-wrap gap-2">
          <Button
            isLoading={decide.isPending}
            onClick={() => decide.mutate({ id: item.id, action: 'approve' })}
            aria-keyshortcuts={isCurrent ? 'a' : undefined}
          >
            {t('reviewQueue.approve')}
          </Button>
          <Button variant="secondary" onClick={() => onRemoving(true)} aria-keyshortcuts={isCurrent ? 'r' : undefined}>
            {t('reviewQueue.remove')}
          </Button>
          {/* Removes the item with a penalty for its author (restored if an appeal overturns it). */}
          <PenaltyActionButton memberId={item.author.id} memberName={item.author.displayName} holdId={item.id} />
        </div>
      )}
    </article>
  );
});

/** The stored text with each review word marked where it was found. */
function Highlighted({ text, matches }: { text: string; matches: HeldMatch[] }) {
  const { t } = useTranslation('admin');
  const segments = highlightSegments(text, matches as FilterReason[]);
  return (
    <p className="rounded-xl border border-border bg-surface-muted p-3 break-words whitespace-pre-wrap">
      {segments.map((segment, index) =>
        segment.action ? (
          <mark key={index} className="rounded bg-warning-soft px-0.5 text-warning ring-1 ring-warning/40">
            {segment.text}
            <span className="sr-only"> ({t('reviewQueue.matched', { words: segment.reasons.map((r) => r.word).join(', ') })})</span>
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </p>
  );
}
