import { useEffect } from 'react';
import { applyAccent } from './accent';

/** Applies the community's accent colour whenever it is known or changes. */
export function AccentSync({ colour }: { colour: string | null }) {
  useEffect(() => applyAccent(colour), [colour]);
  return null;
}
