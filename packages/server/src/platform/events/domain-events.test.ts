import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { z } from 'zod';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { DomainEvents, domainEvent } from './domain-events.js';

describe('domain events', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp();
  });
  after(() => app.close());

  it('delivers a committed event to every subscriber independently, and nothing of a rolled-back one', async () => {
    const { jobs, db } = app.hearth.platform;
    const events = new DomainEvents(jobs);
    const greeted = domainEvent('test.greeted', z.object({ name: z.string() }));
    const a: string[] = [];
    const b: string[] = [];
    let bFailuresLeft = 1;
    events.subscribe(greeted, 'a', async ({ name }) => void a.push(name));
    events.subscribe(greeted, 'b', async ({ name }) => {
      if (bFailuresLeft-- > 0) throw new Error('transient');
      b.push(name);
    });
    await db.transaction().execute((tx) => events.emit(tx, greeted, { name: 'ada' }));
    await assert.rejects(
      db.transaction().execute(async (tx) => {
        await events.emit(tx, greeted, { name: 'ghost' });
        throw new Error('abort');
      }),
    );
    await jobs.runDue();
    assert.deepEqual(a, ['ada']);
    assert.deepEqual(b, [], 'b failed once and is retried later, without re-running a');
    const retried = await db
      .updateTable('job')
      .set({ runAt: 0 })
      .where('doneAt', 'is', null)
      .where('name', 'like', 'event:test.greeted%')
      .executeTakeFirst();
    assert.equal(Number(retried.numUpdatedRows), 1);
    await jobs.runDue();
    assert.deepEqual(a, ['ada']);
    assert.deepEqual(b, ['ada']);
  });

  it('refuses an invalid payload, a malformed name and a duplicate subscriber', async () => {
    const events = new DomainEvents(app.hearth.platform.jobs);
    const named = domainEvent('test.named', z.object({ n: z.number() }));
    events.subscribe(named, 'x', async () => {});
    assert.throws(() => events.subscribe(named, 'x', async () => {}));
    assert.throws(() => domainEvent('NoDots', z.object({})));
    await assert.rejects(events.emit(app.hearth.platform.db, named, { n: 'one' } as never));
  });
});
