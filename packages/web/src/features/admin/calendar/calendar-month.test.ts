import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { byDay, dayKeyOf, monthOf, monthRange, monthWeeks, shiftMonth } from './calendar-month';

describe('content calendar months', () => {
  it('reads days and months in the member time zone', () => {
    // 16:30 UTC on 31 May is already 1 June in Taipei.
    assert.equal(dayKeyOf('2026-05-31T16:30:00.000Z', 'Asia/Taipei'), '2026-06-01');
    assert.equal(dayKeyOf('2026-05-31T16:30:00.000Z', 'UTC'), '2026-05-31');
    assert.deepEqual(monthOf('2026-12-31T20:00:00.000Z', 'Asia/Taipei'), { year: 2027, month: 1 });
  });

  it('steps across years', () => {
    assert.deepEqual(shiftMonth({ year: 2026, month: 12 }, 1), { year: 2027, month: 1 });
    assert.deepEqual(shiftMonth({ year: 2026, month: 1 }, -1), { year: 2025, month: 12 });
  });

  it('spans a month from local midnight to local midnight', () => {
    assert.deepEqual(monthRange({ year: 2026, month: 6 }, 'Asia/Taipei'), {
      from: '2026-05-31T16:00:00.000Z',
      to: '2026-06-30T16:00:00.000Z',
    });
  });

  it('lays a month out in Sunday-first weeks', () => {
    const weeks = monthWeeks({ year: 2026, month: 2 });
    assert.equal(weeks.length, 4, 'February 2026 starts on a Sunday and has 28 days');
    assert.equal(weeks[0]![0], '2026-02-01');
    const may = monthWeeks({ year: 2026, month: 5 });
    assert.deepEqual(may[0]!.slice(0, 6), [null, null, null, null, null, '2026-05-01']);
    assert.ok(may.every((week) => week.length === 7));
  });

  it('groups items by local day in time order', () => {
    const items = [{ publishAt: '2026-06-01T09:00:00.000Z' }, { publishAt: '2026-05-31T17:00:00.000Z' }];
    assert.deepEqual([...byDay(items, 'Asia/Taipei').entries()], [['2026-06-01', [items[1], items[0]]]]);
  });
});
