import type { Env } from 'markdown-it';

/** What a render found in a body, each list deduplicated in order of first appearance. */
export interface Found {
  mentions: Set<string>;
  topics: Set<string>;
  links: Set<string>;
  images: Set<string>;
}

const FOUND = Symbol('hearth.markdown.found');

/** A fresh markdown-it env that the Hearth rules record their findings in. */
export function createEnv(): Env {
  const found: Found = { mentions: new Set(), topics: new Set(), links: new Set(), images: new Set() };
  return { [FOUND]: found };
}

/** The findings recorded in an env made by {@link createEnv}. */
export function foundIn(env: Env): Found {
  const found = env[FOUND] as Found | undefined;
  if (!found) throw new Error('markdown env was not made by createEnv()');
  return found;
}
