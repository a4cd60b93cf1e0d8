import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SectionTabs } from '../../ui';
import { perkPaths } from './perk-paths';
import { sellerInfoQuery } from './perk-queries';

/** The marketplace's sections: browse, my redemptions, orders to fulfil and listing (for sellers). */
export function PerksNav() {
  const { t } = useTranslation('perks');
  const info = useQuery(sellerInfoQuery);
  const items = [
    { href: perkPaths.browse, label: t('nav.browse') },
    { href: perkPaths.redemptions, label: t('nav.redemptions') },
    ...(info.data?.canSell
      ? [
          { href: perkPaths.orders, label: t('nav.orders') },
          { href: perkPaths.create, label: t('nav.new') },
        ]
      : []),
  ];
  return <SectionTabs label={t('title')} items={items} />;
}
