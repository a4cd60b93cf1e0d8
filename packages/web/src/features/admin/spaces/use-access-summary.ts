import type { Space, Tier } from '@hearth/contracts';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

export interface AccessPhrase {
  id: 'see' | 'post';
  text: string;
  /** Whether it keeps someone out (worth drawing the eye to). */
  isLimited: boolean;
}

/** Who sees a space and who may post, in short phrases ("VIP and above", "Read-only below Member"). */
export function useAccessSummary(tiers: readonly Tier[]): (access: Space['access']) => AccessPhrase[] {
  const { t } = useTranslation('admin');
  return useCallback(
    (access: Space['access']) => {
      // A rank whose tier was deleted still limits access, so it is shown rather than hidden.
      const tierName = (rank: number) => tiers.find((tier) => tier.rank === rank)?.name ?? t('spaces.access.rank', { rank });
      const see: AccessPhrase = access.private
        ? { id: 'see', text: t('spaces.access.private'), isLimited: true }
        : access.minTierRank !== null
          ? { id: 'see', text: t('spaces.access.tierAndAbove', { tier: tierName(access.minTierRank) }), isLimited: true }
          : { id: 'see', text: t('spaces.access.everyone'), isLimited: false };
      if (access.postMinTierRank === null) return [see];
      return [see, { id: 'post', text: t('spaces.access.readOnlyBelow', { tier: tierName(access.postMinTierRank) }), isLimited: true }];
    },
    [t, tiers],
  );
}
