import { oversightRoutes } from '@hearth/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { call } from '../../../api/client';
import { useSignedInMember } from '../../../app/session/session-context';
import { useErrorText } from '../../../app/use-error-text';
import { Alert, Checkbox, SectionCard, Skeleton, useToast } from '../../../ui';
import { hasRole } from '../shared/staff-role';
import { transparencySettingsQuery } from './economy-console-queries';

/** The owner's switch: may members see supply per asset and verify their own wallets. Admins see it. */
export function TransparencyCard() {
  const { t } = useTranslation('oversight');
  const me = useSignedInMember();
  const toast = useToast();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const settings = useQuery(transparencySettingsQuery);
  const isOwner = hasRole(me.role, 'owner');
  // The box shows the owner's choice while it saves (one that ignores the click until the reply
  // reads as broken) and falls back to the saved setting once the request settles, failed or not.
  const [choice, setChoice] = useState<boolean | null>(null);
  const save = useMutation({
    mutationFn: (membersMayVerify: boolean) => call(oversightRoutes.updateTransparencySettings, { body: { membersMayVerify } }),
    onSuccess: (saved) => {
      queryClient.setQueryData(transparencySettingsQuery.queryKey, saved);
      toast.show({ title: t(saved.membersMayVerify ? 'transparency.opened' : 'transparency.closed'), tone: 'success' });
    },
    onSettled: () => setChoice(null),
  });
  return (
    <SectionCard title={t('transparency.title')} description={isOwner ? t('transparency.description') : t('transparency.ownerOnly')}>
      {settings.isPending ? (
        <Skeleton className="h-12 w-full rounded-xl" />
      ) : settings.isError ? (
        <Alert tone="danger" title={errorText(settings.error)} />
      ) : (
        <div className="flex flex-col gap-3">
          <Checkbox
            label={t('transparency.toggle')}
            checked={choice ?? settings.data.membersMayVerify}
            disabled={!isOwner || save.isPending}
            onChange={(event) => {
              setChoice(event.target.checked);
              save.mutate(event.target.checked);
            }}
          />
          <Link href="/economy/transparency" className="text-sm text-accent-text underline">
            {t('transparency.view')}
          </Link>
          {save.isError && <Alert tone="danger" title={errorText(save.error)} />}
        </div>
      )}
    </SectionCard>
  );
}
