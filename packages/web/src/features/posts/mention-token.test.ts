import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { insertMention, mentionAt } from './mention-token';

describe('mention autocomplete', () => {
  it('finds the @name before the caret, at the start or after a space only', () => {
    assert.deepEqual(mentionAt('hi @Gra', 7), { start: 3, query: 'Gra' });
    assert.deepEqual(mentionAt('@林', 2), { start: 0, query: '林' });
    assert.equal(mentionAt('mail me@example', 15), null);
    assert.equal(mentionAt('hi @Gra ', 8), null, 'a space ends it');
    assert.equal(mentionAt('hi @', 4), null, 'nothing typed yet');
    assert.deepEqual(mentionAt('hi @Gra and more', 7), { start: 3, query: 'Gra' }, 'only what is before the caret counts');
  });

  it('replaces the typed name with a mention and puts the caret after it', () => {
    const text = 'thanks @gra, see you';
    const token = mentionAt(text, 11)!;
    assert.deepEqual(token, { start: 7, query: 'gra' });
    const result = insertMention(text, token, 11, { id: 'm1', displayName: 'Grace [Admiral] Hopper' });
    assert.equal(result.text, 'thanks [@Grace Admiral Hopper](mention:m1) , see you');
    assert.equal(result.text.slice(0, result.caret), 'thanks [@Grace Admiral Hopper](mention:m1) ');
  });
});
