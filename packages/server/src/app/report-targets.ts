import type { ChatService } from '../modules/chat/index.js';
import type { MembersService } from '../modules/members/index.js';
import type { ReportTargets } from '../modules/moderation/index.js';
import type { PostsModule } from '../modules/posts/index.js';
import { notFound } from '../platform/errors/app-error.js';

/**
 * What member reports need of each kind of target, from the module that owns it: threads and
 * replies (posts), messages and DMs (chat), profiles (members). A DM is a message whose
 * conversation is a DM: reported as `message` or `dm`, it is recorded as `dm`.
 */
export function composeReportTargets(deps: { posts: PostsModule; chat: ChatService; members: MembersService }): ReportTargets {
  const { posts, chat, members } = deps;
  return {
    async describe(actor, kind, id) {
      switch (kind) {
        case 'post':
        case 'comment':
          return { ...(await posts.reportTargets.describe(actor, kind, id)), removable: true };
        case 'message':
        case 'dm': {
          // Clients may say `message` for any chat message; a DM is recorded as `dm`.
          const message = await chat.reportTarget(actor, id);
          if (kind === 'dm' && !message.isDm) throw notFound();
          return {
            kind: message.isDm ? 'dm' : 'message',
            authorId: message.authorId,
            excerpt: message.excerpt,
            url: message.url,
            removable: !message.isDm,
          };
        }
        case 'profile': {
          const profile = await members.profileForReport(id);
          if (!profile) throw notFound();
          return { authorId: id, excerpt: profile, url: `/members/${id}`, removable: false };
        }
      }
    },
    async remove(moderator, kind, id) {
      if (kind === 'post' || kind === 'comment') await posts.reportTargets.remove(moderator, kind, id);
      else if (kind === 'message') await chat.removeReported(moderator, id);
      else throw new Error(`a reported ${kind} cannot be removed`);
    },
    async hide(kind, id, signals) {
      return kind === 'post' || kind === 'comment' ? posts.reportTargets.hide(kind, id, signals) : false;
    },
  };
}
