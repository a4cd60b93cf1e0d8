import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { z } from 'zod';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { ManualClock } from '../clock.js';

describe('job queue', () => {
  let app: TestApp;
  const clock = new ManualClock(Date.UTC(2026, 10, 25));
  before(async () => {
    app = await startTestApp({ clock });
  });
  after(() => app.close());

  it('runs a job once when due, retries failures with back-off, and never runs an uncommitted job', async () => {
    const { jobs, db } = app.hearth.platform;
    const seen: string[] = [];
    let failuresLeft = 1;
    jobs.define({
      name: 'test.echo',
      payload: z.object({ text: z.string() }),
      handle: async ({ text }) => {
        if (text === 'flaky' && failuresLeft-- > 0) throw new Error('transient');
        seen.push(text);
      },
    });
    await jobs.enqueue(db, 'test.echo', { text: 'now' });
    await jobs.enqueue(db, 'test.echo', { text: 'later' }, { runAt: clock.now() + 60_000 });
    await jobs.enqueue(db, 'test.echo', { text: 'flaky' });
    await assert.rejects(
      db.transaction().execute(async (tx) => {
        await jobs.enqueue(tx, 'test.echo', { text: 'rolled-back' });
        throw new Error('abort');
      }),
    );
    await jobs.runDue();
    assert.deepEqual(seen.sort(), ['now']);
    clock.advance(2_000);
    await jobs.runDue();
    assert.deepEqual(seen.sort(), ['flaky', 'now']);
    clock.advance(60_000);
    await jobs.runDue();
    await jobs.runDue();
    assert.deepEqual(seen.sort(), ['flaky', 'later', 'now']);
  });

  it('runs a run of same-named jobs through the batch handler, and one by one when the batch fails', async () => {
    const { jobs, db } = app.hearth.platform;
    const batches: string[][] = [];
    const single: string[] = [];
    jobs.define({
      name: 'test.batch',
      payload: z.object({ text: z.string() }),
      handle: async ({ text }) => {
        if (text === 'poison') throw new Error('bad job');
        single.push(text);
      },
      handleBatch: async (payloads) => {
        if (payloads.some((p) => p.text === 'poison')) throw new Error('bad batch');
        batches.push(payloads.map((p) => p.text));
      },
    });
    for (const text of ['a', 'b', 'c']) await jobs.enqueue(db, 'test.batch', { text });
    assert.equal(await jobs.runDue(), 3);
    assert.deepEqual(batches, [['a', 'b', 'c']]);
    assert.deepEqual(single, []);
    assert.equal(await jobs.runDue(), 0, 'a batch that succeeded is done');

    for (const text of ['d', 'poison', 'e']) await jobs.enqueue(db, 'test.batch', { text });
    assert.equal(await jobs.runDue(), 3);
    assert.deepEqual(batches, [['a', 'b', 'c']], 'the failed batch changed nothing');
    assert.deepEqual(single.sort(), ['d', 'e'], 'its good jobs ran one by one');
    const poisoned = await db
      .selectFrom('job')
      .select(['doneAt', 'lastError'])
      .where('payload', 'like', '%poison%')
      .executeTakeFirstOrThrow();
    assert.equal(poisoned.doneAt, null);
    assert.equal(poisoned.lastError, 'bad job', 'only the bad job failed, with its own error');
  });

  it('refuses to enqueue an unknown job or an invalid payload', async () => {
    const { jobs, db } = app.hearth.platform;
    await assert.rejects(jobs.enqueue(db, 'no.such.job', {}));
    await assert.rejects(jobs.enqueue(db, 'test.echo', { text: 42 }));
  });
});
