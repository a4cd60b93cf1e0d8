import { memberRoutes, type Tier } from '@hearth/contracts';
import { useQuery } from '@tanstack/react-query';
import { Plus } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiQuery } from '../../../api/api-query';
import { useSignedInMember } from '../../../app/session/session-context';
import { useErrorText } from '../../../app/use-error-text';
import { Alert, Button, Card, SkeletonText, useToast } from '../../../ui';
import { AdminPage } from '../shared/admin-page';
import { QueryError } from '../shared/query-error';
import { TierCard } from './tier-card';
import { TierForm } from './tier-form';
import { useTierMutations } from './use-tier-mutations';

/** The tier ladder, lowest first, with member counts; the owner renames, describes, adds, reorders and deletes tiers. */
export default function TiersPage() {
  const { t } = useTranslation('admin');
  const me = useSignedInMember();
  const toast = useToast();
  const errorText = useErrorText();
  const canEdit = me.role === 'owner';
  const tiers = useQuery(apiQuery(memberRoutes.adminTiers));
  const { create, reorder } = useTierMutations();
  const [isAdding, setAdding] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const items = [...(tiers.data?.items ?? [])].sort((a, b) => a.rank - b.rank);

  const move = (index: number, direction: -1 | 1) => {
    const order: Tier[] = [...items];
    const [moved] = order.splice(index, 1);
    if (!moved) return;
    order.splice(index + direction, 0, moved);
    reorder.mutate(order);
  };

  return (
    <AdminPage
      title={t('sections.tiers.title')}
      description={canEdit ? t('tiers.description') : t('tiers.readOnly')}
      actions={
        canEdit &&
        !isAdding && (
          <Button variant="secondary" size="sm" onClick={() => setAdding(true)} icon={<Plus className="size-4" aria-hidden="true" />}>
            {t('tiers.add')}
          </Button>
        )
      }
    >
      {tiers.isPending && <SkeletonText lines={6} />}
      {tiers.isError && <QueryError error={tiers.error} onRetry={() => void tiers.refetch()} />}
      {reorder.isError && <Alert tone="danger">{errorText(reorder.error)}</Alert>}
      {items.length > 0 && (
        <>
          <p className="text-sm text-text-muted">{t('tiers.orderHint')}</p>
          <ol aria-label={t('tiers.listLabel')} className="flex max-w-4xl flex-col gap-4">
            {items.map((tier, index) => (
              <li key={tier.id}>
                <TierCard
                  tier={tier}
                  position={index}
                  count={items.length}
                  canEdit={canEdit}
                  isMoving={reorder.isPending}
                  onMove={(direction) => move(index, direction)}
                />
              </li>
            ))}
          </ol>
        </>
      )}
      {canEdit && isAdding && (
        <Card as="section" aria-labelledby="new-tier-title" className="flex flex-col gap-4">
          <h2 id="new-tier-title" className="text-lg font-semibold">
            {t('tiers.newTitle')}
          </h2>
          <p className="-mt-2 text-sm text-text-muted">{t('tiers.newHint')}</p>
          <TierForm
            key={formKey}
            initial={{ name: '', description: '', perks: [] }}
            submitLabel={t('tiers.add')}
            isPending={create.isPending}
            error={create.error}
            onCancel={() => setAdding(false)}
            onSubmit={(values) =>
              create.mutate(values, {
                onSuccess: ({ tier }) => {
                  setAdding(false);
                  setFormKey((key) => key + 1);
                  toast.show({ tone: 'success', title: t('tiers.created', { name: tier.name }) });
                },
              })
            }
          />
        </Card>
      )}
    </AdminPage>
  );
}
