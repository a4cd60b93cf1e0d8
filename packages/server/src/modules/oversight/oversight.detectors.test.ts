/** The abuse detectors on hand-made movements: each pattern is found, everyday giving is not. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DAY_MS } from '../../platform/clock.js';
import type { MemberFlow } from '../ledger/index.js';
import { detectAll, findConcentration, findCycles, findRoundTrips } from './oversight.detectors.js';

const HOUR = 60 * 60_000;
const T0 = Date.UTC(2026, 10, 1);
let seq = 0;
const flow = (from: string, to: string, amount: number, at: number, assetId = 'pts'): MemberFlow => {
  seq += 1;
  return { id: `t${seq}`, seq, assetId, kind: 'tip', amount, createdAt: T0 + at, fromMemberId: from, toMemberId: to };
};
const old = (ids: string[]) => new Map(ids.map((id) => [id, T0 - 365 * DAY_MS]));

describe('oversight detectors', () => {
  it('finds a round trip of similar value within a day, once per pair', () => {
    const flows = [flow('a', 'b', 1000, 0), flow('b', 'a', 950, 2 * HOUR), flow('a', 'b', 500, 3 * HOUR), flow('b', 'a', 500, 4 * HOUR)];
    const found = findRoundTrips(flows);
    assert.equal(found.length, 1);
    assert.deepEqual(found[0]!.memberIds, ['a', 'b']);
    assert.equal(found[0]!.transferIds.length, 4);
    assert.equal(found[0]!.amount, 2950);
    assert.ok(found[0]!.score > 40 && found[0]!.score <= 100);
  });

  it('leaves a thank-you of another size, a late return and one-way tips alone', () => {
    const flows = [
      flow('a', 'b', 1000, 0),
      flow('b', 'a', 50, HOUR), // a thank-you, far smaller
      flow('c', 'd', 300, 0),
      flow('d', 'c', 300, 3 * DAY_MS), // the same value, but days later
      flow('e', 'f', 20, 0),
      flow('e', 'f', 20, HOUR),
    ];
    assert.deepEqual(findRoundTrips(flows), []);
    assert.deepEqual(detectAll(flows, old(['a', 'b', 'c', 'd', 'e', 'f'])), []);
  });

  it('finds a ring of three and of four, in time order, of similar value', () => {
    const three = [flow('a', 'b', 700, 0), flow('b', 'c', 690, HOUR), flow('c', 'a', 680, 2 * HOUR)];
    const four = [flow('p', 'q', 200, 0), flow('q', 'r', 200, HOUR), flow('r', 's', 200, 2 * HOUR), flow('s', 'p', 190, 3 * HOUR)];
    const found = findCycles([...three, ...four]);
    assert.equal(found.length, 2);
    assert.deepEqual(found.map((f) => f.memberIds.length).sort(), [3, 4]);
    assert.deepEqual(
      found.find((f) => f.memberIds.length === 3)!.transferIds,
      three.map((t) => t.id),
    );
  });

  it('does not call a ring what runs backwards in time, differs in value, or takes weeks', () => {
    // Each paid before being paid: nothing went around.
    const backwards = [flow('c', 'a', 500, 0), flow('b', 'c', 500, HOUR), flow('a', 'b', 500, 2 * HOUR)];
    const uneven = [flow('x', 'y', 1000, 0), flow('y', 'z', 100, HOUR), flow('z', 'x', 1000, 2 * HOUR)];
    const slow = [flow('k', 'l', 100, 0), flow('l', 'm', 100, 5 * DAY_MS), flow('m', 'k', 100, 10 * DAY_MS)];
    assert.deepEqual(findCycles([...backwards, ...uneven, ...slow]), []);
  });

  it('finds a member fed mostly by one counterparty', () => {
    const flows = [...Array.from({ length: 6 }, (_, i) => flow('whale', 'r', 150, i * HOUR)), flow('fan', 'r', 20, HOUR)];
    const found = findConcentration(flows, old(['whale', 'fan']));
    assert.equal(found.length, 1);
    assert.equal(found[0]!.kind, 'concentration');
    assert.deepEqual(found[0]!.memberIds, ['r', 'whale']);
    assert.equal(found[0]!.transferIds.length, 6);
  });

  it('finds many new accounts paying one member, but not a popular member tipped by established ones', () => {
    const created = new Map<string, number>();
    const sybils = Array.from({ length: 6 }, (_, i) => `new${i}`);
    for (const s of sybils) created.set(s, T0 - DAY_MS);
    const regulars = Array.from({ length: 12 }, (_, i) => `old${i}`);
    for (const r of regulars) created.set(r, T0 - 200 * DAY_MS);
    const sybilFlows = sybils.map((s, i) => flow(s, 'farm', 40, i * HOUR));
    const popular = regulars.map((r, i) => flow(r, 'star', 30, i * HOUR));
    const found = findConcentration([...sybilFlows, ...popular], created);
    assert.equal(found.length, 1);
    assert.equal(found[0]!.kind, 'many_to_one');
    assert.equal(found[0]!.memberIds[0], 'farm');
    assert.equal(found[0]!.memberIds.length, 7);
  });

  it('keeps assets apart and gives each finding a stable fingerprint', () => {
    const flows = [flow('a', 'b', 100, 0, 'chip1'), flow('b', 'a', 100, HOUR, 'chip2')];
    assert.deepEqual(findRoundTrips(flows), []);
    const pair = [flow('a', 'b', 100, 0), flow('b', 'a', 100, HOUR)];
    assert.equal(findRoundTrips(pair)[0]!.fingerprint, findRoundTrips(pair)[0]!.fingerprint);
  });
});
