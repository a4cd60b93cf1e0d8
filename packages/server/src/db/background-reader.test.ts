import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import SqliteDatabase from 'better-sqlite3';
import { createBackgroundReader, type BackgroundReader } from './background-reader.js';

describe('background SQLite reader', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-bg-reader-'));
  const file = path.join(dir, 'db.sqlite');
  let writer: SqliteDatabase.Database;
  let reader: BackgroundReader;
  before(() => {
    writer = new SqliteDatabase(file);
    writer.pragma('journal_mode = WAL');
    writer.exec('create table item (item_id integer primary key, display_name text)');
    writer.prepare('insert into item (display_name) values (?), (?)').run('一', 'two');
    reader = createBackgroundReader(file);
  });
  after(async () => {
    await reader.close();
    writer.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('returns rows keyed by camelCase names, with bound parameters', async () => {
    const rows = await reader.all('select item_id, display_name from item where item_id >= ? order by item_id', [1]);
    assert.deepEqual(rows, [
      { itemId: 1, displayName: '一' },
      { itemId: 2, displayName: 'two' },
    ]);
  });

  it('sees what was committed after it started, and runs reads side by side in order', async () => {
    writer.prepare('insert into item (display_name) values (?)').run('three');
    const counts = await Promise.all([1, 2, 3].map((min) => reader.all('select count(*) as n from item where item_id >= ?', [min])));
    assert.deepEqual(
      counts.map((rows) => rows[0]!.n),
      [3, 2, 1],
    );
  });

  it('rejects a bad statement and an attempted write, and goes on reading', async () => {
    await assert.rejects(reader.all('select nope from item', []), /no such column/);
    await assert.rejects(reader.all('delete from item', []), /return data|readonly|query_only|attempt to write/i);
    const rows = await reader.all('select count(*) as n from item', []);
    assert.equal(rows[0]!.n, 3);
  });

  it('starts a fresh thread for a read after close', async () => {
    const other = createBackgroundReader(file);
    assert.equal((await other.all('select 1 as one', []))[0]!.one, 1);
    await other.close();
    const again = await other.all('select 2 as two', []);
    assert.equal(again[0]!.two, 2);
    await other.close();
  });
});
