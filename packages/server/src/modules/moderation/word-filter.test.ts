import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { FilterAction, FilterCategory } from '@hearth/contracts';
import { AhoCorasick } from './aho-corasick.js';
import { wordVariants } from './variants.js';
import { WordFilter, type FilterEntry } from './word-filter.js';

const entry = (word: string, action: FilterAction = 'block', category: FilterCategory = 'custom'): FilterEntry => ({
  word,
  action,
  category,
  builtIn: false,
});
const filterOf = (words: FilterEntry[], allowed: string[] = []) => new WordFilter({ words, allowed });
const words = (filter: WordFilter, text: string) => filter.find(text).map((hit) => `${hit.entry.word}:${text.slice(hit.start, hit.end)}`);

describe('Aho-Corasick automaton', () => {
  const codes = (s: string) => Int32Array.from([...s], (c) => c.codePointAt(0)!);
  const naive = (patterns: string[], text: string) => {
    const found: string[] = [];
    const chars = [...text];
    patterns.forEach((p, id) => {
      const pc = [...p];
      if (pc.length === 0) return;
      for (let end = pc.length - 1; end < chars.length; end++) {
        if (pc.every((c, k) => chars[end - pc.length + 1 + k] === c)) found.push(`${id}@${end}`);
      }
    });
    return found.sort();
  };
  const scan = (patterns: string[], text: string) => {
    const automaton = new AhoCorasick(patterns.map(codes));
    const found: string[] = [];
    const chars = codes(text);
    automaton.scan(chars, chars.length, (id, end) => found.push(`${id}@${end}`));
    return found.sort();
  };

  it('finds every occurrence of every pattern, overlapping and nested ones too', () => {
    const patterns = ['he', 'she', 'his', 'hers', 'h', '微信', '信'];
    assert.deepEqual(scan(patterns, 'ushers 加微信'), naive(patterns, 'ushers 加微信'));
  });

  it('finds what a naive search finds, for any patterns and text (property)', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', '微', '信', '𝐰');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 5 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.array(alphabet, { maxLength: 40 }), (patterns, text) => {
        assert.deepEqual(scan(patterns, text.join('')), naive(patterns, text.join('')));
      }),
      { numRuns: 300 },
    );
  });

  it('handles a character in no pattern, an empty pattern list, and duplicate patterns', () => {
    assert.deepEqual(scan([], 'abc'), []);
    assert.deepEqual(scan(['ab', 'ab'], 'xabx'), ['0@2', '1@2']);
  });
});

