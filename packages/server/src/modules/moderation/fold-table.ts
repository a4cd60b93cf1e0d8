import { foldText } from '../../platform/text/fold.js';
import { CONFUSABLE_TOKENS, parseTokens, VARIANT_TOKENS } from './confusables.js';

/**
 * What one code point of a text becomes before matching (steps 1–6 of the pipeline in
 * normalize.ts), worked out once per code point and kept in a table:
 *
 * 1. NFKC: full-width → half-width (ｗｘ → wx), styled and enclosed letters (𝐰 ⓦ → w),
 *    compatibility ideographs and Kangxi radicals (⼝ → 口).
 * 2. Look-alikes: Cyrillic, Greek and other letters that imitate Latin ones (а → a).
 * 3. Case folding, then Traditional → Simplified (platform/text/fold.ts, OpenCC), so 微 and
 *    薇 stay apart but 賭 and 赌 meet.
 * 4. Accents and other combining marks removed (fück → fuck, Zalgo text → its letters).
 * 5. Variant characters (儍 → 傻) and radical forms (⺅ → 亻).
 * 6. Classification: letters and digits are kept; whitespace, punctuation, symbols and emoji
 *    are *separators* (skipped, but remembered as a gap, which Latin word boundaries need);
 *    Chinese clause punctuation (，。！？；：…) is a *break*, a gap that no match may span,
 *    since it ends a phrase where inserted symbols only decorate one;
 *    zero-width, format characters, controls, variation selectors and lone combining marks
 *    are *transparent* (skipped without a trace).
 */

/** Not looked up yet. */
const UNSET = -1;
/** Skipped; counts as a gap between words. */
export const SEPARATOR = -2;
/** Becomes several characters (ⅷ → viii): see `expansionOf`. */
export const EXPANDS = -3;
/** Skipped without a gap (zero-width space, soft hyphen, combining marks). */
export const TRANSPARENT = -4;
/** Chinese clause punctuation (，。！？；：…): a gap no match may span (有毒，品尝 is not 毒品). */
export const BREAK = -5;

const confusables = parseTokens(CONFUSABLE_TOKENS);
const variants = parseTokens(VARIANT_TOKENS);

const bmp = new Int32Array(0x10000).fill(UNSET);
const astral = new Map<number, number>();
const expansions = new Map<number, Int32Array>();

const WHITESPACE = /^\s$/u;
const CLAUSE_END = /^[\uFF0C\u3002\uFF01\uFF1F\uFF1B\uFF1A\u2026\uFF61]$/u;
const INVISIBLE = /^[\p{Cf}\p{Cc}\p{M}\p{Cs}\p{Co}\p{Cn}]$/u;
const KEPT = /[\p{L}\p{N}]/u;
const MARKS = /\p{M}/gu;

function foldString(char: string): string {
  let text = char.normalize('NFKC');
  text = [...text].map((c) => confusables.get(c) ?? c).join('');
  text = [...foldText(text)].map((c) => confusables.get(c) ?? c).join('');
  text = text.normalize('NFD').replace(MARKS, '').normalize('NFC');
  return [...text].map((c) => variants.get(c) ?? c).join('');
}

function compute(codePoint: number): number {
  const char = String.fromCodePoint(codePoint);
  if (WHITESPACE.test(char)) return SEPARATOR;
  if (CLAUSE_END.test(char)) return BREAK;
  if (INVISIBLE.test(char)) return TRANSPARENT;
  const kept = [...foldString(char)].filter((c) => KEPT.test(c)).map((c) => c.codePointAt(0)!);
  if (kept.length === 0) return SEPARATOR;
  if (kept.length === 1) return kept[0]!;
  expansions.set(codePoint, Int32Array.from(kept));
  return EXPANDS;
}

/** The fold of a code point outside the table's fast path (first sight, or beyond the BMP). */
export function foldSlow(codePoint: number): number {
  if (codePoint < 0x10000) {
    const cached = bmp[codePoint]!;
    if (cached !== UNSET) return cached;
    const value = compute(codePoint);
    bmp[codePoint] = value;
    return value;
  }
  let value = astral.get(codePoint);
  if (value === undefined) {
    value = compute(codePoint);
    astral.set(codePoint, value);
  }
  return value;
}

/** The characters a code point whose fold is `EXPANDS` becomes. */
export function expansionOf(codePoint: number): Int32Array {
  return expansions.get(codePoint)!;
}

/** The table itself, for the normaliser's hot loop: `UNSET` (-1) means "ask foldSlow". */
export const foldTable: Int32Array = bmp;
