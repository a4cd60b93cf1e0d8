import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export type LazyPage = LazyExoticComponent<ComponentType> & { preload: () => Promise<unknown> };

/**
 * A code-split page. `preload` starts fetching its chunk early (the router calls it with
 * the layout's and the translations', so they arrive together instead of one after another).
 */
export function lazyPage(loader: () => Promise<{ default: ComponentType }>): LazyPage {
  let pending: Promise<{ default: ComponentType }> | null = null;
  const load = () => (pending ??= loader());
  return Object.assign(lazy(load), { preload: load });
}
