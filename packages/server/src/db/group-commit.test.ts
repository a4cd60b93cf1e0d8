import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { openDb, withTransaction, type DbHandle } from './database.js';

/**
 * SQLite group commit (group-commit.ts) and the read connection (read-routing-dialect.ts):
 * transactions that arrive together share a commit yet keep their own meaning, and plain
 * reads never wait for an open transaction.
 */
describe('SQLite group commit', () => {
  let handle: DbHandle;
  let dir: string;
  // The tables here are the test's own, not the app's schema.
  const db = () => handle.db as unknown as Kysely<any>;
  const values = async () => (await db().selectFrom('item').select('value').orderBy('value').execute()).map((r) => r.value as number);

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-group-'));
    handle = await openDb({ databaseUrl: null, sqliteFile: path.join(dir, 'test.sqlite'), synchronous: 'FULL' });
    await sql`create table item (value integer primary key)`.execute(handle.db);
    await sql`create table parent (id integer primary key)`.execute(handle.db);
    await sql`create table child (id integer primary key, parent_id integer references parent (id) deferrable initially deferred)`.execute(
      handle.db,
    );
  });
  after(async () => {
    await handle.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const insert = (value: number) => withTransaction(handle.db, (tx) => sql`insert into item (value) values (${value})`.execute(tx));

  it('commits transactions that arrive together once, and answers each only after that commit', async () => {
    const before = handle.sqlite!.prepare('select count(*) as n from item').get() as { n: number };
    let committedWhenAnswered = -1;
    const first = insert(1).then(() => {
      committedWhenAnswered = (handle.sqlite!.prepare('select count(*) as n from item').get() as { n: number }).n;
    });
    await Promise.all([first, ...[2, 3, 4, 5].map(insert)]);
    assert.deepEqual(await values(), [1, 2, 3, 4, 5]);
    assert.equal(committedWhenAnswered - before.n, 5, 'the first caller was answered once all five were committed together');
  });

  it('rolls a failing unit back alone: its neighbours in the group commit', async () => {
    const outcomes = await Promise.allSettled([
      insert(10),
      withTransaction(handle.db, async (tx) => {
        await sql`insert into item (value) values (11)`.execute(tx);
        throw new Error('refused');
      }),
      insert(10), // a duplicate key: fails inside its own savepoint
      insert(12),
    ]);
    assert.deepEqual(
      outcomes.map((o) => o.status),
      ['fulfilled', 'rejected', 'rejected', 'fulfilled'],
    );
    assert.equal((outcomes[1] as PromiseRejectedResult).reason.message, 'refused');
    assert.deepEqual(
      (await values()).filter((v) => v >= 10),
      [10, 12],
    );
  });

  it('runs the units of a group one after another: each sees the writes of those before it', async () => {
    const seen: number[] = [];
    const readAndInsert = (value: number) =>
      withTransaction(handle.db, async (tx) => {
        const rows = await sql<{ n: number }>`select count(*) as n from item where value >= 20`.execute(tx);
        seen.push(rows.rows[0]!.n);
        await sql`insert into item (value) values (${value})`.execute(tx);
      });
    await Promise.all([20, 21, 22].map(readAndInsert));
    assert.deepEqual(seen, [0, 1, 2]);
  });

  it('fails every unit of a group whose COMMIT fails (a deferred constraint), and keeps none of their writes', async () => {
    const outcomes = await Promise.allSettled([
      insert(30),
      withTransaction(handle.db, (tx) => sql`insert into child (id, parent_id) values (1, 999)`.execute(tx)),
      insert(31),
    ]);
    assert.ok(
      outcomes.every((o) => o.status === 'rejected'),
      JSON.stringify(outcomes.map((o) => o.status)),
    );
    assert.deepEqual(
      (await values()).filter((v) => v >= 30),
      [],
    );
    // The next group is unaffected.
    await insert(32);
    assert.deepEqual(
      (await values()).filter((v) => v >= 30),
      [32],
    );
  });

  it('serves plain reads from the last commit while a transaction is still open', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const open = withTransaction(handle.db, async (tx) => {
      await sql`insert into item (value) values (40)`.execute(tx);
      await held;
    });
    // Give the transaction time to begin and write.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const during = await values();
    assert.ok(!during.includes(40), 'the open transaction is not visible');
    release();
    await open;
    assert.ok((await values()).includes(40), 'visible once committed');
  });
});
