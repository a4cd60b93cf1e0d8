import { identityRoutes } from '@hearth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { LogOut } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { call } from '../../api/client';
import { paths } from '../../app/routes';
import { forgetMemberData } from '../../app/session/session-cache';
import { useErrorText } from '../../app/use-error-text';
import { Alert, Button, Dialog } from '../../ui';

/** Ends every session, this one included, after asking once; then sign-in. */
export function SignOutEverywhere() {
  const { t } = useTranslation('settings');
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const errorText = useErrorText();
  const [isAsking, setAsking] = useState(false);
  const signOutAll = useMutation({
    mutationFn: () => call(identityRoutes.logoutAll),
    onSuccess: () => {
      forgetMemberData(queryClient, null);
      navigate(paths.login, { replace: true });
    },
  });
  return (
    <>
      <Button
        variant="danger"
        className="self-start"
        onClick={() => setAsking(true)}
        icon={<LogOut className="size-4" aria-hidden="true" />}
      >
        {t('devices.signOutAll')}
      </Button>
      <Dialog
        open={isAsking}
        onClose={() => setAsking(false)}
        title={t('devices.confirmTitle')}
        footer={
          <>
            <Button variant="secondary" onClick={() => setAsking(false)} disabled={signOutAll.isPending}>
              {t('devices.cancel')}
            </Button>
            <Button variant="danger" onClick={() => signOutAll.mutate()} isLoading={signOutAll.isPending}>
              {t('devices.confirm')}
            </Button>
          </>
        }
      >
        <div className="flex flex-col gap-3">
          <p>{t('devices.confirmBody')}</p>
          {signOutAll.isError && <Alert tone="danger">{errorText(signOutAll.error)}</Alert>}
        </div>
      </Dialog>
    </>
  );
}
