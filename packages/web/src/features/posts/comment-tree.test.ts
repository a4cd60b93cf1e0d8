import type { Comment } from '@hearth/contracts';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildCommentTree, flattenTree } from './comment-tree';
import { quoteMarkdown, withQuote } from './quote';

let clock = 0;
function comment(id: string, parentId: string | null): Comment {
  clock += 1;
  return {
    id,
    postId: 'p',
    parentId,
    body: id,
    html: `<p>${id}</p>`,
    bookmarked: false,
    author: { id: `a-${id}`, displayName: `Author ${id}`, avatarUrl: null },
    status: 'published',
    reactions: [],
    editedAt: null,
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, clock)).toISOString(),
    canEdit: false,
  };
}

const shape = (nodes: ReturnType<typeof buildCommentTree>): unknown =>
  nodes.map((node) => [node.comment.id, node.depth, node.replyingTo, ...(node.children.length ? [shape(node.children)] : [])]);

describe('buildCommentTree', () => {
  it('nests replies under their parents, oldest first', () => {
    const tree = buildCommentTree([comment('a', null), comment('b', null), comment('a1', 'a'), comment('a2', 'a'), comment('b1', 'b')]);
    assert.deepEqual(shape(tree), [
      [
        'a',
        0,
        null,
        [
          ['a1', 1, null],
          ['a2', 1, null],
        ],
      ],
      ['b', 0, null, [['b1', 1, null]]],
    ]);
  });

  it('indents three levels, then lines deeper replies up after their ancestor with whom they answer', () => {
    const comments = [
      comment('r', null),
      comment('d1', 'r'),
      comment('d2', 'd1'),
      comment('d3', 'd2'),
      comment('d4', 'd3'),
      comment('x3', 'd2'),
      comment('d5', 'd4'),
    ];
    const tree = buildCommentTree(comments);
    assert.deepEqual(shape(tree), [
      [
        'r',
        0,
        null,
        [
          [
            'd1',
            1,
            null,
            [
              [
                'd2',
                2,
                null,
                [
                  ['d3', 3, null],
                  ['d4', 3, 'Author d3'],
                  ['d5', 3, 'Author d4'],
                  ['x3', 3, null],
                ],
              ],
            ],
          ],
        ],
      ],
    ]);
    assert.equal(flattenTree(tree).length, comments.length);
  });

  it('keeps comments whose parent is missing (or themselves) as roots', () => {
    const tree = buildCommentTree([comment('o', 'gone'), comment('s', 's')]);
    assert.deepEqual(shape(tree), [
      ['o', 0, null],
      ['s', 0, null],
    ]);
  });
});

describe('quoteMarkdown', () => {
  it('quotes every line and leaves room for the answer', () => {
    assert.equal(quoteMarkdown('第一行\r\n\r\n第二行 **粗**\n'), '> 第一行\n>\n> 第二行 **粗**\n\n');
    assert.equal(quoteMarkdown('   '), '');
  });

  it('adds a quote after what was already written', () => {
    assert.equal(withQuote('', '> a\n\n'), '> a\n\n');
    assert.equal(withQuote('hello  \n', '> a\n\n'), 'hello\n\n> a\n\n');
  });
});
