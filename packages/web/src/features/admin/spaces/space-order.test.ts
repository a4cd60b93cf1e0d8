import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { positionsAfterMove, withPositions } from './space-order';

const items = (positions: number[]) => positions.map((position, i) => ({ id: `s${i}`, position }));

describe('positionsAfterMove', () => {
  it('swaps the positions of two neighbours', () => {
    assert.deepEqual(positionsAfterMove(items([3, 7, 9]), 1, -1), [
      { id: 's1', position: 3 },
      { id: 's0', position: 7 },
    ]);
    assert.deepEqual(positionsAfterMove(items([3, 7, 9]), 1, 1), [
      { id: 's2', position: 7 },
      { id: 's1', position: 9 },
    ]);
  });

  it('renumbers ties so the move is seen', () => {
    const list = items([0, 0, 0]);
    const changes = positionsAfterMove(list, 2, -1);
    const after = withPositions(list, changes).sort((a, b) => a.position - b.position);
    assert.deepEqual(
      after.map((item) => item.id),
      ['s0', 's2', 's1'],
    );
  });

  it('does nothing past either end', () => {
    assert.deepEqual(positionsAfterMove(items([1, 2]), 0, -1), []);
    assert.deepEqual(positionsAfterMove(items([1, 2]), 1, 1), []);
  });
});
