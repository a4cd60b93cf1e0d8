import { useTranslation } from 'react-i18next';
import { SectionTabs } from '../../ui';
import { marketPaths } from './market-queries';

/** The market's sections: all assets, and the caller's orders and fills. */
export function MarketNav() {
  const { t } = useTranslation('market');
  return (
    <SectionTabs
      label={t('title')}
      items={[
        { href: marketPaths.market, label: t('nav.assets') },
        { href: marketPaths.mine, label: t('nav.mine') },
      ]}
    />
  );
}
