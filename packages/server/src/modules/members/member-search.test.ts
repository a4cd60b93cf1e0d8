import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { ManualClock } from '../../platform/clock.js';
import { withTransaction } from '../../db/database.js';
import type { ApiClient, TestApp } from '../../../test/harness.js';
import { GRAM_PROBE_CAP } from './member-search.js';
import { SUMMARY_COLUMNS } from './members.repository.js';
import { startCommunity } from './members.test-support.js';

/**
 * Name search over more members than the gram probe counts, so both plans run: a rare
 * driving gram walked with the substring check alone, and a common one whose candidates
 * are first checked against the other grams. Either way the answer must equal a plain scan.
 */
describe('member name search at scale', () => {
  let app: TestApp;
  let owner: ApiClient;

  before(async () => {
    ({ app, owner } = await startCommunity());
    const { members } = app.hearth.modules;
    const clock = app.clock as ManualClock;
    await withTransaction(app.hearth.platform.db, async (tx) => {
      for (let i = 0; i < GRAM_PROBE_CAP + 150; i++) {
        // Every name has the grams of "anna"; only some contain it. Several share a join time,
        // so paging must break ties by id.
        const displayName = i % 3 === 0 ? `Ann Na ${i}` : i % 5 === 0 ? `Hanna ${i}` : `Anna ${i}`;
        await members.service.createMember(tx, {
          email: `s${i}@example.com`,
          displayName,
          role: 'member',
          status: i % 11 === 0 ? 'pending' : 'active',
          locale: 'en',
          timeZone: 'UTC',
        });
        if (i % 4 === 0) clock.advance(1);
      }
    });
  });
  after(() => app.close());

  /** Every page of a search, following cursors. */
  async function searchAll(q: string): Promise<string[]> {
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { status: number; body: any } = await owner.get(
        `/api/members?limit=100&q=${encodeURIComponent(q)}${cursor ? `&cursor=${cursor}` : ''}`,
      );
      assert.equal(res.status, 200, JSON.stringify(res.body));
      ids.push(...res.body.items.map((m: { id: string }) => m.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    return ids;
  }

  async function scan(fragment: string): Promise<string[]> {
    const rows = await app.hearth.platform.db
      .selectFrom('member')
      .select('id')
      .where('listed', '=', 1)
      .where('nameFolded', 'like', `%${fragment}%`)
      .orderBy('createdAt', 'desc')
      .orderBy('id', 'desc')
      .execute();
    return rows.map((r) => r.id);
  }

  it('finds exactly what a scan finds when the rarest gram is common', async () => {
    const expected = await scan('anna');
    assert.ok(expected.length > 1000);
    assert.deepEqual(await searchAll('anna'), expected);
    assert.deepEqual(await searchAll('ANNA'), expected);
  });

  it('finds exactly what a scan finds when a rare gram drives the walk', async () => {
    const expected = await scan('hanna');
    assert.ok(expected.length > 50);
    assert.deepEqual(await searchAll('hanna'), expected);
    assert.deepEqual(await searchAll('nna 1'), await scan('nna 1'));
  });

  it('keeps member summaries in the covering index', async () => {
    const { db, dialect } = app.hearth.platform;
    const definition =
      dialect === 'sqlite'
        ? (await sql<{ name: string }>`select name from pragma_index_info('member_summary')`.execute(db)).rows.map((r) => r.name).join(',')
        : ((await sql<{ def: string }>`select indexdef as def from pg_indexes where indexname = 'member_summary'`.execute(db)).rows[0]
            ?.def ?? '');
    const snake = (c: string) => c.replace('member.', '').replace(/[A-Z]/g, (l) => `_${l.toLowerCase()}`);
    for (const column of [...SUMMARY_COLUMNS.map(snake), 'listed', 'name_folded']) {
      assert.match(definition, new RegExp(`\\b${column}\\b`), `${column} is covered`);
    }
  });
});
