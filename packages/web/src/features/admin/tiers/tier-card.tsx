import type { Tier } from '@hearth/contracts';
import { ArrowDown, ArrowUp, Pencil, Star, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../app/use-error-text';
import { Alert, Badge, Button, Card, ConfirmDialog, IconButton, useToast } from '../../../ui';
import { useFormat } from '../../../app/format/use-format';
import { TierForm } from './tier-form';
import { useTierMutations } from './use-tier-mutations';

export interface TierCardProps {
  tier: Tier;
  position: number;
  count: number;
  canEdit: boolean;
  onMove: (direction: -1 | 1) => void;
  isMoving: boolean;
}

/** One tier: what it is and who is in it; for the owner, edit, make default, move and delete. */
export function TierCard({ tier, position, count, canEdit, onMove, isMoving }: TierCardProps) {
  const { t } = useTranslation('admin');
  const format = useFormat();
  const toast = useToast();
  const errorText = useErrorText();
  const { update, remove } = useTierMutations();
  const [isEditing, setEditing] = useState(false);
  const [isConfirming, setConfirming] = useState(false);
  const actionError = remove.error ?? (update.variables?.patch.isDefault ? update.error : null);

  return (
    <Card as="article" aria-labelledby={`tier-${tier.id}`} className="flex flex-col gap-3">
      <header className="flex flex-wrap items-start gap-3">
        <span className="num flex size-9 shrink-0 items-center justify-center rounded-full bg-surface-muted text-sm font-semibold text-text-muted">
          <span className="sr-only">{t('tiers.position')}</span>
          {format.number(position + 1)}
        </span>
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <h2 id={`tier-${tier.id}`} className="flex flex-wrap items-center gap-2 text-lg font-semibold">
            <span className="break-words">{tier.name}</span>
            {tier.isDefault && (
              <Badge tone="accent">
                <Star className="size-3" aria-hidden="true" />
                {t('tiers.default')}
              </Badge>
            )}
          </h2>
          <p className="num text-sm text-text-muted">
            {t('tiers.memberCount', { count: tier.memberCount ?? 0, shown: format.number(tier.memberCount ?? 0) })}
          </p>
        </div>
        {canEdit && (
          <div className="flex items-center">
            <IconButton
              label={t('tiers.moveUp', { name: tier.name })}
              icon={<ArrowUp className="size-4" aria-hidden="true" />}
              disabled={position === 0 || isMoving}
              onClick={() => onMove(-1)}
            />
            <IconButton
              label={t('tiers.moveDown', { name: tier.name })}
              icon={<ArrowDown className="size-4" aria-hidden="true" />}
              disabled={position === count - 1 || isMoving}
              onClick={() => onMove(1)}
            />
          </div>
        )}
      </header>
      {isEditing ? (
        <TierForm
          initial={{ name: tier.name, description: tier.description, perks: tier.perks }}
          submitLabel={t('actions.save')}
          isPending={update.isPending}
          error={update.variables?.patch.isDefault ? null : update.error}
          onCancel={() => setEditing(false)}
          onSubmit={(patch) =>
            update.mutate(
              { id: tier.id, patch },
              {
                onSuccess: ({ tier: saved }) => {
                  setEditing(false);
                  toast.show({ tone: 'success', title: t('tiers.saved', { name: saved.name }) });
                },
              },
            )
          }
        />
      ) : (
        <>
          {tier.description && <p className="whitespace-pre-line">{tier.description}</p>}
          {tier.perks.length > 0 && (
            <ul className="flex list-disc flex-col gap-0.5 pl-5 text-sm">
              {tier.perks.map((perk, index) => (
                <li key={index}>{perk}</li>
              ))}
            </ul>
          )}
          {!tier.description && tier.perks.length === 0 && <p className="text-sm text-text-muted">{t('tiers.undescribed')}</p>}
        </>
      )}
      {actionError != null && <Alert tone="danger">{errorText(actionError)}</Alert>}
      {canEdit && !isEditing && (
        <div className="flex flex-wrap gap-2 border-t border-border pt-3">
          <Button variant="secondary" size="sm" onClick={() => setEditing(true)} icon={<Pencil className="size-4" aria-hidden="true" />}>
            {t('tiers.edit')}
          </Button>
          {!tier.isDefault && (
            <Button
              variant="ghost"
              size="sm"
              isLoading={update.isPending && update.variables?.patch.isDefault === true}
              onClick={() => update.mutate({ id: tier.id, patch: { isDefault: true } })}
              icon={<Star className="size-4" aria-hidden="true" />}
            >
              {t('tiers.makeDefault')}
            </Button>
          )}
          {!tier.isDefault && (
            <Button variant="danger" size="sm" onClick={() => setConfirming(true)} icon={<Trash2 className="size-4" aria-hidden="true" />}>
              {t('actions.delete')}
            </Button>
          )}
        </div>
      )}
      <ConfirmDialog
        open={isConfirming}
        title={t('tiers.deleteTitle', { name: tier.name })}
        confirmLabel={t('actions.delete')}
        cancelLabel={t('actions.cancel')}
        isPending={remove.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          remove.mutate(tier.id, {
            onSettled: () => setConfirming(false),
            onSuccess: () => toast.show({ tone: 'success', title: t('tiers.deleted', { name: tier.name }) }),
          })
        }
      >
        <p>{t('tiers.deleteBody')}</p>
      </ConfirmDialog>
    </Card>
  );
}
