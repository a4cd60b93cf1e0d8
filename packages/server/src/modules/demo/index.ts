/** Demo content: a community that looks alive on first run, in the owner's language. */
import type { Locale } from '@hearth/contracts';
import type { Platform } from '../../app/platform.js';
import type { Tx } from '../../db/database.js';
import { DAY_MS } from '../../platform/clock.js';
import type { MembersService } from '../members/index.js';
import { DEMO } from './demo.data.js';

const TIME_ZONES: Record<Locale, string> = { 'zh-TW': 'Asia/Taipei', 'zh-CN': 'Asia/Shanghai', en: 'Europe/London' };

/**
 * Adds topics and a dozen members with profiles, tiers and roles; returns the community
 * description. Demo members have no password: they cannot sign in.
 */
export function createDemoSeeder(platform: Platform, members: MembersService) {
  return async function seedDemo(tx: Tx, locale: Locale): Promise<{ description: string }> {
    const demo = DEMO[locale];
    await members.replaceTopics(tx, demo.topics);
    const now = platform.clock.now();
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
    }
    return { description: demo.description };
  };
}
