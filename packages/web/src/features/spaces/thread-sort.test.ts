import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { orderSearch, parseOrder, sortsFor } from './thread-sort';

describe('thread order', () => {
  it('defaults to latest, and top to this week', () => {
    assert.deepEqual(parseOrder(new URLSearchParams(''), 'discussion'), { sort: 'latest', period: 'all' });
    assert.deepEqual(parseOrder(new URLSearchParams('sort=top'), 'discussion'), { sort: 'top', period: 'week' });
    assert.deepEqual(parseOrder(new URLSearchParams('sort=top&period=month'), 'qa'), { sort: 'top', period: 'month' });
  });

  it('offers unanswered only in Q&A spaces', () => {
    assert.deepEqual(sortsFor('discussion'), ['latest', 'top']);
    assert.deepEqual(parseOrder(new URLSearchParams('sort=unanswered'), 'discussion'), { sort: 'latest', period: 'all' });
    assert.deepEqual(parseOrder(new URLSearchParams('sort=unanswered'), 'qa'), { sort: 'unanswered', period: 'all' });
  });

  it('drops unknown values and round-trips through the URL', () => {
    assert.deepEqual(parseOrder(new URLSearchParams('sort=hot&period=year'), 'qa'), { sort: 'latest', period: 'all' });
    assert.deepEqual(orderSearch({ sort: 'latest', period: 'all' }), {});
    const top = { sort: 'top', period: 'day' } as const;
    assert.deepEqual(parseOrder(new URLSearchParams(orderSearch(top)), 'qa'), top);
  });
});
