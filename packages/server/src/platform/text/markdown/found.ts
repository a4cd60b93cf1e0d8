import type { Env } from 'markdown-it';

/** What a render found in a body, each list deduplicated in order of first appearance. */
export interface Found {
  mentions: Set<string>;
  topics: Set<string>;
  links: Set<string>;
  images: Set<string>;
  /** Bare URLs alone on their line: link-preview candidates. */
  previews: Set<string>;
}

const FOUND = Symbol('hearth.markdown.found');

const UNLINKED = Symbol('hearth.markdown.unlinked-mentions');

/**
 * A fresh markdown-it env that the Hearth rules record their findings in. Mentions of the
 * `unlinkedMentions` ids render as plain `@Name` text and are not collected.
 */
export function createEnv(unlinkedMentions: ReadonlySet<string> = new Set()): Env {
  const found: Found = { mentions: new Set(), topics: new Set(), links: new Set(), images: new Set(), previews: new Set() };
  return { [FOUND]: found, [UNLINKED]: unlinkedMentions };
}

/** The member ids whose mentions stay plain text in this render. */
export function unlinkedMentionsIn(env: Env): ReadonlySet<string> {
  return (env[UNLINKED] as ReadonlySet<string> | undefined) ?? new Set();
}

/** The findings recorded in an env made by {@link createEnv}. */
export function foundIn(env: Env): Found {
  const found = env[FOUND] as Found | undefined;
  if (!found) throw new Error('markdown env was not made by createEnv()');
  return found;
}
