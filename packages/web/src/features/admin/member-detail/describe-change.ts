import type { MemberChange, MemberStatus, Role, TierRef } from '@hearth/contracts';
import { MemberStatus as MemberStatusSchema, Role as RoleSchema } from '@hearth/contracts';
import type { TFunction } from 'i18next';

/**
 * A history value in words: roles and statuses translated, tier ids resolved to the tier's
 * current name (or "a deleted tier"), nothing as a dash.
 */
export function describeValue(
  field: MemberChange['field'],
  value: string | null,
  tiers: readonly TierRef[],
  t: TFunction<['admin', 'common']>,
): string {
  if (value === null) return t('admin:history.nothing');
  switch (field) {
    case 'role': {
      const role = RoleSchema.safeParse(value);
      return role.success ? t(`common:roles.${role.data satisfies Role}`) : value;
    }
    case 'status': {
      const status = MemberStatusSchema.safeParse(value);
      return status.success ? t(`admin:status.${status.data satisfies MemberStatus}`) : value;
    }
    case 'tier':
      return tiers.find((tier) => tier.id === value)?.name ?? t('admin:history.deletedTier');
    case 'points':
      // Balances before and after a grant or deduction.
      return Number.isFinite(Number(value)) ? Number(value).toLocaleString() : value;
  }
}
