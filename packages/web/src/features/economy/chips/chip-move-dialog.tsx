import { chipRoutes, type AssetDetail, type MemberSummary } from '@hearth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { newIdempotencyKey } from '../../../api/idempotency';
import { useFormat } from '../../../app/format/use-format';
import { useErrorText } from '../../../app/use-error-text';
import { Alert, Button, Dialog, TextField, useToast } from '../../../ui';
import { MemberPicker } from '../../members/member-picker';
import { refreshChips } from './chips-queries';

export type MoveMode = 'mint' | 'give' | 'airdrop';

/** Most members one airdrop reaches (ChipAirdropBody). */
const AIRDROP_MAX = 100;

/**
 * The issuer's three moves: mint into their own side, give to one member, airdrop the
 * same amount to many. One idempotency key per attempt, kept across a lost answer's retry.
 */
export function ChipMoveDialog({ chip, mode, onClose }: { chip: AssetDetail; mode: MoveMode | null; onClose: () => void }) {
  const { t } = useTranslation('chips');
  const format = useFormat();
  const toast = useToast();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [amount, setAmount] = useState('');
  const [note, setNote] = useState('');
  const [picked, setPicked] = useState<MemberSummary[]>([]);
  const [key, setKey] = useState(newIdempotencyKey);
  const value = Number(amount);
  const needsPeople = mode === 'give' || mode === 'airdrop';
  const isValid = Number.isSafeInteger(value) && value > 0 && (!needsPeople || picked.length > 0);

  const reset = () => {
    setAmount('');
    setNote('');
    setPicked([]);
    setKey(newIdempotencyKey());
  };
  const move = useMutation({
    mutationFn: () => {
      const params = { assetId: chip.id };
      const extra = note.trim() ? { note: note.trim() } : {};
      if (mode === 'give')
        return call(chipRoutes.giveChip, { params, body: { memberId: picked[0]!.id, amount: value, ...extra }, idempotencyKey: key });
      if (mode === 'airdrop')
        return call(chipRoutes.airdropChip, {
          params,
          body: { memberIds: picked.map((m) => m.id), amount: value, ...extra },
          idempotencyKey: key,
        });
      return call(chipRoutes.mintChip, { params, body: { amount: value, ...extra }, idempotencyKey: key });
    },
    onSuccess: async (result) => {
      toast.show({
        title: t(`move.${mode ?? 'mint'}.done`, { balance: format.number(result.issuerBalance), code: chip.code }),
        tone: 'success',
      });
      reset();
      onClose();
      await refreshChips(queryClient);
    },
    onError: () => setKey(newIdempotencyKey()),
  });

  const close = () => {
    move.reset();
    onClose();
  };
  if (!mode) return null;
  return (
    <Dialog
      open
      onClose={close}
      title={`${t(`move.${mode}.title`)} · ${chip.code}`}
      description={t(`move.${mode}.description`)}
      footer={
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={close}>
            {t('cancel')}
          </Button>
          <Button onClick={() => move.mutate()} isLoading={move.isPending} disabled={!isValid}>
            {t(`move.${mode}.submit`)}
          </Button>
        </div>
      }
    >
      <div className="flex flex-col gap-4">
        {needsPeople && (
          <MemberPicker
            labels={{
              picked: t('picker.picked'),
              unpick: (name) => t('picker.unpick', { name }),
              search: t('picker.search'),
              searchPlaceholder: t('picker.searchPlaceholder'),
              pickLimit: (count) => t('picker.pickLimit', { count }),
              searching: t('picker.searching'),
              noResults: (query) => t('picker.noResults', { query }),
              nobody: t('picker.nobody'),
              results: t('picker.results'),
            }}
            selected={picked}
            onChange={setPicked}
            max={mode === 'give' ? 1 : AIRDROP_MAX}
            excludeIds={chip.issuer ? [chip.issuer.id] : []}
          />
        )}
        <TextField
          label={mode === 'airdrop' ? t('move.amountEach') : t('move.amount')}
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          required
          value={amount}
          onChange={(event) => setAmount(event.target.value)}
          hint={
            mode === 'give' && chip.issuerBalance !== null
              ? t('move.youHold', { amount: format.number(chip.issuerBalance) })
              : t('move.mintRoom', {
                  today: format.number(Math.max((chip.supply.dailyMintLimit ?? Infinity) - chip.mintedToday, 0)),
                  cap: chip.supply.supplyCap === null ? '∞' : format.number(Math.max(chip.supply.supplyCap - chip.supply.minted, 0)),
                })
          }
        />
        <TextField label={t('move.note')} maxLength={500} value={note} onChange={(event) => setNote(event.target.value)} />
        {move.isError && (
          <Alert tone="danger" title={t('move.refused')}>
            <p>{errorText(move.error)}</p>
          </Alert>
        )}
      </div>
    </Dialog>
  );
}
