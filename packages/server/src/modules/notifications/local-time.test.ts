import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { instantOf, localParts, nextDigestAt, quietUntil } from './local-time.js';

describe('local time', () => {
  it('finds the instant of a wall time in zones east and west, across DST', () => {
    assert.equal(instantOf(2026, 12, 1, 8, 0, 'Asia/Taipei'), Date.UTC(2026, 11, 1, 0, 0));
    assert.equal(instantOf(2026, 12, 1, 8, 0, 'America/New_York'), Date.UTC(2026, 11, 1, 13, 0));
    assert.equal(instantOf(2026, 7, 1, 8, 0, 'America/New_York'), Date.UTC(2026, 6, 1, 12, 0));
    assert.equal(localParts(Date.UTC(2026, 11, 1, 0, 30), 'Asia/Shanghai').hour, 8);
  });

  it('knows whether an instant is in quiet hours and when they end, across midnight', () => {
    const quiet = { start: 22 * 60, end: 7 * 60 };
    // 23:30 in Taipei is 15:30 UTC: quiet until 07:00 Taipei = 23:00 UTC.
    assert.equal(quietUntil(Date.UTC(2026, 11, 1, 15, 30), 'Asia/Taipei', quiet), Date.UTC(2026, 11, 1, 23, 0));
    // 06:59 is still quiet; 07:00 is not.
    assert.equal(quietUntil(Date.UTC(2026, 11, 1, 22, 59), 'Asia/Taipei', quiet), Date.UTC(2026, 11, 1, 23, 0));
    assert.equal(quietUntil(Date.UTC(2026, 11, 1, 23, 0), 'Asia/Taipei', quiet), null);
    assert.equal(quietUntil(Date.UTC(2026, 11, 1, 4, 0), 'Asia/Taipei', quiet), null, 'noon in Taipei');
    assert.equal(quietUntil(Date.UTC(2026, 11, 1, 4, 0), 'Asia/Taipei', null), null);
    const daytime = { start: 9 * 60, end: 17 * 60 };
    assert.equal(quietUntil(Date.UTC(2026, 11, 1, 4, 0), 'Asia/Taipei', daytime), Date.UTC(2026, 11, 1, 9, 0));
  });

  it('schedules daily digests at 08:00 local and weekly ones on Mondays', () => {
    // Tue 1 Dec 2026 10:00 Taipei → Wed 2 Dec 08:00 Taipei.
    assert.equal(nextDigestAt(Date.UTC(2026, 11, 1, 2, 0), 'Asia/Taipei', 'daily'), Date.UTC(2026, 11, 2, 0, 0));
    // 07:00 Taipei → the same day's 08:00.
    assert.equal(nextDigestAt(Date.UTC(2026, 10, 30, 23, 0), 'Asia/Taipei', 'daily'), Date.UTC(2026, 11, 1, 0, 0));
    // Exactly at a digest time → the next one.
    assert.equal(nextDigestAt(Date.UTC(2026, 11, 1, 0, 0), 'Asia/Taipei', 'daily'), Date.UTC(2026, 11, 2, 0, 0));
    // Tuesday → next Monday 7 Dec 08:00.
    assert.equal(nextDigestAt(Date.UTC(2026, 11, 1, 2, 0), 'Asia/Taipei', 'weekly'), Date.UTC(2026, 11, 7, 0, 0));
    assert.equal(nextDigestAt(Date.UTC(2026, 11, 1, 2, 0), 'Europe/London', 'weekly'), Date.UTC(2026, 11, 7, 8, 0));
  });
});
