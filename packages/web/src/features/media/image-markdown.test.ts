import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { altFromName, imageMarkdown, insertBlock } from './image-markdown';

describe('image markdown', () => {
  it('escapes brackets and backslashes of hostile names and drops the extension', () => {
    assert.equal(altFromName('cat.webp'), 'cat');
    assert.equal(altFromName('a](javascript:alert(1))\\[x.webp'), 'a\\](javascript:alert(1))\\\\\\[x');
    assert.equal(imageMarkdown('x]y.webp', '/api/uploads/1/t.1x1.webp'), '![x\\]y](/api/uploads/1/t.1x1.webp)');
  });

  it('inserts on a line of its own and puts the caret after it', () => {
    assert.deepEqual(insertBlock('ab', 1, 1, 'X'), { text: 'a\nX\nb', caret: 4 });
    assert.deepEqual(insertBlock('', 0, 0, 'X'), { text: 'X\n', caret: 2 });
    assert.deepEqual(insertBlock('a\n', 2, 2, 'X'), { text: 'a\nX\n', caret: 4 });
  });
});
