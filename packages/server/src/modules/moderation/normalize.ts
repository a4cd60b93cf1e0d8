import { BREAK, EXPANDS, expansionOf, foldSlow, foldTable, SEPARATOR } from './fold-table.js';

/**
 * The word filter's normalisation pipeline. Word lists and texts both go through it, and the
 * matcher compares the results, so an evasion has to survive every step to get through:
 *
 * 1. NFKC — full-width → half-width, styled/enclosed letters, compatibility forms.
 * 2. Look-alike Latin/Cyrillic/Greek letters → the Latin letter (а → a, Η → h).
 * 3. Case folding and Traditional → Simplified (OpenCC, shared with search: 蘇 → 苏).
 * 4. Combining marks removed (accents, Zalgo).
 * 5. Variant characters and radical forms (儍 → 傻, ⺅ → 亻).
 * 6. Separators (spaces, punctuation, symbols, emoji) and invisible characters (zero-width,
 *    format, control) are removed; a separator leaves a *gap* mark on the next character,
 *    Chinese clause punctuation (，。！？) a *break* mark that no match may cross.
 * 7. Repeated characters collapse into one with a repeat count (傻傻逼逼 → 傻逼, fuuuck →
 *    fuck). Latin letters collapse only when adjacent, so "bad dog" keeps both d's apart.
 *
 * Steps 1–6 are per code point (fold-table.ts). Every output character keeps the UTF-16
 * range of the original text it came from (`from`/`to`), which is how a match is
 * highlighted, or masked, exactly where the member typed it. Pinyin, initials and split
 * characters are not normalised away: they are added as extra forms of each listed word
 * (variants.ts), because turning every Chinese character of a text into pinyin would make
 * homophones of innocent words match.
 */
export interface NormalizedText {
  /** How many output characters there are (the arrays may be longer). */
  length: number;
  /** Folded code points. */
  chars: Int32Array;
  /** UTF-16 offset in the original text where each output character starts. */
  from: Int32Array;
  /** UTF-16 offset one past its end (past its last repeat). */
  to: Int32Array;
  /** How many repeats collapsed into each character (1 for none; at most 65,535). */
  runs: Uint16Array;
  /** `GAP_BEFORE`, `BREAK_BEFORE` and `LATIN` bits per character. */
  flags: Uint8Array;
}

/** A separator came between this character and the previous one. */
export const GAP_BEFORE = 1;
/** The character is a Latin letter a–z (word boundaries apply). */
export const LATIN = 2;
/** Clause punctuation came between this character and the previous one: no match spans it. */
export const BREAK_BEFORE = 4;

/** Runs the pipeline over `text`; `collapse: false` keeps repeats (for display of a word's key). */
export function normalizeText(text: string, options: { collapse?: boolean } = {}): NormalizedText {
  const collapse = options.collapse ?? true;
  const length = text.length;
  const out = allocate(length);
  let { chars, from, to, runs, flags } = out;
  let n = 0;
  let previous = -1;
  let gap = false;
  let broken = false;
  for (let i = 0; i < length;) {
    let cp = text.charCodeAt(i);
    let fold = foldTable[cp]!;
    // Fast path: a code unit that folds to one character (surrogates and unseen ones never do).
    if (fold >= 0) {
      if (fold === previous && collapse && !broken && !(gap && fold >= 97 && fold <= 122)) {
        if (runs[n - 1]! < 0xffff) runs[n - 1]!++;
        to[n - 1] = i + 1;
      } else {
        chars[n] = fold;
        from[n] = i;
        to[n] = i + 1;
        runs[n] = 1;
        flags[n] = (gap ? GAP_BEFORE : 0) | (broken ? BREAK_BEFORE : 0) | (fold >= 97 && fold <= 122 ? LATIN : 0);
        n++;
        previous = fold;
      }
      gap = false;
      broken = false;
      i++;
      continue;
    }
    let width = 1;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = ((cp - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    if (width === 2 || fold === -1) fold = foldSlow(cp);
    if (fold === SEPARATOR || fold === BREAK) {
      gap = true;
      if (fold === BREAK) broken = true;
      i += width;
      continue;
    }
    if (fold < 0 && fold !== EXPANDS) {
      i += width;
      continue;
    }
    let expansion: Int32Array | null = null;
    if (fold === EXPANDS) {
      expansion = expansionOf(cp);
      // Each code unit yields at most one character except here: keep room for the rest.
      const needed = n + expansion.length + (length - i - width);
      if (needed > chars.length) {
        out.length = n;
        ({ chars, from, to, runs, flags } = grow(out, needed + 16));
      }
    }
    const count = expansion ? expansion.length : 1;
    for (let k = 0; k < count; k++) {
      const c = expansion ? expansion[k]! : fold;
      const latin = c >= 97 && c <= 122;
      if (collapse && c === previous && !(gap && latin) && !broken) {
        if (runs[n - 1]! < 0xffff) runs[n - 1]!++;
        to[n - 1] = i + width;
      } else {
        chars[n] = c;
        from[n] = i;
        to[n] = i + width;
        runs[n] = 1;
        flags[n] = (gap ? GAP_BEFORE : 0) | (broken ? BREAK_BEFORE : 0) | (latin ? LATIN : 0);
        n++;
        previous = c;
      }
      gap = false;
      broken = false;
    }
    i += width;
  }
  return { length: n, chars, from, to, runs, flags };
}

function allocate(capacity: number): NormalizedText {
  return {
    length: 0,
    chars: new Int32Array(capacity),
    from: new Int32Array(capacity),
    to: new Int32Array(capacity),
    runs: new Uint16Array(capacity),
    flags: new Uint8Array(capacity),
  };
}

/** Moves `text`'s first `text.length` characters into bigger arrays (and updates `text`). */
function grow(text: NormalizedText, capacity: number): NormalizedText {
  const bigger = allocate(capacity);
  bigger.chars.set(text.chars);
  bigger.from.set(text.from);
  bigger.to.set(text.to);
  bigger.runs.set(text.runs);
  bigger.flags.set(text.flags);
  Object.assign(text, { chars: bigger.chars, from: bigger.from, to: bigger.to, runs: bigger.runs, flags: bigger.flags });
  return text;
}

/** The normalised characters as a string (the key a word is stored and compared under). */
export function normalizedString(normalized: NormalizedText): string {
  let out = '';
  for (let i = 0; i < normalized.length; i++) out += String.fromCodePoint(normalized.chars[i]!);
  return out;
}

/** The key two words share when the filter cannot tell them apart (蘇州 and 苏州, ＷＸ and wx). */
export function wordKey(word: string): string {
  const normalized = normalizeText(word);
  let key = '';
  for (let i = 0; i < normalized.length; i++) {
    key += String.fromCodePoint(normalized.chars[i]!);
    if (normalized.runs[i]! > 1) key += String.fromCodePoint(normalized.chars[i]!);
  }
  return key;
}
