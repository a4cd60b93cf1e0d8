import { FilterAction, FilterCategory, FilterList } from '@hearth/contracts';
import { useTranslation } from 'react-i18next';
import type { BadgeTone } from '../../../ui';

export const ACTIONS = FilterAction.options;
export const CATEGORIES = FilterCategory.options;
export const LISTS = FilterList.options;

export const ACTION_TONE: Record<FilterAction, BadgeTone> = { block: 'danger', review: 'warning', mask: 'accent', tag: 'neutral' };

/** Select options for actions, categories and lists, in the UI language. */
export function useFilterOptions() {
  const { t } = useTranslation('moderation');
  return {
    actions: ACTIONS.map((value) => ({ value, label: t(`actions.${value}`) })),
    categories: CATEGORIES.map((value) => ({ value, label: t(`categories.${value}`) })),
    lists: LISTS.map((value) => ({ value, label: value === 'allow' ? t('allowed.title') : t(`actions.${value}`) })),
  };
}
