import { chipRoutes, type ChipIssueResult } from '@hearth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newIdempotencyKey } from '../../../api/idempotency';
import { call } from '../../../api/client';
import { useFormErrors } from '../../../app/use-form-errors';
import { Alert, Button, TextArea, TextField } from '../../../ui';
import { refreshChips } from './chips-queries';

type Field = 'code' | 'name' | 'icon' | 'description' | 'supplyCap' | 'dailyMintLimit';
const PATHS: Record<string, Field> = {
  code: 'code',
  name: 'name',
  icon: 'icon',
  description: 'description',
  supplyCap: 'supplyCap',
  dailyMintLimit: 'dailyMintLimit',
};

/**
 * The definition of a new chip: code, name, icon (an emoji), description, cap and daily
 * limit. `brand` issues a brand chip (admins); otherwise the caller's own chip, which may
 * become a request when the owner wants approval (`needsApproval` says so on the button).
 */
export function ChipIssueForm({
  brand = false,
  needsApproval = false,
  onDone,
}: {
  brand?: boolean;
  needsApproval?: boolean;
  onDone?: (result: ChipIssueResult) => void;
}) {
  const { t } = useTranslation('chips');
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [icon, setIcon] = useState('');
  const [description, setDescription] = useState('');
  const [supplyCap, setSupplyCap] = useState('10000');
  const [dailyMintLimit, setDailyMintLimit] = useState('1000');
  const [key, setKey] = useState(newIdempotencyKey);

  const issue = useMutation({
    mutationFn: async (): Promise<ChipIssueResult> => {
      const body = {
        code: code.trim(),
        name: name.trim(),
        ...(icon.trim() ? { icon: icon.trim() } : {}),
        ...(description.trim() ? { description: description.trim() } : {}),
        supplyCap: Number(supplyCap),
        dailyMintLimit: Number(dailyMintLimit),
      };
      if (brand) return { ...(await call(chipRoutes.issueBrandChip, { body, idempotencyKey: key })), request: null };
      return call(chipRoutes.issueChip, { body, idempotencyKey: key });
    },
    onSuccess: async (result) => {
      setKey(newIdempotencyKey());
      setCode('');
      setName('');
      setIcon('');
      setDescription('');
      await refreshChips(queryClient);
      onDone?.(result);
    },
    onError: () => setKey(newIdempotencyKey()),
  });
  const errors = useFormErrors<Field>(issue.error, PATHS);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    issue.mutate();
  };

  return (
    <form className="flex flex-col gap-4" onSubmit={submit} noValidate>
      {errors.form && (
        <Alert tone="danger" title={t('issue.refused')}>
          <p>{errors.form}</p>
        </Alert>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t('issue.code')}
          hint={t('issue.codeHint')}
          required
          maxLength={8}
          autoCapitalize="characters"
          value={code}
          onChange={(e) => setCode(e.target.value.toUpperCase())}
          error={errors.fields.code ?? null}
        />
        <TextField
          label={t('issue.name')}
          required
          maxLength={50}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errors.fields.name ?? null}
        />
        <TextField
          label={t('issue.icon')}
          hint={t('issue.iconHint')}
          maxLength={16}
          value={icon}
          onChange={(e) => setIcon(e.target.value)}
          error={errors.fields.icon ?? null}
        />
        <div className="grid grid-cols-2 gap-4">
          <TextField
            label={t('issue.supplyCap')}
            type="number"
            inputMode="numeric"
            min={1}
            step={1}
            required
            value={supplyCap}
            onChange={(e) => setSupplyCap(e.target.value)}
            error={errors.fields.supplyCap ?? null}
          />
          <TextField
            label={t('issue.dailyMintLimit')}
            type="number"
            inputMode="numeric"
            min={1}
            step={1}
            required
            value={dailyMintLimit}
            onChange={(e) => setDailyMintLimit(e.target.value)}
            error={errors.fields.dailyMintLimit ?? null}
          />
        </div>
      </div>
      <TextArea
        label={t('issue.description')}
        maxLength={500}
        rows={3}
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        error={errors.fields.description ?? null}
      />
      <div className="flex justify-end">
        <Button type="submit" isLoading={issue.isPending} disabled={code.trim() === '' || name.trim() === ''}>
          {brand ? t('issue.submitBrand') : needsApproval ? t('issue.submitRequest') : t('issue.submit')}
        </Button>
      </div>
    </form>
  );
}
