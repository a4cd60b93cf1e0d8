import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { insertTopic, matchTopics, topicAt } from './topic-token';

const topics = [
  { slug: 'tea', name: '茶' },
  { slug: 'reading', name: '閱讀' },
  { slug: 'board-games', name: 'Board games' },
  { slug: 'teaching', name: 'Teaching' },
];

describe('#topic tokens', () => {
  it('finds the topic being typed after a space or at the start, not inside a word or a heading', () => {
    assert.deepEqual(topicAt('I like #te', 10), { start: 7, query: 'te' });
    assert.deepEqual(topicAt('#閱', 2), { start: 0, query: '閱' });
    assert.equal(topicAt('issue#12', 8), null);
    assert.equal(topicAt('# Heading', 9), null);
    assert.equal(topicAt('#tea and more', 13), null, 'only right before the caret');
  });

  it('matches slugs and names, prefixes first', () => {
    assert.deepEqual(
      matchTopics(topics, 'tea').map((t) => t.slug),
      ['tea', 'teaching'],
    );
    assert.deepEqual(
      matchTopics(topics, '閱').map((t) => t.slug),
      ['reading'],
    );
    assert.deepEqual(
      matchTopics(topics, 'games').map((t) => t.slug),
      ['board-games'],
    );
    assert.deepEqual(matchTopics(topics, 'zzz'), []);
  });

  it('replaces the typed text with the slug and a space', () => {
    const text = 'Love #閱 books';
    const token = topicAt(text, 7)!;
    assert.deepEqual(insertTopic(text, token, 7, 'reading'), { text: 'Love #reading  books', caret: 14 });
  });
});
