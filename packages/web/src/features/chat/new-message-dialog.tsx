import { chatRoutes, DM_MAX_MEMBERS, type MemberSummary } from '@hearth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { call } from '../../api/client';
import { paths } from '../../app/routes';
import { useSignedInMember } from '../../app/session/session-context';
import { useErrorText } from '../../app/use-error-text';
import { Alert, Button, Dialog } from '../../ui';
import { MemberPicker } from '../members/member-picker';
import { useSubmissionKey } from '../posts/use-submission-key';
import { refreshConversationLists } from './chat-queries';

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
  const [selected, setSelected] = useState<MemberSummary[]>([]);
  // A fresh picker (empty search) each time the dialog opens.
  const [pickerKey, setPickerKey] = useState(0);
  const submissionKey = useSubmissionKey(selected.map((member) => member.id).join(','));
  const start = useMutation({
    mutationFn: () => call(chatRoutes.startDm, { body: { memberIds: selected.map((member) => member.id) }, idempotencyKey: submissionKey }),
    onSuccess: ({ conversation }) => {
      void refreshConversationLists(queryClient);
      close();
      navigate(paths.conversation(conversation.id));
    },
  });

  const close = () => {
    setSelected([]);
    setPickerKey((key) => key + 1);
    start.reset();
    onClose();
  };

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
        {open && (
          <MemberPicker
            key={pickerKey}
            labels={{
              picked: t('newMessage.selected'),
              unpick: (name) => t('newMessage.remove', { name }),
              search: t('newMessage.search'),
              searchPlaceholder: t('newMessage.searchPlaceholder'),
              pickLimit: (count) => t('newMessage.limit', { count }),
              searching: t('newMessage.searching'),
              noResults: (query) => t('newMessage.noResults', { query }),
              nobody: t('newMessage.nobody'),
              results: t('newMessage.results'),
            }}
            selected={selected}
            onChange={setSelected}
            max={MAX_OTHERS}
            excludeIds={[me.id]}
          />
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
