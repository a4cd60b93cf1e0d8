import type { ReactNode } from 'react';
import AppShell from '../../../app/shell/app-shell';
import { AdminFrame } from './admin-frame';

/** The admin console's layout: the app shell at full width, with the console's sections around the page. */
export default function AdminLayout({ children }: { children: ReactNode }) {
  return (
    <AppShell isWide>
      <AdminFrame>{children}</AdminFrame>
    </AppShell>
  );
}
