import { createContext, useContext, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useMediaQuery } from '../use-media-query';

/** The shell's panel element; null until it is mounted, undefined outside the shell. */
export const RightPanelContext = createContext<HTMLElement | null | undefined>(undefined);

/** Width from which the shell shows its right panel (Tailwind's xl). */
export const RIGHT_PANEL_QUERY = '(min-width: 80rem)';

/**
 * Context for the page (online members, next event…): in the shell's right panel on wide
 * screens, in place (where the page puts it) on narrower ones.
 */
export function RightPanel({ children, label }: { children: ReactNode; label: string }) {
  const target = useContext(RightPanelContext);
  const isWide = useMediaQuery(RIGHT_PANEL_QUERY);
  // On wide screens the shell's panel element arrives a render later; wait for it rather than flash in place.
  if (isWide && target === null) return null;
  if (target && isWide) {
    return createPortal(
      <section aria-label={label} className="flex flex-col gap-4">
        {children}
      </section>,
      target,
    );
  }
  return (
    <section aria-label={label} className="flex flex-col gap-4">
      {children}
    </section>
  );
}
