import { oversightRoutes, type AssetOverview, type MemberSummary } from '@hearth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { useErrorText } from '../../../app/use-error-text';
import { Alert, Button, RadioCards, SectionCard, Select, TextField, useToast } from '../../../ui';
import { MemberPicker } from '../../members/member-picker';
import { refreshConsole } from './economy-console-queries';

/** Freeze or unfreeze one member's wallet of one asset, always with a reason (audited). */
export function WalletFreezeCard({ assets }: { assets: readonly AssetOverview[] }) {
  const { t } = useTranslation('oversight');
  const toast = useToast();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [picked, setPicked] = useState<MemberSummary[]>([]);
  const [assetId, setAssetId] = useState(assets[0]?.assetId ?? '');
  const [frozen, setFrozen] = useState<'freeze' | 'unfreeze'>('freeze');
  const [reason, setReason] = useState('');
  const member = picked[0];
  const change = useMutation({
    mutationFn: () =>
      call(oversightRoutes.freezeWallet, { body: { memberId: member!.id, assetId, frozen: frozen === 'freeze', reason: reason.trim() } }),
    onSuccess: async () => {
      toast.show({ title: t(`freeze.done.${frozen}`, { name: member!.displayName }), tone: 'success' });
      setReason('');
      setPicked([]);
      await refreshConsole(queryClient);
    },
  });
  return (
    <SectionCard title={t('freeze.title')} description={t('freeze.description')}>
      <form
        className="flex flex-col gap-4"
        onSubmit={(event) => {
          event.preventDefault();
          change.mutate();
        }}
      >
        <MemberPicker
          labels={{
            picked: t('picker.picked'),
            unpick: (name) => t('picker.unpick', { name }),
            search: t('picker.search'),
            searchPlaceholder: t('picker.searchPlaceholder'),
            pickLimit: () => t('picker.one'),
            searching: t('picker.searching'),
            noResults: (query) => t('picker.noResults', { query }),
            nobody: t('picker.nobody'),
            results: t('picker.results'),
          }}
          selected={picked}
          onChange={setPicked}
          max={1}
        />
        <Select
          label={t('freeze.asset')}
          value={assetId}
          onChange={(event) => setAssetId(event.target.value)}
          options={assets.map((a) => ({ value: a.assetId, label: `${a.name} (${a.code})` }))}
        />
        <RadioCards
          legend={t('freeze.action')}
          name="wallet-freeze-action"
          value={frozen}
          onChange={setFrozen}
          options={[
            { value: 'freeze', label: t('freeze.freeze') },
            { value: 'unfreeze', label: t('freeze.unfreeze') },
          ]}
        />
        <TextField label={t('freeze.reason')} required maxLength={500} value={reason} onChange={(event) => setReason(event.target.value)} />
        {change.isError && (
          <Alert tone="danger" title={t('freeze.refused')}>
            <p>{errorText(change.error)}</p>
          </Alert>
        )}
        <div>
          <Button
            type="submit"
            variant={frozen === 'freeze' ? 'danger' : 'primary'}
            isLoading={change.isPending}
            disabled={!member || !assetId || reason.trim() === ''}
          >
            {t(`freeze.submit.${frozen}`)}
          </Button>
        </div>
      </form>
    </SectionCard>
  );
}
