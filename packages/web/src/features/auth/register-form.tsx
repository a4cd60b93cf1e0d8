import { identityRoutes, type Locale } from '@hearth/contracts';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { paths } from '../../app/routes';
import { useSignedIn } from '../../app/session/use-signed-in';
import { useFormErrors } from '../../app/use-form-errors';
import { Button, PasswordField, TextArea, TextField, Form } from '../../ui';
import { PasswordStrengthHint } from './password-strength-hint';

type Field = 'displayName' | 'email' | 'password' | `answer${number}`;

function browserTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}

/** Name, email, password (and the application questions); then onboarding, or the application status. */
export function RegisterForm({ inviteCode, questions }: { inviteCode: string | null; questions: readonly string[] }) {
  const { t, i18n } = useTranslation('auth');
  const onSignedIn = useSignedIn();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [answers, setAnswers] = useState<string[]>(() => questions.map(() => ''));

  const register = useMutation({
    mutationFn: () => {
      const timeZone = browserTimeZone();
      return call(identityRoutes.register, {
        body: {
          email,
          password,
          displayName,
          locale: i18n.language as Locale,
          ...(timeZone ? { timeZone } : {}),
          ...(inviteCode ? { inviteCode } : {}),
          ...(questions.length > 0 ? { answers } : {}),
        },
      });
    },
    onSuccess: ({ member }) => onSignedIn(member, paths.welcome),
  });

  const answerPaths = Object.fromEntries(questions.map((_, index) => [`answers.${index}`, `answer${index}` as Field]));
  const errors = useFormErrors<Field>(register.error, { displayName: 'displayName', email: 'email', password: 'password', ...answerPaths });

  return (
    <Form onSubmit={() => register.mutate()} error={errors.form}>
      <TextField
        label={t('fields.displayName')}
        hint={t('register.displayNameHint')}
        name="displayName"
        autoComplete="nickname"
        required
        maxLength={50}
        value={displayName}
        onChange={(event) => setDisplayName(event.target.value)}
        error={errors.fields.displayName}
      />
      <TextField
        label={t('fields.email')}
        type="email"
        name="email"
        autoComplete="email"
        inputMode="email"
        required
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={errors.fields.email}
      />
      <PasswordField
        label={t('fields.password')}
        name="new-password"
        autoComplete="new-password"
        required
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        hint={<PasswordStrengthHint password={password} context={[email.split('@')[0] ?? '', displayName]} />}
        error={errors.fields.password}
      />
      {questions.length > 0 && (
        <fieldset className="flex flex-col gap-4 rounded-xl border border-border p-4">
          <legend className="px-1 font-semibold">{t('register.questionsTitle')}</legend>
          <p className="-mt-2 text-sm text-text-muted">{t('register.questionsHint')}</p>
          {questions.map((question, index) => (
            <TextArea
              key={question}
              label={question}
              required
              rows={3}
              maxLength={1000}
              value={answers[index] ?? ''}
              onChange={(event) => setAnswers((current) => current.map((answer, i) => (i === index ? event.target.value : answer)))}
              error={errors.fields[`answer${index}`]}
            />
          ))}
        </fieldset>
      )}
      <Button type="submit" size="lg" isLoading={register.isPending}>
        {questions.length > 0 ? t('register.submitApplication') : t('register.submit')}
      </Button>
    </Form>
  );
}
