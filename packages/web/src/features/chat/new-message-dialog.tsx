import { chatRoutes, DM_MAX_MEMBERS, memberRoutes, type MemberSummary } from '@hearth/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { X } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { apiQuery } from '../../api/api-query';
import { call } from '../../api/client';
import { paths } from '../../app/routes';
import { useSignedInMember } from '../../app/session/session-context';
import { useErrorText } from '../../app/use-error-text';
import { Alert, Avatar, Button, Dialog, Spinner, TextField } from '../../ui';
import { useSubmissionKey } from '../posts/use-submission-key';
import { refreshConversationLists } from './chat-queries';

const SEARCH_DELAY_MS = 300;
/** The caller is the 50th member. */
const MAX_OTHERS = DM_MAX_MEMBERS - 1;

/**
 * "New message": search the directory, pick one person (a 1:1, reused if it exists) or
 * several (a group, up to 49 others), and start → the conversation opens.
 */
export function NewMessageDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('chat');
  const me = useSignedInMember();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<MemberSummary[]>([]);
  const submissionKey = useSubmissionKey(selected.map((member) => member.id).join(','));

  useEffect(() => {
    const timer = window.setTimeout(() => setQuery(text.trim()), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [text]);

  const results = useQuery({
    ...apiQuery(memberRoutes.directory, { query: { q: query || undefined, limit: 20 } }),
    enabled: open,
    placeholderData: keepPreviousData,
  });
  const start = useMutation({
    mutationFn: () => call(chatRoutes.startDm, { body: { memberIds: selected.map((member) => member.id) }, idempotencyKey: submissionKey }),
    onSuccess: ({ conversation }) => {
      void refreshConversationLists(queryClient);
      close();
      navigate(paths.conversation(conversation.id));
    },
  });

  const close = () => {
    setText('');
    setQuery('');
    setSelected([]);
    start.reset();
    onClose();
  };
  const isSelected = (id: string) => selected.some((member) => member.id === id);
  const isFull = selected.length >= MAX_OTHERS;
  const toggle = (member: MemberSummary) =>
    setSelected((current) =>
      current.some((item) => item.id === member.id)
        ? current.filter((item) => item.id !== member.id)
        : current.length >= MAX_OTHERS
          ? current
          : [...current, member],
    );
  const people = (results.data?.items ?? []).filter((member) => member.id !== me.id);
  const isSearching = results.isFetching || query !== text.trim();

  return (
    <Dialog
      open={open}
      onClose={close}
      title={t('newMessage.title')}
      description={t('newMessage.description')}
      footer={
        <>
          <Button variant="secondary" onClick={close} disabled={start.isPending}>
            {t('newMessage.cancel')}
          </Button>
          <Button onClick={() => start.mutate()} disabled={selected.length === 0} isLoading={start.isPending}>
            {t('newMessage.start')}
          </Button>
        </>
      }
    >
      <div className="flex flex-col gap-3">
        {selected.length > 0 && (
          <ul aria-label={t('newMessage.selected')} className="flex flex-wrap gap-1.5">
            {selected.map((member) => (
              <li key={member.id}>
                <button
                  type="button"
                  onClick={() => toggle(member)}
                  aria-label={t('newMessage.remove', { name: member.displayName })}
                  className="inline-flex min-h-9 max-w-full items-center gap-1.5 rounded-full border border-accent-text/40 bg-accent-soft py-0.5 pr-2 pl-0.5 text-sm font-medium text-accent-text"
                >
                  <Avatar name={member.displayName} src={member.avatarUrl} size="sm" isDecorative className="size-7" />
                  <span className="truncate">{member.displayName}</span>
                  <X className="size-4 shrink-0" aria-hidden="true" />
                </button>
              </li>
            ))}
          </ul>
        )}
        <TextField
          label={t('newMessage.search')}
          type="search"
          value={text}
          onChange={(event) => setText(event.target.value)}
          placeholder={t('newMessage.searchPlaceholder')}
          autoComplete="off"
          enterKeyHint="search"
          maxLength={100}
          hint={isFull ? t('newMessage.limit', { count: MAX_OTHERS }) : undefined}
        />
        {results.isError ? (
          <Alert tone="danger">{errorText(results.error)}</Alert>
        ) : results.isPending ? (
          <Spinner label={t('newMessage.searching')} />
        ) : people.length === 0 ? (
          <p className="text-text-muted">{query ? t('newMessage.noResults', { query }) : t('newMessage.nobody')}</p>
        ) : (
          <ul aria-label={t('newMessage.results')} aria-busy={isSearching || undefined} className="-mx-2 flex flex-col">
            {people.map((member) => {
              const checked = isSelected(member.id);
              return (
                <li key={member.id}>
                  <label className="flex min-h-12 cursor-pointer items-center gap-3 rounded-lg px-2 hover:bg-surface-muted has-disabled:cursor-not-allowed has-disabled:opacity-60">
                    <input
                      type="checkbox"
                      checked={checked}
                      disabled={!checked && isFull}
                      onChange={() => toggle(member)}
                      className="size-5 shrink-0 accent-[var(--accent)]"
                    />
                    <Avatar name={member.displayName} src={member.avatarUrl} size="sm" isDecorative />
                    <span className="min-w-0 flex-1 truncate">{member.displayName}</span>
                  </label>
                </li>
              );
            })}
          </ul>
        )}
        {start.isError && (
          <Alert tone="danger" title={t('newMessage.failed')}>
            {errorText(start.error)}
          </Alert>
        )}
      </div>
    </Dialog>
  );
}