describe('word filter', () => {
  it('matches Latin words on word boundaries only', () => {
    const filter = filterOf([entry('ass', 'mask'), entry('cunt'), entry('shit')]);
    for (const clean of ['class act', 'assistant', 'Scunthorpe', 'passing grass', 'Matsushita', 'as', 'bass']) {
      assert.deepEqual(words(filter, clean), [], clean);
    }
    assert.deepEqual(words(filter, 'you ass!'), ['ass:ass']);
    assert.deepEqual(words(filter, '你是ass吧'), ['ass:ass'], 'Chinese next to a Latin word is a boundary');
    assert.deepEqual(words(filter, 'a s s hole'), ['ass:a s s']);
    assert.deepEqual(words(filter, 'assss'), ['ass:assss']);
    assert.deepEqual(words(filter, 'c.u.n.t'), ['cunt:c.u.n.t']);
    assert.deepEqual(words(filter, 'shit123'), ['shit:shit'], 'digits next to letters are a boundary');
  });

  it('matches Chinese words anywhere, in any of their forms', () => {
    const filter = filterOf([entry('傻逼'), entry('你妈死了'), entry('枪支'), entry('呆')]);
    assert.deepEqual(words(filter, '你是傻 逼吧'), ['傻逼:傻 逼']);
    assert.deepEqual(words(filter, '你是shabi吧'), ['傻逼:shabi']);
    assert.deepEqual(words(filter, '你是傻b'), ['傻逼:傻b']);
    assert.deepEqual(words(filter, 'sha逼'), ['傻逼:sha逼']);
    assert.deepEqual(words(filter, 'NMSL'), ['你妈死了:NMSL']);
    assert.deepEqual(words(filter, 'ni ma si le'), ['你妈死了:ni ma si le']);
    assert.deepEqual(words(filter, '卖木仓支'), ['枪支:木仓支']);
    assert.deepEqual(words(filter, '口木'), ['呆:口木']);
    assert.deepEqual(words(filter, '你是sb'), [], 'two-letter initials are not generated');
  });

  it('lets allowed phrases silence the matches they overlap', () => {
    const filter = filterOf([entry('苏', 'review'), entry('色情', 'review')], ['蘇州', '景色']);
    assert.deepEqual(words(filter, '我在蘇州工作'), []);
    assert.deepEqual(words(filter, '江苏人'), ['苏:苏']);
    assert.deepEqual(words(filter, '景色情调'), []);
    assert.deepEqual(words(filter, '色情网站'), ['色情:色情']);
  });

  it('never lets a match cross Chinese clause punctuation', () => {
    const filter = filterOf([entry('毒品')]);
    assert.deepEqual(words(filter, '这种植物有毒，品尝前请确认'), []);
    assert.deepEqual(words(filter, '毒*品'), ['毒品:毒*品']);
  });

  it('treats every character of a word literally', () => {
    const filter = filterOf([entry('a.b*c'), entry('(x+)+y')]);
    assert.deepEqual(words(filter, 'abc'), ['a.b*c:abc'], 'punctuation in a word is a separator, like in text');
    assert.deepEqual(words(filter, 'axxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxz'), []);
    assert.deepEqual(words(filter, 'xy'), ['(x+)+y:xy']);
  });

  it('gives the strictest verdict, masks mask words and lists the categories', () => {
    const filter = filterOf([entry('shit', 'mask', 'abuse'), entry('刷单', 'review', 'ads'), entry('damn', 'tag', 'abuse')]);
    const masked = filter.check('oh shit, 刷 单 damn');
    assert.equal(masked.verdict, 'review');
    assert.equal(masked.masked, 'oh ***, 刷 单 damn');
    assert.deepEqual(masked.tags, ['abuse', 'ads']);
    assert.deepEqual(
      masked.reasons.map((r) => [r.word, r.match, r.start, r.end, r.action]),
      [
        ['shit', 'shit', 3, 7, 'mask'],
        ['刷单', '刷 单', 9, 12, 'review'],
        ['damn', 'damn', 13, 17, 'tag'],
      ],
    );
    assert.equal(filterOf([entry('shit', 'mask')]).check('fine text').verdict, 'allow');
    assert.equal(filterOf([entry('x炸弹', 'block')]).check('x炸弹').verdict, 'block');
  });

  it('reports a word once per place even when several of its forms match', () => {
    const filter = filterOf([entry('傻逼')]);
    assert.equal(filter.find('傻逼').length, 1);
    assert.equal(filter.find('傻逼 傻逼').length, 2);
  });

  it('generates pinyin, initials, mixes and split forms of Chinese words only', () => {
    const forms = wordVariants('傻逼');
    for (const form of ['shabi', '傻b', 's逼', 'sha逼', '傻bi', '傻辶畐']) assert.ok(forms.includes(form), form);
    assert.ok(wordVariants('你妈死了').includes('nmsl'));
    assert.ok(!wordVariants('傻逼').includes('sb'));
    assert.deepEqual(wordVariants('fuck'), []);
    assert.deepEqual(wordVariants('V信'), [], 'mixed-script words are taken as written');
    assert.deepEqual(wordVariants('呆'), ['口木']);
  });

  it('never throws and stays within the text for any input (property)', () => {
    const filter = filterOf([entry('傻逼'), entry('ass', 'mask'), entry('wx', 'review')], ['苏州']);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        const result = filter.check(text);
        for (const reason of result.reasons) {
          assert.ok(reason.start >= 0 && reason.start < reason.end && reason.end <= text.length);
          assert.equal(reason.match, text.slice(reason.start, reason.end));
        }
      }),
      { numRuns: 300 },
    );
  });
});
