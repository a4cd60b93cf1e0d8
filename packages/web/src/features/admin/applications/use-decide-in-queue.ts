import { memberRoutes, type AdminMember } from '@hearth/contracts';
import { useMutation, useQueryClient, type InfiniteData, type QueryKey } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../app/use-error-text';
import { useToast } from '../../../ui';
import { decideApplication, refreshAfterDecision, type Decision } from '../shared/decide-application';

const DECIDE_KEY = ['admin', 'decide-application'];

type QueuePages = InfiniteData<{ items: AdminMember[]; nextCursor: string | null }, string | null>;

function withoutMember(data: QueuePages | undefined, id: string): QueuePages | undefined {
  return data && { ...data, pages: data.pages.map((page) => ({ ...page, items: page.items.filter((member) => member.id !== id) })) };
}

/**
 * Decides an application from the queue: it leaves the list at once and comes back, with
 * a message saying why, if the server refuses.
 */
export function useDecideInQueue(queueKey: QueryKey) {
  const { t } = useTranslation('admin');
  const toast = useToast();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: DECIDE_KEY,
    mutationFn: ({ member, decision, reason }: { member: AdminMember; decision: Decision; reason: string }) =>
      decideApplication(member.id, decision, reason),
    onMutate: async ({ member }) => {
      await queryClient.cancelQueries({ queryKey: queueKey });
      const before = queryClient.getQueryData<QueuePages>(queueKey);
      queryClient.setQueryData<QueuePages>(queueKey, (data) => withoutMember(data, member.id));
      return { before };
    },
    onError: (error, { member, decision }, context) => {
      if (context?.before) queryClient.setQueryData(queueKey, context.before);
      toast.show({
        tone: 'danger',
        title: t(decision === 'approve' ? 'applications.approveFailed' : 'applications.declineFailed', { name: member.displayName }),
        description: errorText(error),
      });
    },
    onSuccess: (_updated, { member, decision }) => {
      toast.show({
        tone: 'success',
        title: t(decision === 'approve' ? 'applications.approved' : 'applications.declined', { name: member.displayName }),
      });
    },
    onSettled: () => {
      // Refetching while another decision is on its way would bring that applicant back for a moment.
      if (queryClient.isMutating({ mutationKey: DECIDE_KEY }) > 1) return;
      void refreshAfterDecision(queryClient);
      void queryClient.invalidateQueries({ queryKey: [memberRoutes.adminMember.method, memberRoutes.adminMember.path] });
    },
  });
}
