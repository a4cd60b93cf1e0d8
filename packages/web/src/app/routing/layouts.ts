import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import type { PageLayout } from '../routes';

type LazyLayout = LazyExoticComponent<ComponentType<{ children: ReactNode }>> & { preload: () => Promise<unknown> };

function lazyLayout(loader: () => Promise<{ default: ComponentType<{ children: ReactNode }> }>): LazyLayout {
  let pending: ReturnType<typeof loader> | null = null;
  const load = () => (pending ??= loader());
  return Object.assign(lazy(load), { preload: load });
}

/** Layouts are their own chunks: the sign-in page never downloads the shell. */
export const layouts: Record<PageLayout, LazyLayout> = {
  shell: lazyLayout(() => import('../shell/app-shell')),
  auth: lazyLayout(() => import('../auth-layout/auth-layout')),
  admin: lazyLayout(() => import('../../features/admin/layout/admin-layout')),
};
