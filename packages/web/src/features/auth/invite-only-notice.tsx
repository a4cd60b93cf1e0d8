import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { Button, TextField } from '../../ui';

/** Invite-only and no code: say so, and let people who were given a code type it in. */
export function InviteOnlyNotice({ communityName }: { communityName: string }) {
  const { t } = useTranslation('auth');
  const [, navigate] = useLocation();
  const [code, setCode] = useState('');
  return (
    <div className="flex flex-col gap-4">
      <p className="text-text-muted">{t('register.inviteOnlyBody', { community: communityName })}</p>
      <form
        className="flex flex-col gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          const trimmed = code.trim();
          if (trimmed) navigate(`/join/${encodeURIComponent(trimmed)}`);
        }}
      >
        <TextField
          label={t('invite.codeLabel')}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          autoCapitalize="off"
          autoComplete="off"
          spellCheck={false}
        />
        <Button type="submit" variant="secondary" disabled={!code.trim()}>
          {t('invite.useCode')}
        </Button>
      </form>
    </div>
  );
}
