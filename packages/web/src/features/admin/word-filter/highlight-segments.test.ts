import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FilterReason } from '@hearth/contracts';
import { highlightSegments } from './highlight-segments';

const reason = (word: string, start: number, end: number, action: FilterReason['action'] = 'block'): FilterReason => ({
  kind: 'word',
  match: '',
  start,
  end,
  word,
  action,
  category: 'custom',
  builtIn: false,
});

describe('highlight segments', () => {
  it('cuts the text at the matches and keeps the rest plain', () => {
    const segments = highlightSegments('加 V 信 ok', [reason('V信', 2, 5, 'review')]);
    assert.deepEqual(
      segments.map((s) => [s.text, s.action]),
      [
        ['加 ', null],
        ['V 信', 'review'],
        [' ok', null],
      ],
    );
  });

  it('marks overlapping matches as one stretch with the strictest action and every word', () => {
    const segments = highlightSegments('快加微信号吧', [reason('加微信', 1, 4, 'review'), reason('微信号', 2, 5, 'block')]);
    assert.deepEqual(
      segments.map((s) => [s.text, s.action, s.reasons.map((r) => r.word)]),
      [
        ['快', null, []],
        ['加微信号', 'block', ['加微信', '微信号']],
        ['吧', null, []],
      ],
    );
  });

  it('returns the whole text when nothing matched', () => {
    assert.deepEqual(highlightSegments('hello', []), [{ text: 'hello', reasons: [], action: null }]);
  });
});
