import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nowAsZonedInput, zonedInputToIso } from './zoned-time';

describe('zonedInputToIso', () => {
  it('reads the picker value as a time in the given zone', () => {
    assert.equal(zonedInputToIso('2026-11-30T18:00', 'Asia/Taipei'), '2026-11-30T10:00:00.000Z');
    assert.equal(zonedInputToIso('2026-11-30T18:00', 'UTC'), '2026-11-30T18:00:00.000Z');
    assert.equal(zonedInputToIso('2026-07-01T09:30', 'America/New_York'), '2026-07-01T13:30:00.000Z');
    assert.equal(zonedInputToIso('2026-01-01T09:30', 'America/New_York'), '2026-01-01T14:30:00.000Z');
  });

  it('refuses what is not a date-time', () => {
    assert.equal(zonedInputToIso('', 'UTC'), null);
    assert.equal(zonedInputToIso('tomorrow', 'UTC'), null);
  });
});

describe('nowAsZonedInput', () => {
  it('gives the wall-clock minute in the zone', () => {
    const instant = Date.parse('2026-03-01T23:45:10Z');
    assert.equal(nowAsZonedInput('Asia/Shanghai', instant), '2026-03-02T07:45');
    assert.equal(nowAsZonedInput('UTC', instant), '2026-03-01T23:45');
  });
});
