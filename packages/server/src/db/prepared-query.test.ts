import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setUpCommunity, startTestApp, type TestApp } from '../../test/harness.js';
import { withTransaction, type Db } from './database.js';
import { preparedQuery } from './prepared-query.js';

const tiersFrom = preparedQuery<{ minRank: number; limit: number }>()((db, p) =>
  db
    .selectFrom('tier')
    .select(['name', 'rank', 'isDefault'])
    .where('rank', '>=', p.minRank)
    .where('description', '!=', 'hidden') // a constant of the query, bound like a value
    .orderBy('rank')
    .limit(p.limit),
);

describe('prepared queries', () => {
  let app: TestApp;
  let db: Db;
  const names = async (on: Parameters<typeof tiersFrom.execute>[0], minRank: number, limit = 10) =>
    (await tiersFrom.execute(on, { minRank, limit })).map((t) => t.name);

  before(async () => {
    app = await startTestApp();
    await setUpCommunity(app, { locale: 'en' });
    db = app.hearth.platform.db;
  });
  after(() => app.close());

  it('binds fresh values on every run, keeps its own constants, and maps columns to camelCase', async () => {
    const all = await db.selectFrom('tier').select(['name', 'rank', 'isDefault']).orderBy('rank').execute();
    assert.ok(all.length >= 3);
    assert.deepEqual(await tiersFrom.execute(db, { minRank: 0, limit: 10 }), all);
    assert.deepEqual(await names(db, 1, 1), [all[1]!.name]);
    assert.deepEqual(
      await names(db, 2),
      all.slice(2).map((t) => t.name),
    );
    await db.updateTable('tier').set({ description: 'hidden' }).where('rank', '=', 2).execute();
    assert.deepEqual(
      await names(db, 2),
      all.slice(3).map((t) => t.name),
    );
    assert.equal(await tiersFrom.executeTakeFirst(db, { minRank: 99, limit: 1 }), undefined);
  });

  it("reads a transaction's own writes inside it, and only committed rows outside", async () => {
    const row = { id: 'prepared-query-test', name: 'Patron', description: '', perks: '[]', rank: 50, isDefault: 0, createdAt: 0 };
    await withTransaction(db, async (tx) => {
      await tx.insertInto('tier').values(row).execute();
      assert.deepEqual(await names(tx, 50), ['Patron']);
      // Another request reading meanwhile must not see the uncommitted row (nor wait for it).
      assert.deepEqual(await names(db, 50), []);
    });
    assert.deepEqual(await names(db, 50), ['Patron'], 'visible as soon as committed');
  });
});
