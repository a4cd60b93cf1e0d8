import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldText } from './fold.js';
import {
  foldAligned,
  indexTerms,
  indexTermsOfFolded,
  matchNeedles,
  matchRanges,
  matchRangesOf,
  queryTerms,
  wordsImplyBigrams,
} from './search-tokens.js';

describe('search tokens', () => {
  it('highlights in Traditional text for a Simplified query, across paragraphs and runs of spaces', () => {
    const text = '  第一段。\n\n下週的讀書會  在大稻埕，\t讀書會見！';
    const marked = matchRanges(text, '读书会').map((r) => text.slice(r.start, r.end));
    assert.deepEqual(marked, ['讀書會', '讀書會']);
  });

  it('keeps offsets right when folding changes lengths (full-width forms, astral characters)', () => {
    const text = '𠮷野家的ＣＯＦＦＥＥ很好喝';
    const [range] = matchRanges(text, 'coffee');
    assert.equal(text.slice(range!.start, range!.end), 'ＣＯＦＦＥＥ');
  });

  it('makes needles once for many texts, with or without the text folded beforehand', () => {
    const needles = matchNeedles('咖啡館');
    for (const text of ['上海武康路的咖啡馆', '台北的咖啡館\n\n很多', 'ﬁne 咖啡館']) {
      const expected = matchRanges(text, '咖啡館');
      assert.equal(expected.length, 1, text);
      assert.deepEqual(matchRangesOf(text, needles), expected);
      assert.deepEqual(matchRangesOf(text, needles, foldAligned(text)), expected);
      // A fold that does not line up with the text is not trusted.
      assert.deepEqual(matchRangesOf(text, needles, '咖啡馆'), expected);
    }
  });

  it('folds character for character, or says it cannot', () => {
    assert.equal(foldAligned(' 台北的  咖啡館\n'), ' 台北的  咖啡馆 ');
    assert.equal(foldAligned('ﬁne'), null, 'NFKC turns the ligature into two letters');
  });

  it('indexes folded text the same whether folded here or by the caller', () => {
    const text = '週末讀書會討論《被討厭的勇氣》 Book Club';
    assert.deepEqual(indexTermsOfFolded(foldText(text)), indexTerms(text));
    assert.deepEqual(new Set(indexTermsOfFolded(foldAligned(`  ${text}\n\n`)!)), new Set(indexTerms(text)));
    const { words, bigrams } = queryTerms('被讨厌的勇气');
    const terms = new Set(indexTerms(text));
    assert.ok(words.every((w) => terms.has(w)) || bigrams.every((b) => terms.has(b)));
  });

  it('gives a repeated query the same terms, which a caller cannot change for the next one', () => {
    const first = queryTerms('週末讀書會 coffee');
    first.words.push('tampered');
    first.bigrams.length = 0;
    const again = queryTerms('週末讀書會 coffee');
    assert.ok(!again.words.includes('tampered'));
    assert.ok(again.bigrams.length > 0);
    assert.deepEqual(queryTerms('週末讀書會 coffee'), again);
  });

  it('knows when a word match implies the bigram match', () => {
    const implied = (q: string) => {
      const { words, bigrams } = queryTerms(q);
      return wordsImplyBigrams(words, bigrams);
    };
    assert.equal(implied('咖啡館'), true);
    assert.equal(implied('咖啡館 coffee'), true);
    assert.equal(implied('武康路'), false, 'jieba cuts it 武 / 康路: a bigram spans them');
    assert.equal(implied('被討厭的勇氣'), false, 'bigrams span its words');
    assert.equal(implied('咖'), false, 'a lone character is its own bigram');
    // Whenever the word group matches, the bigram group does.
    for (const text of ['上海武康路的咖啡馆很适合看书', '咖啡馆', '去咖啡馆 coffee']) {
      const terms = new Set(indexTerms(text));
      for (const q of ['咖啡館', '咖啡館 coffee', '咖啡']) {
        const { words, bigrams } = queryTerms(q);
        if (wordsImplyBigrams(words, bigrams) && words.every((w) => terms.has(w)))
          assert.ok(
            bigrams.every((b) => terms.has(b)),
            `${q} in ${text}`,
          );
      }
    }
  });
});
