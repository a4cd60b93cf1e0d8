/** Demo content: a community that looks alive on first run, in the owner's language. */
import type { Locale } from '@hearth/contracts';
import type { Platform } from '../../app/platform.js';
import type { Tx } from '../../db/database.js';
import { DAY_MS, HOUR_MS } from '../../platform/clock.js';
import type { MembersService } from '../members/index.js';
import type { ChatModule } from '../chat/index.js';
import type { EconomyModule } from '../economy/index.js';
import type { PostsModule } from '../posts/index.js';
import type { SpacesService, StarterSpaces } from '../spaces/index.js';
import { DEMO } from './demo.data.js';
import { DEMO_THREADS, type DemoSpaceKey } from './demo-threads.js';

const TIME_ZONES: Record<Locale, string> = { 'zh-TW': 'Asia/Taipei', 'zh-CN': 'Asia/Shanghai', en: 'Europe/London' };
const VIP_RANK = 2;

export interface DemoSeederDeps {
  platform: Platform;
  members: MembersService;
  spaces: SpacesService;
  posts: Pick<PostsModule, 'importThread'>;
  chat: Pick<ChatModule, 'importSpaceMessages'>;
  economy: Pick<EconomyModule, 'importActivity'>;
}

/**
 * Adds topics, a dozen members with profiles, tiers and roles, a book club, a VIP-only
 * space and a chat space, threads with replies and a morning's chat; returns the community description. Threads meant for the
 * starter spaces go there when they are given (setup), else into the book club (the CLI, on
 * a community whose starter spaces may be gone). Demo members have no password: they cannot
 * sign in.
 */
export function createDemoSeeder(deps: DemoSeederDeps) {
  const { platform, members, spaces, posts, chat, economy } = deps;
  return async function seedDemo(tx: Tx, locale: Locale, starter: StarterSpaces | null): Promise<{ description: string }> {
    const demo = DEMO[locale];
    const content = DEMO_THREADS[locale];
    await members.replaceTopics(tx, demo.topics);
    const now = platform.clock.now();
    const people: string[] = [];
    for (const [index, person] of demo.people.entries()) {
      const member = await members.createMember(tx, {
        email: `demo-${index + 1}@demo.hearth.invalid`,
        displayName: person.name,
        role: person.role ?? 'member',
        status: 'active',
        locale,
        timeZone: TIME_ZONES[locale],
        source: index % 3 === 0 ? 'instagram-bio' : index % 3 === 1 ? 'youtube' : null,
      });
      // Spread join dates over the last seven weeks so "newest members" reads naturally.
      await members.importProfile(tx, member.id, {
        bio: person.bio,
        location: person.location,
        interests: person.interests,
        tierRank: person.tier,
        joinedAt: now - (demo.people.length - index) * 4 * DAY_MS,
      });
      people.push(member.id);
    }

    const section = await spaces.createSectionIn(tx, content.section);
    const open = { minTierRank: null, private: false, postMinTierRank: null };
    const bookClub = await spaces.insertSpace(tx, { ...content.bookClub, kind: 'discussion', sectionId: section.id, access: open }, null);
    const vipLounge = await spaces.insertSpace(
      tx,
      { ...content.vipLounge, kind: 'discussion', sectionId: section.id, access: { ...open, minTierRank: VIP_RANK } },
      null,
    );
    const lounge = await spaces.insertSpace(tx, { ...content.chat, kind: 'chat', sectionId: section.id, access: open }, null);
    // The chat ran this morning: a message every few minutes.
    await chat.importSpaceMessages(
      tx,
      lounge,
      content.chat.messages.map((message, index) => ({
        authorId: people[message.by]!,
        body: message.body,
        createdAt: now - (content.chat.messages.length - index) * 7 * 60_000,
      })),
    );
    const spaceOf: Record<DemoSpaceKey, string> = {
      discussion: starter?.discussion ?? bookClub,
      qa: starter?.qa ?? bookClub,
      bookClub,
      vipLounge,
    };
    const threads: { postId: string; authorIndex: number }[] = [];
    for (const thread of content.threads) {
      const startedAt = now - thread.hoursAgo * HOUR_MS;
      const postId = await posts.importThread(tx, {
        spaceId: spaceOf[thread.space],
        authorId: people[thread.by]!,
        title: thread.title,
        body: thread.body,
        createdAt: startedAt,
        // Replies follow the thread at a believable pace: the first within the hour.
        comments: thread.comments.map((comment, index) => ({
          authorId: people[comment.by]!,
          body: comment.body,
          createdAt: startedAt + (index + 1) * 47 * 60_000,
          ...(comment.replyTo !== undefined ? { replyTo: comment.replyTo } : {}),
        })),
        ...(thread.accepted !== undefined && starter ? { acceptedComment: thread.accepted } : {}),
      });
      threads.push({ postId, authorIndex: thread.by });
    }
    // Every demo member got welcome points, and a few tipped the threads they liked, so
    // wallets, histories and tip totals are not empty on the first visit.
    await economy.importActivity(tx, {
      grants: people.map((memberId, index) => ({ memberId, amount: 100 + ((index * 37) % 5) * 20, reason: demo.welcomePoints })),
      tips: threads.slice(0, 4).flatMap(({ postId, authorIndex }, t) =>
        people
          .map((tipperId, index) => ({ tipperId, index }))
          .filter(({ index }) => index !== authorIndex && (index + t) % 3 === 0)
          .slice(0, 3)
          .map(({ tipperId }, n) => ({ tipperId, authorId: people[authorIndex]!, postId, amount: [5, 10, 20][n]! })),
      ),
    });
    return { description: demo.description };
  };
}
