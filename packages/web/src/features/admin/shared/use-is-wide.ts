import { useMediaQuery } from '../../../app/use-media-query';

/** Whether tables fit (≥ 768 px); below that, rows become stacked cards. */
export function useIsWide(): boolean {
  return useMediaQuery('(min-width: 48rem)');
}
