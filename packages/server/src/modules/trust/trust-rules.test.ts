import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { abilityTable, daysBetween, DEFAULT_REQUIREMENTS, earnedLevel, effectiveLevel } from './trust-rules.js';

const DAY = 86_400_000;

/** The level computation, table-driven: each row is a member's numbers and the level they earn. */
describe('trust level rules', () => {
  const cases: { name: string; days: number; posts: number; reactions: number; flags: number; restricted?: boolean; level: number }[] = [
    { name: 'brand new', days: 0, posts: 0, reactions: 0, flags: 0, level: 0 },
    { name: 'posts but no tenure', days: 2, posts: 50, reactions: 50, flags: 0, level: 0 },
    { name: 'tenure but no posts', days: 400, posts: 4, reactions: 0, flags: 0, level: 0 },
    { name: 'basic: 3 days and 5 posts', days: 3, posts: 5, reactions: 0, flags: 0, level: 1 },
    { name: 'basic with two upheld flags', days: 3, posts: 5, reactions: 0, flags: 2, level: 1 },
    { name: 'three upheld flags hold at 0', days: 3, posts: 5, reactions: 0, flags: 3, level: 0 },
    { name: 'member: 14 days, 20 posts, 10 reactions', days: 14, posts: 20, reactions: 10, flags: 0, level: 2 },
    { name: 'member numbers, one reaction short', days: 14, posts: 20, reactions: 9, flags: 0, level: 1 },
    { name: 'member numbers with two flags stays basic', days: 14, posts: 20, reactions: 10, flags: 2, level: 1 },
    { name: 'regular', days: 60, posts: 100, reactions: 50, flags: 0, level: 3 },
    { name: 'regular numbers with one flag stays member', days: 60, posts: 100, reactions: 50, flags: 1, level: 2 },
    { name: 'leader', days: 180, posts: 300, reactions: 200, flags: 0, level: 4 },
    { name: 'leader numbers while muted', days: 180, posts: 300, reactions: 200, flags: 0, restricted: true, level: 0 },
  ];
  for (const c of cases) {
    it(`${c.name} → level ${c.level}`, () => {
      const { days, posts, reactions, flags } = c;
      assert.equal(earnedLevel({ days, posts, reactions, flags }, c.restricted ?? false, DEFAULT_REQUIREMENTS), c.level);
    });
  }

  it('a level needs every level below it: a lax level 3 cannot be reached past a strict level 2', () => {
    const levels = [
      { days: 0, posts: 0, reactions: 0, maxFlags: 5 },
      { days: 0, posts: 1000, reactions: 0, maxFlags: 5 },
      { days: 0, posts: 0, reactions: 0, maxFlags: 5 },
      { days: 0, posts: 0, reactions: 0, maxFlags: 5 },
    ];
    assert.equal(earnedLevel({ days: 0, posts: 10, reactions: 0, flags: 0 }, false, levels), 1);
  });

  it('a lock wins over the numbers, up or down', () => {
    assert.equal(effectiveLevel(0, 3), 3);
    assert.equal(effectiveLevel(4, 1), 1);
    assert.equal(effectiveLevel(2, 0), 0);
    assert.equal(effectiveLevel(2, null), 2);
  });

  it('the ability table: level 0 limited, level 1 links and images, level 2 DMs anyone; no limits while off', () => {
    const table = abilityTable(true, { trustedLevel: 1, reporterLevel: 2 });
    assert.deepEqual(
      table.map((a) => [a.links, a.images, a.dmStrangers, a.postsPerHour, a.established, a.trustedReporter]),
      [
        [false, false, false, 5, false, false],
        [true, true, false, 20, true, false],
        [true, true, true, 60, true, true],
        [true, true, true, null, true, true],
        [true, true, true, null, true, true],
      ],
    );
    const off = abilityTable(false, { trustedLevel: 1, reporterLevel: 2 });
    assert.ok(off.every((a) => a.links && a.images && a.dmStrangers && a.postsPerHour === null));
    assert.equal(off[0]!.trustedReporter, false, 'reporting and spam thresholds still follow levels');
  });

  it('tenure counts whole days', () => {
    assert.equal(daysBetween(0, DAY - 1), 0);
    assert.equal(daysBetween(0, 3 * DAY), 3);
    assert.equal(daysBetween(5 * DAY, 0), 0);
  });
});
