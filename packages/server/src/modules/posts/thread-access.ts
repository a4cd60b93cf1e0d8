import type { Platform } from '../../app/platform.js';
import type { DbOrTx } from '../../db/database.js';
import { notFound } from '../../platform/errors/app-error.js';
import type { Actor } from '../../platform/http/actor.js';
import type { MembersService } from '../members/index.js';
import type { SearchIndexer } from '../search/index.js';
import type { SpaceAccessDecision, SpacesService } from '../spaces/index.js';
import { renderMarkdown } from '../../platform/text/markdown.js';
import { invalid } from '../../platform/errors/app-error.js';
import { findPost, type PostRow } from './posts.repository.js';

/** What the posts module needs from its neighbours. */
export interface PostsDeps {
  platform: Platform;
  spaces: SpacesService;
  members: MembersService;
  /** Fed inside each change's transaction. */
  search: SearchIndexer;
}

/**
 * A thread as the caller may see it, with the space's access decision. Published threads are
 * visible to whoever sees the space; pending and deleted ones only to their author and staff.
 * @throws not_found otherwise (never revealing that it exists)
 */
export async function visibleThread(
  deps: PostsDeps,
  actor: Actor,
  id: string,
  db?: DbOrTx,
): Promise<{ post: PostRow; access: SpaceAccessDecision }> {
  const post = await findPost(db ?? deps.platform.db, id);
  const access = post ? await deps.spaces.access(actor, post.spaceId, db) : null;
  if (!post || !access?.canView) throw notFound();
  if (post.status !== 'published' && post.authorId !== actor.memberId && !access.canModerate) throw notFound();
  return { post, access };
}

/**
 * Renders a Markdown body and checks its mentions name real members.
 * @throws invalid_input (body: unknown_mention)
 */
export async function renderBody(deps: PostsDeps, source: string) {
  const rendered = renderMarkdown(source);
  if (rendered.mentions.length > 0) {
    const known = await deps.members.existingMemberIds(rendered.mentions);
    if (rendered.mentions.some((id) => !known.has(id))) throw invalid('body', 'unknown_mention');
  }
  return rendered;
}
