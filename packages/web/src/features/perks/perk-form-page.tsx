import { PERK_KINDS, perkRoutes, type PerkKind } from '@hearth/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'wouter';
import { call } from '../../api/client';
import { useDocumentTitle } from '../../app/use-document-title';
import { useErrorText } from '../../app/use-error-text';
import { Alert, Button, PageHeader, Select, Skeleton, TextArea, TextField } from '../../ui';
import { perkPaths } from './perk-paths';
import { perkQuery, refreshPerks, sellerInfoQuery } from './perk-queries';
import { PerksNav } from './perks-nav';

const EMPTY = {
  title: '',
  description: '',
  kind: 'goods' as PerkKind,
  assetId: '',
  price: '',
  stock: '',
  limit: '',
  startsAt: '',
  endsAt: '',
  imageUrl: '',
  tierId: '',
};
const count = (v: string) => (v.trim() === '' ? null : Number(v));
const iso = (v: string) => (v ? new Date(v).toISOString() : null);
const local = (v: string | null) =>
  v ? new Date(new Date(v).getTime() - new Date(v).getTimezoneOffset() * 60_000).toISOString().slice(0, 16) : '';

/** /perks/new and /perks/:id/edit — list a perk, or change one (kind, asset and tier stay as listed). */
export default function PerkFormPage() {
  const { t } = useTranslation('perks');
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const { id } = useParams<{ id?: string }>();
  const info = useQuery(sellerInfoQuery);
  const existing = useQuery({ ...perkQuery(id ?? ''), enabled: !!id });
  const [form, setForm] = useState(EMPTY);
  useDocumentTitle(id ? t('form.editTitle') : t('form.newTitle'));
  useEffect(() => {
    const p = existing.data?.perk;
    if (p)
      setForm({
        title: p.title,
        description: p.description,
        kind: p.kind,
        assetId: p.asset.id,
        price: String(p.price),
        stock: p.stock === null ? '' : String(p.stock),
        limit: p.perMemberLimit === null ? '' : String(p.perMemberLimit),
        startsAt: local(p.startsAt),
        endsAt: local(p.endsAt),
        imageUrl: p.imageUrl ?? '',
        tierId: p.tier?.id ?? '',
      });
  }, [existing.data]);
  const assetId = form.assetId || info.data?.assets[0]?.id || '';
  const save = useMutation({
    mutationFn: async () => {
      const common = {
        title: form.title,
        description: form.description,
        price: Number(form.price),
        stock: count(form.stock),
        perMemberLimit: count(form.limit),
        startsAt: iso(form.startsAt),
        endsAt: iso(form.endsAt),
        imageUrl: form.imageUrl.trim() || null,
      };
      if (id) return call(perkRoutes.updatePerk, { params: { id }, body: common });
      return call(perkRoutes.createPerk, {
        body: { ...common, kind: form.kind, assetId, tierId: form.kind === 'tier_upgrade' ? form.tierId || null : null },
      });
    },
    onSuccess: async (perk) => {
      await refreshPerks(queryClient);
      navigate(perkPaths.perk(perk.id));
    },
  });
  if (info.isPending || (id && existing.isPending)) return <Skeleton className="h-96 w-full rounded-2xl" />;
  const set = (name: keyof typeof EMPTY) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [name]: e.target.value }));
  const canSell = info.data?.canSell ?? false;
  const kinds = PERK_KINDS.filter((k) => k !== 'tier_upgrade' || info.data?.asBrand);
  return (
    <div className="flex flex-col gap-5">
      <PageHeader title={id ? t('form.editTitle') : t('form.newTitle')} />
      <PerksNav />
      {!canSell ? (
        <Alert tone="info" title={t('form.notEligible')} />
      ) : (
        <form
          className="flex max-w-2xl flex-col gap-4"
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate();
          }}
        >
          <p className="text-sm text-text-muted">{info.data?.asBrand ? t('form.asBrand') : t('form.asMember')}</p>
          <TextField label={t('form.title')} value={form.title} onChange={set('title')} maxLength={120} required />
          <TextArea label={t('form.description')} value={form.description} onChange={set('description')} rows={5} maxLength={10000} />
          {!id && (
            <div className="grid gap-4 sm:grid-cols-2">
              <Select
                label={t('form.kind')}
                value={form.kind}
                onChange={set('kind')}
                options={kinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
              />
              <Select
                label={t('form.asset')}
                value={assetId}
                onChange={set('assetId')}
                options={(info.data?.assets ?? []).map((a) => ({ value: a.id, label: a.name }))}
              />
            </div>
          )}
          {!id && form.kind === 'tier_upgrade' && (
            <Select
              label={t('form.tier')}
              value={form.tierId}
              onChange={set('tierId')}
              options={[{ value: '', label: '—' }, ...(info.data?.tiers ?? []).map((tier) => ({ value: tier.id, label: tier.name }))]}
            />
          )}
          <div className="grid gap-4 sm:grid-cols-3">
            <TextField
              label={t('form.price')}
              type="number"
              inputMode="numeric"
              min={1}
              step={1}
              value={form.price}
              onChange={set('price')}
              required
            />
            <TextField
              label={t('form.stock')}
              type="number"
              inputMode="numeric"
              min={1}
              step={1}
              value={form.stock}
              onChange={set('stock')}
            />
            <TextField
              label={t('form.limit')}
              type="number"
              inputMode="numeric"
              min={1}
              step={1}
              value={form.limit}
              onChange={set('limit')}
            />
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField label={t('form.startsAt')} type="datetime-local" value={form.startsAt} onChange={set('startsAt')} />
            <TextField label={t('form.endsAt')} type="datetime-local" value={form.endsAt} onChange={set('endsAt')} />
          </div>
          <TextField label={t('form.imageUrl')} type="url" value={form.imageUrl} onChange={set('imageUrl')} maxLength={2000} />
          {save.isError && (
            <Alert tone="danger" title={t('form.refused')}>
              <p>{errorText(save.error)}</p>
            </Alert>
          )}
          <Button type="submit" isLoading={save.isPending} className="self-start">
            {id ? t('form.save') : t('form.create')}
          </Button>
        </form>
      )}
    </div>
  );
}
