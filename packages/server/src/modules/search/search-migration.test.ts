import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { Migrator, sql, type Migration } from 'kysely';
import pg from 'pg';
import { openDb, type DbHandle } from '../../db/database.js';
import { migrateToLatest } from '../../db/migrate.js';
import * as m0001 from '../../db/migrations/0001-foundation.js';
import * as m0002 from '../../db/migrations/0002-member-summary-index.js';
import * as m0003 from '../../db/migrations/0003-spaces-posts.js';
import * as m0004 from '../../db/migrations/0004-chat.js';
import * as m0005 from '../../db/migrations/0005-search.js';
import { foldText } from '../../platform/text/fold.js';
import { foldAligned, indexTerms, queryTerms } from '../../platform/text/search-tokens.js';
import { testDatabaseUrl } from '../../../test/harness.js';
import { findRankedPage } from './candidates.repository.js';
import { KEY_SLOTS } from './search.terms.js';

/** The index as migration 0005 left it, then migrated: every document is still found, now with keys and facets. */
describe('search: migration 0013 carries the 0005 index over', () => {
  const cleanups: (() => Promise<void>)[] = [];
  after(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  async function open(): Promise<DbHandle> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-search-migration-'));
    cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
    if (!testDatabaseUrl) return openDb({ databaseUrl: null, sqliteFile: path.join(dir, 'hearth.sqlite'), synchronous: 'NORMAL' });
    const schema = `t_search_migration_${process.pid}`;
    const admin = async (statement: string) => {
      const client = new pg.Client({ connectionString: testDatabaseUrl! });
      await client.connect();
      await client.query(statement).finally(() => client.end());
    };
    await admin(`drop schema if exists ${schema} cascade`);
    await admin(`create schema ${schema}`);
    cleanups.push(() => admin(`drop schema if exists ${schema} cascade`));
    const url = new URL(testDatabaseUrl);
    url.searchParams.set('options', `-c search_path=${schema}`);
    return openDb({ databaseUrl: url.toString(), sqliteFile: path.join(dir, 'unused.sqlite'), synchronous: 'NORMAL', pgSchema: schema });
  }

  it('keeps every document findable, in the same order, behind the same access', async () => {
    const handle = await open();
    cleanups.push(() => handle.close());
    const { db, dialect } = handle;
    const upTo0005: Record<string, Migration> = {
      '0001-foundation': m0001,
      '0002-member-summary-index': m0002,
      '0003-spaces-posts': m0003,
      '0004-chat': m0004,
      '0005-search': m0005,
    };
    const early = new Migrator({
      db,
      provider: { getMigrations: async () => upTo0005 },
      migrationTableName: 'hearth_migration',
      migrationLockTableName: 'hearth_migration_lock',
      ...(dialect === 'postgres' ? { migrationTableSchema: `t_search_migration_${process.pid}` } : {}),
    });
    const { error } = await early.migrateToLatest();
    assert.ifError(error);

    // Three documents in one millisecond, one later, one in another space, one DM message.
    const at = Date.UTC(2025, 4, 1);
    const docs = [
      { id: 'post:a', kind: 'post', spaceId: 'space-1', conversationId: null, title: '讀書會', body: '一起讀《三體》', createdAt: at },
      { id: 'post:b', kind: 'post', spaceId: 'space-1', conversationId: null, title: '读书会', body: '第二次聚会', createdAt: at },
      {
        id: 'comment:c',
        kind: 'comment',
        spaceId: 'space-1',
        conversationId: null,
        title: '讀書會',
        body: '我也想去讀書會',
        createdAt: at,
      },
      { id: 'post:d', kind: 'post', spaceId: 'space-1', conversationId: null, title: '讀書會 2', body: '下個月', createdAt: at + 5 },
      { id: 'post:e', kind: 'post', spaceId: 'space-2', conversationId: null, title: '讀書會（私）', body: '只給版主', createdAt: at + 9 },
      { id: 'message:f', kind: 'message', spaceId: null, conversationId: 'dm-1', title: '', body: '讀書會見', createdAt: at + 7 },
    ];
    for (const [i, doc] of docs.entries()) {
      const terms = indexTerms(`${doc.title} ${doc.body}`);
      await sql`insert into search_doc (id, kind, ref_id, post_id, space_id, conversation_id, author_id, title, body, created_at, fts_rowid${
        dialect === 'postgres' ? sql`, terms` : sql``
      }) values (${doc.id}, ${doc.kind}, ${doc.id.split(':')[1]!}, ${null}, ${doc.spaceId}, ${doc.conversationId}, ${'author-1'},
        ${doc.title}, ${doc.body}, ${doc.createdAt}, ${dialect === 'postgres' ? null : i + 1}${
          dialect === 'postgres' ? sql`, ${terms}::text[]` : sql``
        })`.execute(db);
      if (dialect === 'sqlite') await sql`insert into search_fts (rowid, terms) values (${i + 1}, ${terms.join(' ')})`.execute(db);
    }

    await migrateToLatest(db);

    const rows = await db.selectFrom('searchDoc').select(['id', 'timeKey', 'createdAt', 'foldedTitle', 'foldedLead']).execute();
    assert.equal(rows.length, docs.length);
    for (const row of rows) {
      assert.equal(Math.floor(row.timeKey / KEY_SLOTS), row.createdAt, row.id);
      const doc = docs.find((d) => d.id === row.id)!;
      assert.equal(row.foldedTitle, foldText(doc.title));
      assert.equal(row.foldedLead, foldAligned(doc.body) ?? foldText(doc.body));
    }
    assert.equal(new Set(rows.map((r) => r.timeKey)).size, docs.length, 'keys are unique within a millisecond');

    const find = async (spaceIds: string[], conversationIds: string[], kind?: string) => {
      const page = await findRankedPage(
        db,
        dialect,
        { ...queryTerms('讀書會'), phrase: foldText('讀書會'), spaceIds, conversationIds, kind },
        { pool: 10, offset: 0, limit: 10, now: at + 10 },
      );
      const byKey = new Map(rows.map((r) => [r.timeKey, r.id]));
      return page.keys.map((k) => byKey.get(k)).sort();
    };
    assert.deepEqual(await find(['space-1'], []), ['comment:c', 'post:a', 'post:b', 'post:d']);
    assert.deepEqual(await find(['space-1'], [], 'post'), ['post:a', 'post:b', 'post:d']);
    assert.deepEqual(await find(['space-2'], ['dm-1']), ['message:f', 'post:e']);
    assert.deepEqual(await find([], ['dm-2']), []);
  });
});
