import { memberRoutes, Role, systemRoutes, type AdminMember, type TierRef } from '@hearth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error';
import { routeKey } from '../../../api/api-query';
import { call } from '../../../api/client';
import { useFormErrors } from '../../../app/use-form-errors';
import { Alert, Button, Card, Select, TextArea, useToast } from '../../../ui';
import { MemberRefusal } from './member-refusal';

/**
 * Role and tier with a reason, recorded in the member's history. The server applies the rank
 * rules (nobody changes themselves or anyone ranked at or above them; the last owner stays);
 * its refusal is shown with what to do about it.
 */
export function ChangeRoleTierForm({ member, tiers }: { member: AdminMember; tiers: readonly TierRef[] }) {
  const { t } = useTranslation(['admin', 'common']);
  const toast = useToast();
  const queryClient = useQueryClient();
  const [role, setRole] = useState<Role>(member.role);
  const [tierId, setTierId] = useState(member.tier.id);
  const [reason, setReason] = useState('');
  const isChanged = role !== member.role || tierId !== member.tier.id;

  const save = useMutation({
    mutationFn: () =>
      call(memberRoutes.adminUpdateMember, {
        params: { id: member.id },
        body: {
          ...(role !== member.role ? { role } : {}),
          ...(tierId !== member.tier.id ? { tierId } : {}),
          ...(reason.trim() ? { reason: reason.trim() } : {}),
        },
      }),
    onSuccess: ({ member: updated }) => {
      queryClient.setQueryData(routeKey(memberRoutes.adminMember, { params: { id: member.id } }), { member: updated });
      void queryClient.invalidateQueries({ queryKey: routeKey(memberRoutes.adminMembers) });
      void queryClient.invalidateQueries({ queryKey: routeKey(memberRoutes.memberHistory) });
      void queryClient.invalidateQueries({ queryKey: routeKey(memberRoutes.adminTiers) });
      void queryClient.invalidateQueries({ queryKey: routeKey(systemRoutes.community) });
      setReason('');
      toast.show({ tone: 'success', title: t('member.change.saved', { name: updated.displayName }) });
    },
  });
  const errors = useFormErrors(save.error, { role: 'role', tierId: 'tierId', reason: 'reason' });
  const isRefusal = isApiError(save.error) && save.error.status !== 400;

  return (
    <Card as="section" aria-labelledby="change-title" className="flex flex-col gap-4">
      <div>
        <h2 id="change-title" className="text-lg font-semibold">
          {t('member.change.title')}
        </h2>
        <p className="text-sm text-text-muted">{t('member.change.rules')}</p>
      </div>
      <form
        noValidate
        className="flex flex-col gap-4"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        {isRefusal ? <MemberRefusal error={save.error} /> : errors.form && <Alert tone="danger">{errors.form}</Alert>}
        <div className="grid gap-4 sm:grid-cols-2">
          <Select
            label={t('fields.role')}
            value={role}
            onChange={(event) => setRole(Role.parse(event.target.value))}
            options={Role.options.map((option) => ({ value: option, label: t(`common:roles.${option}`) }))}
            error={errors.fields.role}
          />
          <Select
            label={t('fields.tier')}
            value={tierId}
            onChange={(event) => setTierId(event.target.value)}
            options={tiers.map((tier) => ({ value: tier.id, label: tier.name }))}
            error={errors.fields.tierId}
          />
        </div>
        <TextArea
          label={t('fields.reason')}
          hint={t('member.change.reasonHint')}
          rows={2}
          maxLength={300}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={errors.fields.reason}
        />
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={!isChanged} isLoading={save.isPending}>
            {t('member.change.submit')}
          </Button>
          {isChanged && (
            <Button
              variant="ghost"
              onClick={() => {
                setRole(member.role);
                setTierId(member.tier.id);
                save.reset();
              }}
            >
              {t('actions.reset')}
            </Button>
          )}
        </div>
      </form>
    </Card>
  );
}
