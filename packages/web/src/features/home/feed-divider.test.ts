import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FeedItem } from '@hearth/contracts';
import { newSinceIndex } from './feed-divider';

const item = (id: string, at: string, createdAt = at) => ({ id, lastActivityAt: at, createdAt }) as FeedItem;

describe('new since your last visit', () => {
  const items = [
    item('a', '2026-12-01T10:00:00Z'),
    item('b', '2026-12-01T09:00:00Z', '2026-11-01T00:00:00Z'),
    item('c', '2026-11-30T10:00:00Z'),
  ];

  it('sits before the first item not newer than the previous visit', () => {
    assert.equal(newSinceIndex(items, '2026-12-01T08:00:00Z', 'latest'), 2);
    assert.equal(newSinceIndex(items, '2026-12-01T09:30:00Z', 'latest'), 1);
  });

  it('is absent on a first visit, when nothing or everything is new, and for top', () => {
    assert.equal(newSinceIndex(items, null, 'latest'), -1);
    assert.equal(newSinceIndex(items, '2026-12-02T00:00:00Z', 'latest'), -1);
    assert.equal(newSinceIndex(items, '2026-11-01T00:00:00Z', 'latest'), -1);
    assert.equal(newSinceIndex(items, '2026-12-01T08:00:00Z', 'top'), -1);
  });

  it('uses creation time for unanswered', () => {
    assert.equal(newSinceIndex(items, '2026-11-15T00:00:00Z', 'unanswered'), 1);
  });
});
