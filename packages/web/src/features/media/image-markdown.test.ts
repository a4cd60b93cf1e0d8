import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  altFromName,
  imageMarkdown,
  insertBlock,
  replacePlaceholder,
  replacePlaceholderKeepingCaret,
  uploadPlaceholder,
} from './image-markdown';

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

  it('replaces or removes the placeholder wherever it moved', () => {
    const p = uploadPlaceholder('uploading…', 2);
    assert.equal(p, '![uploading… 2]()');
    assert.equal(replacePlaceholder(`intro\n${p}\nend`, p, '![a](/u)'), 'intro\n![a](/u)\nend');
    assert.equal(replacePlaceholder(`intro\n${p}\nend`, p, ''), 'intro\nend');
    assert.equal(replacePlaceholder('edited away', p, '![a](/u)'), 'edited away');
  });

  it('keeps the caret after an image that finished, so the next one goes after it, not inside it', () => {
    const p = uploadPlaceholder('uploading…', 3);
    const typed = `intro\n${p}\n`;
    const caretAfter = typed.length;
    const done = replacePlaceholderKeepingCaret(typed, p, '![sunset](/api/uploads/x/y.10x10.webp)');
    assert.equal(done.text, 'intro\n![sunset](/api/uploads/x/y.10x10.webp)\n');
    assert.equal(done.moveCaret(caretAfter), done.text.length, 'still at the end');
    assert.equal(done.moveCaret(2), 2, 'before it: unchanged');
    assert.equal(done.moveCaret(8), 'intro\n![sunset](/api/uploads/x/y.10x10.webp)'.length, 'inside it: to its end');
    const next = insertBlock(done.text, done.moveCaret(caretAfter), done.moveCaret(caretAfter), '![second]()');
    assert.match(next.text, /!\[sunset\]\(\/api\/uploads\/x\/y\.10x10\.webp\)\n!\[second\]\(\)/);
    const removed = replacePlaceholderKeepingCaret(typed, p, '');
    assert.equal(removed.text, 'intro\n');
    assert.equal(removed.moveCaret(caretAfter), removed.text.length);
  });
});
