import type { ContentScreen } from '../moderation/index.js';
import type { Platform } from '../../app/platform.js';
import type { DbOrTx } from '../../db/database.js';
import { notFound } from '../../platform/errors/app-error.js';
import type { Actor } from '../../platform/http/actor.js';
import type { RealtimeHub } from '../../platform/realtime/realtime-hub.js';
import type { LinkPreviewRequester } from '../media/index.js';
import type { MembersService } from '../members/index.js';
import type { PeopleService } from '../people/index.js';
import type { SearchIndexer } from '../search/index.js';
import type { SpacesService } from '../spaces/index.js';
import {
  ensureSpaceConversation,
  findConversation,
  findMembership,
  type ConversationMemberRow,
  type ConversationRow,
} from './chat.repository.js';

/** What the chat module needs from its neighbours. */
export interface ChatDeps {
  platform: Platform;
  spaces: SpacesService;
  members: MembersService;
  /** Who may DM whom, and mention whom (blocks, DM policies). */
  people: PeopleService;
  realtime: RealtimeHub;
  /** Fed inside each change's transaction. */
  search: SearchIndexer;
  /** Asked inside each change's transaction for the previews of URLs alone on their line. */
  linkPreviews: LinkPreviewRequester;
  /** The word filter, called before a message is stored (review words refuse: see docs/architecture.md). */
  moderation: ContentScreen;
  /** Trust levels (modules/trust, bound late): whether the caller may start a DM with members who are not their friends. */
  strangerDms?: { assertMayStartDm(senderId: string, otherIds: readonly string[]): Promise<void> };
}

/** One caller's standing in one conversation. */
export interface ConversationAccess {
  conversation: ConversationRow;
  /** The caller's read state (a DM member always has one; in a space channel, once they read or wrote). */
  membership: ConversationMemberRow | undefined;
  canRead: boolean;
  canPost: boolean;
  /** Removes others' messages (staff in space channels). */
  canModerate: boolean;
  /** The chat space's name, for a space channel. */
  spaceName: string | null;
}

/**
 * The caller's access to a conversation: a DM's members read it (and write unless muted); a
 * chat space's channel follows the space's access policy. A chat space's channel is created
 * the first time anyone who may see the space opens it (its id is the space's id).
 * Null when there is no such conversation.
 */
export async function conversationAccess(
  deps: ChatDeps,
  actor: Actor,
  id: string,
  db: DbOrTx = deps.platform.db,
): Promise<ConversationAccess | null> {
  let conversation = await findConversation(db, id);
  if (!conversation || conversation.kind === 'space') {
    const space = await deps.spaces.access(actor, conversation?.spaceId ?? id, db);
    if (!space || space.space.kind !== 'chat') return null;
    conversation ??= await openSpaceChannel(deps, db, space.space.id);
    const membership = await findMembership(db, conversation.id, actor.memberId);
    return {
      conversation,
      membership,
      canRead: space.canView,
      canPost: space.canPost,
      canModerate: space.canModerate,
      spaceName: space.space.name,
    };
  }
  const membership = await findMembership(db, id, actor.memberId);
  const canRead = membership !== undefined && actor.status !== 'banned';
  return { conversation, membership, canRead, canPost: canRead && actor.status === 'active', canModerate: false, spaceName: null };
}

/** Like conversationAccess, for callers that must be able to read. @throws not_found */
export async function readableConversation(deps: ChatDeps, actor: Actor, id: string, db?: DbOrTx): Promise<ConversationAccess> {
  const access = await conversationAccess(deps, actor, id, db);
  if (!access?.canRead) throw notFound();
  return access;
}

async function openSpaceChannel(deps: ChatDeps, db: DbOrTx, spaceId: string): Promise<ConversationRow> {
  await ensureSpaceConversation(db, spaceId, deps.platform.clock.now());
  return (await findConversation(db, spaceId))!;
}
