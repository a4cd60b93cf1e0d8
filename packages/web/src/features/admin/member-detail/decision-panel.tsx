import { memberRoutes, type AdminMember } from '@hearth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Check, X } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { routeKey } from '../../../api/api-query';
import { useErrorText } from '../../../app/use-error-text';
import { Alert, Button, Card, TextArea, useToast } from '../../../ui';
import { decideApplication, refreshAfterDecision, type Decision } from '../shared/decide-application';

/** For a pending application: approve or decline, with an optional reason the applicant is mailed. */
export function DecisionPanel({ member }: { member: AdminMember }) {
  const { t } = useTranslation('admin');
  const toast = useToast();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const decide = useMutation({
    mutationFn: (decision: Decision) => decideApplication(member.id, decision, reason),
    onSuccess: (updated, decision) => {
      queryClient.setQueryData(routeKey(memberRoutes.adminMember, { params: { id: member.id } }), { member: updated });
      void refreshAfterDecision(queryClient);
      toast.show({
        tone: 'success',
        title: t(decision === 'approve' ? 'applications.approved' : 'applications.declined', { name: updated.displayName }),
      });
    },
  });
  return (
    <Card as="section" tone="accent" aria-labelledby="decision-title" className="flex flex-col gap-4">
      <div>
        <h2 id="decision-title" className="text-lg font-semibold">
          {t('member.decision.title')}
        </h2>
        <p className="text-sm text-text-muted">{t('member.decision.body')}</p>
      </div>
      {decide.isError && <Alert tone="danger">{errorText(decide.error)}</Alert>}
      <TextArea
        label={t('fields.reasonOptional')}
        hint={t('member.decision.reasonHint')}
        rows={2}
        maxLength={300}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <div className="flex flex-wrap gap-2">
        <Button
          onClick={() => decide.mutate('approve')}
          isLoading={decide.isPending && decide.variables === 'approve'}
          disabled={decide.isPending}
          icon={<Check className="size-4" aria-hidden="true" />}
        >
          {t('actions.approve')}
        </Button>
        <Button
          variant="danger"
          onClick={() => decide.mutate('decline')}
          isLoading={decide.isPending && decide.variables === 'decline'}
          disabled={decide.isPending}
          icon={<X className="size-4" aria-hidden="true" />}
        >
          {t('actions.decline')}
        </Button>
      </div>
    </Card>
  );
}
