import { createRequire } from 'node:module';
import type { pinyin as PinyinFn } from 'pinyin-pro';
import { normalizedString, normalizeText } from './normalize.js';
import { SPLITS } from './split-chars.js';

/** Longest word (in characters) that gets pinyin and split-character forms. */
const MAX_VARIANT_CHARS = 8;
/** Words up to this length also get every mix of characters and pinyin (傻bi, sha逼). */
const MAX_MIXED_CHARS = 4;
const HAN = /^\p{Script=Han}+$/u;
/** Forms already worked out, by word: a rebuild after one word changed reuses the pinyin of the rest. */
const memo = new Map<string, readonly string[]>();
const MEMO_LIMIT = 100_000;
const SYLLABLE = /^[a-z]+$/;

/**
 * The forms of a listed word the matcher looks for besides the word itself, for words
 * written in Chinese characters only (after 繁→简 folding):
 *
 * - full pinyin (傻逼 → shabi), for words of two or more characters;
 * - pinyin initials (你妈死了 → nmsl), for three or more (two-letter initials such as "db"
 *   for 赌博 are too often innocent abbreviations; list them yourself where they are not);
 * - one character as its initial (傻b, s逼), and, up to four characters, every mix of
 *   characters and full pinyin (傻bi, sha逼);
 * - split characters (木仓 for 枪: each splittable character alone, then all of them).
 *
 * Pinyin comes from `pinyin-pro` with the reading the word gives in context, without tones
 * and with ü as v. Latin parts of any form match on word boundaries only (matcher.ts), so
 * "shabi" is found in "you shabi" but not inside a longer word.
 */
export function wordVariants(word: string): readonly string[] {
  let forms = memo.get(word);
  if (!forms) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    forms = computeVariants(word);
    memo.set(word, forms);
  }
  return forms;
}

/**
 * pinyin-pro with its dictionary is loaded when the first listed word needs pinyin, not at
 * boot (a server whose filter is never used never pays for it). Synchronous, as compiling is.
 */
let loadedPinyin: typeof PinyinFn | null = null;
const toPinyin = (han: string): string[] => {
  loadedPinyin ??= (createRequire(import.meta.url)('pinyin-pro') as { pinyin: typeof PinyinFn }).pinyin;
  return loadedPinyin(han, { toneType: 'none', type: 'array', v: true });
};

function computeVariants(word: string): string[] {
  const han = normalizedString(normalizeText(word, { collapse: false }));
  const chars = [...han];
  if (chars.length === 0 || chars.length > MAX_VARIANT_CHARS || !HAN.test(han)) return [];
  const forms = new Set<string>();
  const syllables = chars.length >= 2 ? toPinyin(han) : [];
  if (syllables.length === chars.length && syllables.every((s) => SYLLABLE.test(s))) {
    forms.add(syllables.join(''));
    if (chars.length >= 3) forms.add(syllables.map((s) => s[0]).join(''));
    chars.forEach((_, i) => forms.add(chars.map((c, j) => (j === i ? syllables[i]![0] : c)).join('')));
    if (chars.length <= MAX_MIXED_CHARS) {
      for (let mask = 1; mask < (1 << chars.length) - 1; mask++) {
        forms.add(chars.map((c, j) => (mask & (1 << j) ? syllables[j] : c)).join(''));
      }
    }
  }
  for (const form of splitForms(chars)) forms.add(form);
  forms.delete(han);
  return [...forms];
}

/** Each splittable character split alone, then all of them split (with each one's first split). */
function splitForms(chars: string[]): string[] {
  const forms: string[] = [];
  const splittable = chars.map((c) => SPLITS.get(c));
  splittable.forEach((splits, i) => {
    for (const split of splits ?? []) forms.push(chars.map((c, j) => (j === i ? split : c)).join(''));
  });
  if (splittable.filter(Boolean).length > 1) forms.push(chars.map((c, j) => splittable[j]?.[0] ?? c).join(''));
  return forms;
}
