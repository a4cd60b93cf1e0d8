import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { BREAK_BEFORE, GAP_BEFORE, LATIN, normalizedString, normalizeText, wordKey } from './normalize.js';

const folded = (text: string) => normalizedString(normalizeText(text));

describe('normalisation pipeline', () => {
  it('folds width, case, styled and enclosed letters (NFKC)', () => {
    assert.equal(folded('ＷＸ１２３'), 'wx123');
    assert.equal(folded('WeChat'), 'wechat');
    assert.equal(folded('𝐰𝐞𝐜𝐡𝐚𝐭 𝕨𝕖𝕔𝕙𝕒𝕥'), 'wechatwechat');
    assert.equal(folded('ⓥⓧ'), 'vx');
    assert.equal(folded('⼝木'), '口木', 'a Kangxi radical is the character');
  });

  it('folds look-alike Cyrillic, Greek and small-capital letters to Latin, upper case by its look', () => {
    assert.equal(folded('wеchаt'), 'wechat', 'Cyrillic е and а');
    assert.equal(folded('ΗΕLΡ'), 'help', 'Greek capitals read as Latin capitals');
    assert.equal(folded('ѕһіt'), 'shit');
    assert.equal(folded('ᴘᴏʀɴ'), 'porn');
  });

  it('folds Traditional to Simplified and variant characters', () => {
    assert.equal(folded('蘇州 學習 發展'), '苏州学习发展');
    assert.equal(folded('賭博'), '赌博');
    assert.equal(folded('儍逼'), '傻逼');
    assert.equal(folded('⺅言'), '亻言', 'a radical form is its component');
  });

  it('removes accents and combining marks (Zalgo)', () => {
    assert.equal(folded('fück'), 'fuck');
    assert.equal(folded('f̷u̷c̷k̷'), 'fuck');
    assert.equal(folded('加̶微̶信̶'), '加微信');
  });

  it('removes spaces, symbols, emoji and invisible characters between characters', () => {
    assert.equal(folded('加 微*信'), '加微信');
    assert.equal(folded('加\u200b微\u200d信\ufeff'), '加微信');
    assert.equal(folded('加　微\n信'), '加微信');
    assert.equal(folded('加💚微❤️信'), '加微信');
    assert.equal(folded('f.u.c.k'), 'fuck');
  });

  it('collapses repeats and counts them', () => {
    const text = normalizeText('傻傻逼逼逼');
    assert.equal(normalizedString(text), '傻逼');
    assert.deepEqual([...text.runs.slice(0, text.length)], [2, 3]);
    assert.equal(folded('fuuuuck'), 'fuck');
    assert.equal(folded('傻 傻 逼'), '傻逼', 'Chinese repeats collapse across separators');
    assert.equal(folded('bad dog'), 'baddog', 'spaced Latin letters do not collapse');
  });

  it('marks gaps, clause breaks and Latin letters', () => {
    const text = normalizeText('a b，c');
    assert.equal(normalizedString(text), 'abc');
    assert.deepEqual([...text.flags.slice(0, 3)], [LATIN, LATIN | GAP_BEFORE, LATIN | GAP_BEFORE | BREAK_BEFORE]);
  });

  it('maps every output character back to the original text', () => {
    const original = 'x 加　微\n信 𝐯 ｖ';
    const text = normalizeText(original);
    assert.equal(normalizedString(text), 'x加微信vv');
    const spans = Array.from({ length: text.length }, (_, i) => original.slice(text.from[i], text.to[i]));
    assert.deepEqual(spans, ['x', '加', '微', '信', '𝐯', 'ｖ'], 'a character beyond the BMP spans its surrogate pair');
    const repeated = normalizeText('哈傻傻傻逼');
    assert.equal('哈傻傻傻逼'.slice(repeated.from[1], repeated.to[1]), '傻傻傻', 'a collapsed run spans all its repeats');
  });

  it('expands compatibility characters into several, all mapped to the one they came from', () => {
    const text = normalizeText('ⅷ');
    assert.equal(normalizedString(text), 'vi');
    assert.deepEqual([text.from[0], text.to[0], text.from[1], text.to[1]], [0, 1, 0, 1]);
    assert.equal(folded('ﬁne'), 'fine');
    assert.equal(folded('ﷺ').length > 5, true, 'a long expansion grows the buffers');
  });

  it('skips lone surrogates and control characters instead of failing', () => {
    assert.equal(folded('a\ud800b\udc00c\u0000d'), 'abcd');
  });

  it('gives words that the filter cannot tell apart one key', () => {
    assert.equal(wordKey('蘇州'), wordKey('苏州'));
    assert.equal(wordKey('ＷＸ'), wordKey('wx'));
    assert.equal(wordKey('ass'), 'ass', 'a doubled letter stays in the key');
    assert.notEqual(wordKey('ass'), wordKey('as'));
  });

  it('keeps the position map consistent for any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const result = normalizeText(text);
        let previousEnd = 0;
        for (let i = 0; i < result.length; i++) {
          const from = result.from[i]!;
          const to = result.to[i]!;
          assert.ok(from >= 0 && from < to && to <= text.length, `range ${from}-${to} inside ${text.length}`);
          assert.ok(from >= previousEnd || result.from[i - 1] === from, 'ranges move forward');
          previousEnd = to;
          assert.ok(result.runs[i]! >= 1);
        }
      }),
      { numRuns: 300 },
    );
  });
});
