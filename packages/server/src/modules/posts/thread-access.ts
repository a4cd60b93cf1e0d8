import type { Platform } from '../../app/platform.js';
import type { DbOrTx } from '../../db/database.js';
import { notFound } from '../../platform/errors/app-error.js';
import type { Actor } from '../../platform/http/actor.js';
import type { LinkPreviewRequester } from '../media/index.js';
import type { MembersService } from '../members/index.js';
import type { ContentHolds, ContentScreen } from '../moderation/index.js';
import type { PeopleService } from '../people/index.js';
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
  /** Who may mention whom (not across a block). */
  people: PeopleService;
  /** Fed inside each change's transaction. */
  search: SearchIndexer;
  /** Asked inside each change's transaction for the previews of URLs alone on their line. */
  linkPreviews: LinkPreviewRequester;
  /** The word filter, called before every write of member text commits, and the review queue's holds. */
  moderation: { screen: ContentScreen; holds: ContentHolds };
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
 * Renders a Markdown body and checks its mentions name real members. A mention across a
 * block with the author stays plain text (no link, and nobody is notified of it).
 * @throws invalid_input (body: unknown_mention)
 */
export async function renderBody(deps: PostsDeps, source: string, authorId: string) {
  const rendered = renderMarkdown(source);
  if (rendered.mentions.length > 0) {
    const known = await deps.members.existingMemberIds(rendered.mentions);
    if (rendered.mentions.some((id) => !known.has(id))) throw invalid('body', 'unknown_mention');
    const unlinked = await deps.people.unmentionableBy(authorId, rendered.mentions);
    if (unlinked.size > 0) return renderMarkdown(source, { unlinkedMentions: unlinked });
  }
  return rendered;
}
