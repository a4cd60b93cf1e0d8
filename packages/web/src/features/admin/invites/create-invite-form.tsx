import { memberRoutes, type Invite } from '@hearth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { routeKey } from '../../../api/api-query';
import { call } from '../../../api/client';
import { useSignedInMember } from '../../../app/session/session-context';
import { useFormErrors } from '../../../app/use-form-errors';
import { Button, Card, TextField, Form } from '../../../ui';
import { nowAsZonedInput, zonedInputToIso } from './zoned-time';

type Field = 'source' | 'maxUses' | 'expiresAt';

/** A new invite link: where it will be shared (its source label), how many may use it, and until when. */
export function CreateInviteForm({ onCreated }: { onCreated: (invite: Invite) => void }) {
  const { t } = useTranslation('admin');
  const me = useSignedInMember();
  const queryClient = useQueryClient();
  const [source, setSource] = useState('');
  const [maxUses, setMaxUses] = useState('');
  const [expires, setExpires] = useState('');
  const [createdCount, setCreatedCount] = useState(0);
  // One key per filled-in form, so submitting the same form again cannot create the link twice.
  const idempotencyKey = useMemo(() => crypto.randomUUID(), [source, maxUses, expires, createdCount]);
  const create = useMutation({
    mutationFn: () => {
      const expiresAt = expires ? zonedInputToIso(expires, me.timeZone) : null;
      return call(memberRoutes.createInvite, {
        body: {
          ...(source.trim() ? { source: source.trim() } : {}),
          ...(maxUses ? { maxUses: Number(maxUses) } : {}),
          ...(expiresAt ? { expiresAt } : {}),
        },
        idempotencyKey,
      });
    },
    onSuccess: (invite) => {
      void queryClient.invalidateQueries({ queryKey: routeKey(memberRoutes.invites) });
      setSource('');
      setMaxUses('');
      setExpires('');
      setCreatedCount((count) => count + 1);
      onCreated(invite);
    },
  });
  const errors = useFormErrors<Field>(create.error, { source: 'source', maxUses: 'maxUses', expiresAt: 'expiresAt' });
  return (
    <Card as="section" aria-labelledby="new-invite-title" className="flex flex-col gap-4">
      <h2 id="new-invite-title" className="text-lg font-semibold">
        {t('invites.newTitle')}
      </h2>
      <Form onSubmit={() => create.mutate()} error={errors.form}>
        <div className="grid gap-4 md:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1.5fr)]">
          <TextField
            label={t('invites.source')}
            hint={t('invites.sourceHint')}
            placeholder={t('invites.sourcePlaceholder')}
            value={source}
            maxLength={60}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => setSource(event.target.value)}
            error={errors.fields.source}
          />
          <TextField
            label={t('invites.maxUses')}
            hint={t('invites.maxUsesHint')}
            type="number"
            inputMode="numeric"
            min={1}
            max={100000}
            step={1}
            value={maxUses}
            onChange={(event) => setMaxUses(event.target.value)}
            error={errors.fields.maxUses}
          />
          <TextField
            label={t('invites.expires')}
            hint={t('invites.expiresHint', { zone: me.timeZone })}
            type="datetime-local"
            min={nowAsZonedInput(me.timeZone)}
            value={expires}
            onChange={(event) => setExpires(event.target.value)}
            error={errors.fields.expiresAt}
          />
        </div>
        <Button type="submit" className="self-start" isLoading={create.isPending}>
          {t('invites.create')}
        </Button>
      </Form>
    </Card>
  );
}
