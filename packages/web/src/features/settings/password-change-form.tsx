import { identityRoutes } from '@hearth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { KeyRound } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { routeKey } from '../../api/api-query';
import { call } from '../../api/client';
import { useSignedInMember } from '../../app/session/session-context';
import { useFormErrors } from '../../app/use-form-errors';
import { Button, PasswordField, useToast, Form } from '../../ui';
import { PasswordStrengthHint } from '../auth/password-strength-hint';
import { wrongPasswordText } from './wrong-password';

/** Current and new password; this device stays signed in, every other one is signed out. */
export function PasswordChangeForm() {
  const { t } = useTranslation(['settings', 'auth']);
  const me = useSignedInMember();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const change = useMutation({
    mutationFn: () => call(identityRoutes.changePassword, { body: { currentPassword, newPassword } }),
    onSuccess: () => {
      setCurrentPassword('');
      setNewPassword('');
      toast.show({ title: t('password.changed'), description: t('password.changedBody'), tone: 'success' });
      void queryClient.invalidateQueries({ queryKey: routeKey(identityRoutes.sessions) });
    },
  });
  const wrongPassword = wrongPasswordText(change.error);
  const errors = useFormErrors(wrongPassword ? null : change.error, { currentPassword: 'currentPassword', newPassword: 'newPassword' });

  return (
    <Form onSubmit={() => change.mutate()} error={errors.form}>
      <PasswordField
        label={t('password.current')}
        autoComplete="current-password"
        required
        value={currentPassword}
        onChange={(event) => setCurrentPassword(event.target.value)}
        error={errors.fields.currentPassword ?? wrongPassword}
      />
      <PasswordField
        label={t('auth:fields.newPassword')}
        autoComplete="new-password"
        required
        value={newPassword}
        onChange={(event) => setNewPassword(event.target.value)}
        hint={<PasswordStrengthHint password={newPassword} context={[me.email.split('@')[0] ?? '', me.displayName]} />}
        error={errors.fields.newPassword}
      />
      <Button
        type="submit"
        variant="secondary"
        className="self-start"
        isLoading={change.isPending}
        icon={<KeyRound className="size-4" aria-hidden="true" />}
      >
        {t('password.submit')}
      </Button>
    </Form>
  );
}
