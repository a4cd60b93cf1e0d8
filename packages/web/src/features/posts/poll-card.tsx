import { postRoutes, type Poll, type Post } from '@hearth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { BarChart3, Check } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useFormat } from '../../app/format/use-format';
import { useErrorText } from '../../app/use-error-text';
import { Button, cn, useToast } from '../../ui';
import { storePost, threadKey } from './post-cache';

/**
 * A thread's poll: pick one or more options and vote, change or take back the vote while it
 * is open; counts (a bar per option) once the reader may see them. After each vote the
 * thread is fetched again, so others' votes since the page opened show too.
 */
export function PollCard({ post, poll }: { post: Post; poll: Poll }) {
  const { t } = useTranslation('spaces');
  const format = useFormat();
  const toast = useToast();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const headingId = useId();
  const [isChanging, setChanging] = useState(false);
  const [picked, setPicked] = useState<string[]>(poll.myChoices);
  const hasVoted = poll.myChoices.length > 0;
  const isPicking = poll.canVote && (!hasVoted || isChanging);
  const total = poll.options.reduce((sum, option) => sum + (option.votes ?? 0), 0);

  const afterChange = async (saved: Poll, message: string) => {
    storePost(queryClient, { ...post, poll: saved });
    setChanging(false);
    setPicked(saved.myChoices);
    toast.show({ tone: 'success', title: message });
    await queryClient.invalidateQueries({ queryKey: threadKey(post.id) });
  };
  const vote = useMutation({
    mutationFn: () => call(postRoutes.votePoll, { params: { id: post.id }, body: { optionIds: picked } }),
    onSuccess: ({ poll: saved }) => afterChange(saved, t('poll.voted')),
    onError: (error) => toast.show({ tone: 'danger', title: errorText(error) }),
  });
  const retract = useMutation({
    mutationFn: () => call(postRoutes.retractVote, { params: { id: post.id } }),
    onSuccess: ({ poll: saved }) => afterChange(saved, t('poll.retracted')),
    onError: (error) => toast.show({ tone: 'danger', title: errorText(error) }),
  });

  const toggle = (optionId: string) =>
    setPicked((current) => {
      if (!poll.multiple) return [optionId];
      if (current.includes(optionId)) return current.filter((id) => id !== optionId);
      return current.length >= poll.maxChoices ? current : [...current, optionId];
    });

  const status = poll.isClosed
    ? t('poll.closed')
    : poll.closesAt
      ? t('poll.closesAt', { time: format.dateTime(poll.closesAt) })
      : t('poll.open');

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3 rounded-xl border border-border bg-surface-muted/60 p-4">
      <div className="flex items-start gap-2">
        <BarChart3 className="mt-0.5 size-5 shrink-0 text-accent-text" aria-hidden="true" />
        <div className="flex min-w-0 flex-col">
          <h2 id={headingId} className="font-semibold break-words">
            {poll.question ?? t('poll.title')}
          </h2>
          <p className="text-sm text-text-muted">
            {poll.multiple ? t('poll.pickUpTo', { count: poll.maxChoices }) : t('poll.pickOne')} · {status}
          </p>
        </div>
      </div>
      <fieldset className="flex flex-col gap-2" disabled={!isPicking || vote.isPending}>
        <legend className="sr-only">{poll.question ?? t('poll.title')}</legend>
        {poll.options.map((option) => {
          const isMine = poll.myChoices.includes(option.id);
          const share = option.votes !== null && total > 0 ? Math.round((option.votes / total) * 100) : 0;
          return (
            <label
              key={option.id}
              className={cn(
                'relative flex min-h-11 items-center gap-3 overflow-hidden rounded-lg border bg-surface px-3 py-2',
                isMine ? 'border-accent-text/50' : 'border-border',
                isPicking && 'cursor-pointer hover:border-border-strong',
              )}
            >
              {option.votes !== null && (
                <span aria-hidden="true" className="absolute inset-y-0 left-0 bg-accent-soft" style={{ width: `${share}%` }} />
              )}
              {isPicking && (
                <input
                  type={poll.multiple ? 'checkbox' : 'radio'}
                  name={`poll-${poll.id}`}
                  checked={picked.includes(option.id)}
                  onChange={() => toggle(option.id)}
                  className="relative size-5 shrink-0 accent-[var(--accent)]"
                />
              )}
              <span className="relative min-w-0 flex-1 break-words">{option.label}</span>
              {isMine && (
                <span className="relative flex items-center gap-1 text-xs font-medium text-accent-text">
                  <Check className="size-3.5" aria-hidden="true" />
                  {t('poll.mine')}
                </span>
              )}
              {option.votes !== null && (
                <span className="relative text-sm text-text-muted tabular-nums">
                  {t('poll.optionVotes', { count: option.votes, share: format.number(share) })}
                </span>
              )}
            </label>
          );
        })}
      </fieldset>
      <div className="flex flex-wrap items-center gap-2">
        {isPicking && (
          <Button size="sm" isLoading={vote.isPending} disabled={picked.length === 0} onClick={() => vote.mutate()}>
            {hasVoted ? t('poll.saveVote') : t('poll.vote')}
          </Button>
        )}
        {isChanging && (
          <Button size="sm" variant="ghost" onClick={() => (setChanging(false), setPicked(poll.myChoices))}>
            {t('poll.keepVote')}
          </Button>
        )}
        {poll.canVote && hasVoted && !isChanging && (
          <>
            <Button size="sm" variant="secondary" onClick={() => setChanging(true)}>
              {t('poll.changeVote')}
            </Button>
            <Button size="sm" variant="ghost" isLoading={retract.isPending} onClick={() => retract.mutate()}>
              {t('poll.retract')}
            </Button>
          </>
        )}
        <span className="text-sm text-text-muted">
          {t('poll.voters', { count: poll.voterCount })}
          {!poll.canSeeResults && ` · ${t('poll.resultsAfterVote')}`}
        </span>
      </div>
    </section>
  );
}
