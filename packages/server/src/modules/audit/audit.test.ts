/** The audit log's CSV: RFC 4180 escaping, formula-safe fields, streamed in batches, admins only, filters applied. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertProblem, memberWithRole, startCommunity } from '../../../test/community.js';
import type { ApiClient, TestApp } from '../../../test/harness.js';
import { csvField, csvRow } from './audit-csv.js';

/** A small RFC 4180 parser, to read the export back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('audit CSV', () => {
  it('escapes commas, quotes and line breaks, and defuses formulas', () => {
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('two\nlines'), '"two\nlines"');
    assert.equal(csvField('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
    assert.equal(csvField('-1'), "'-1");
    assert.equal(csvField(null), '');
    assert.deepEqual(parseCsv(csvRow(['a,b', 'c"d', 'e\r\nf', ''])), [['a,b', 'c"d', 'e\r\nf', '']]);
  });

  describe('export over HTTP', () => {
    let app: TestApp;
    let owner: ApiClient;
    let member: { client: ApiClient; id: string };
    before(async () => {
      ({ app, owner } = await startCommunity());
      member = await memberWithRole(app, owner, 'member', { displayName: 'Quote "Q", Comma' });
      // 1,200 entries: more than two export batches.
      for (let i = 0; i < 1200; i++)
        await app.hearth.platform.audit.record(app.hearth.platform.db, {
          actorId: null,
          action: 'test.bulk',
          targetKind: 'member',
          targetId: member.id,
          reason: i === 0 ? 'first, "quoted"\nline' : `n${i}`,
          after: { i },
        });
      await owner.post(
        '/api/admin/points/grant',
        { memberId: member.id, amount: 5, reason: '=cmd|"/c calc"!A1' },
        { 'idempotency-key': 'csv-grant' },
      );
    });
    after(() => app.close());

    it('streams every matching entry, each row parseable back to the stored values', async () => {
      const res = await fetch(`${app.url}/api/admin/audit/export?targetId=${member.id}`, {
        headers: { cookie: [...owner.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
      });
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /text\/csv/);
      assert.match(res.headers.get('content-disposition') ?? '', /attachment/);
      const rows = parseCsv(await res.text());
      assert.deepEqual(rows[0], ['time', 'actor_id', 'actor_name', 'action', 'target_kind', 'target_id', 'reason', 'before', 'after']);
      assert.equal(rows.length, 1 + 1200 + 1);
      const grant = rows.find((r) => r[3] === 'points.grant')!;
      assert.equal(grant[6], `'=cmd|"/c calc"!A1`);
      assert.equal(JSON.parse(grant[8]!).balance, 5);
      assert.ok(rows.some((r) => r[6] === 'first, "quoted"\nline'));
      assert.equal(new Set(rows.slice(1).map((r) => r[8])).size, 1201, 'no entry twice across batches');
      const filtered = parseCsv(
        await (
          await fetch(`${app.url}/api/admin/audit/export?action=points.`, {
            headers: { cookie: [...owner.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
          })
        ).text(),
      );
      assert.equal(filtered.length, 2);
    });

    it('is for admins only and refuses bad filters', async () => {
      assertProblem(await member.client.get('/api/admin/audit/export'), 403, 'forbidden');
      assertProblem(await owner.get('/api/admin/audit?from=yesterday'), 400, 'invalid_input');
      const today = new Date(app.clock.now()).toISOString().slice(0, 10);
      assert.equal((await owner.get(`/api/admin/audit?from=${today}&to=${today}&limit=5`)).body.items.length, 5);
      assert.equal((await owner.get('/api/admin/audit?to=2000-01-01')).body.items.length, 0);
    });
  });
});
