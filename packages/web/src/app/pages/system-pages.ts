import { lazyPage } from '../routing/lazy-page';

export const notFoundPage = lazyPage(() => import('./not-found-page'));
export const forbiddenPage = lazyPage(() => import('./forbidden-page'));
