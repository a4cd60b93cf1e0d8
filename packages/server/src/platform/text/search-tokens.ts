import fs from 'node:fs';
import { createRequire } from 'node:module';
import { Jieba } from '@node-rs/jieba';
import { foldText } from './fold.js';

// The dictionary (5 MB) is read and loaded on first use, not at boot. It is read directly:
// the package's dict.js would also read the 6 MB IDF table, which segmentation never uses.
let jieba: Jieba | null = null;
const segmenter = () => (jieba ??= Jieba.withDict(fs.readFileSync(createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt'))));

const HAN = /\p{Script=Han}/u;
const WORD_PART = /[\p{L}\p{N}]+/gu;
/** Stands in for whitespace while folding for highlights (never part of a word). */
const KEEP_SPACE = '\u0001';
/** Marks a character bigram, so it never equals a segmented word in the index. */
const BIGRAM = 'ʙ';

/** Segmented words of folded text: jieba for Chinese, word runs for everything else. */
function words(folded: string, forSearch: boolean): string[] {
  const cut = forSearch ? segmenter().cutForSearch(folded, true) : segmenter().cut(folded, true);
  return cut.flatMap((token) => token.match(WORD_PART) ?? []);
}

/** Bigrams of every run of Han characters (a lone character stands for itself). */
function hanBigrams(folded: string): string[] {
  const grams: string[] = [];
  for (const run of folded.match(/\p{Script=Han}+/gu) ?? []) {
    const chars = [...run];
    if (chars.length === 1) grams.push(BIGRAM + chars[0]);
    for (let i = 0; i + 1 < chars.length; i++) grams.push(BIGRAM + chars[i] + chars[i + 1]);
  }
  return grams;
}

/**
 * The index terms of a text: Traditional and Simplified folded together (NFKC, lower case,
 * Simplified), Chinese segmented by jieba in search mode (whole words and the words inside
 * them), plus marked bigrams of Chinese runs so a query matches inside words that jieba
 * segmented differently in context.
 */
export function indexTerms(text: string): string[] {
  return indexTermsOfFolded(foldText(text));
}

/** `indexTerms` of text already folded by `foldText` (a caller that keeps the folded text folds once). */
export function indexTermsOfFolded(folded: string): string[] {
  return [...new Set([...words(folded, true), ...hanBigrams(folded)])];
}

/**
 * How a query matches: `words` (jieba's segmentation of the query; all must be present) or,
 * for queries with Chinese, `bigrams` (all of the query's bigrams plus its non-Chinese words).
 * A document matching either is a hit; word matches rank first.
 */
export function queryTerms(query: string): { words: string[]; bigrams: string[] } {
  // Queries repeat (paging, suggestions while typing, popular searches) and segmenting one
  // costs more than looking it up; the result is a pure function of the text.
  const known = recentQueries.get(query);
  if (known) return { words: [...known.words], bigrams: [...known.bigrams] };
  const terms = termsOfQuery(query);
  if (recentQueries.size >= 1000) recentQueries.clear();
  recentQueries.set(query, terms);
  return { words: [...terms.words], bigrams: [...terms.bigrams] };
}

const recentQueries = new Map<string, { words: string[]; bigrams: string[] }>();

function termsOfQuery(query: string): { words: string[]; bigrams: string[] } {
  const folded = foldText(query);
  const queryWords = [...new Set(words(folded, false))];
  if (!HAN.test(folded)) return { words: queryWords, bigrams: [] };
  const latin = queryWords.filter((word) => !HAN.test(word));
  return { words: queryWords, bigrams: [...new Set([...hanBigrams(folded), ...latin])] };
}

/**
 * Whether every document with all of `words` (as index terms) also has all of `bigrams`:
 * when each bigram lies inside one of the words (no bigram spans two words, no lone
 * character), since a document's bigrams come from every Han run of its text. Then the
 * bigram group alone matches exactly what "words or bigrams" matches, with one posting list
 * fewer to walk.
 */
export function wordsImplyBigrams(queryWords: readonly string[], bigrams: readonly string[]): boolean {
  return bigrams.every((term) => {
    if (!term.startsWith(BIGRAM)) return queryWords.includes(term);
    const gram = term.slice(BIGRAM.length);
    return [...gram].length === 2 && queryWords.some((word) => word.includes(gram));
  });
}

/** Where the query's words occur in `text` (UTF-16 ranges, merged), compared after folding each character. */
export function matchRanges(text: string, query: string): { start: number; end: number }[] {
  return matchRangesOf(text, matchNeedles(query));
}

/** What `matchRanges` looks for: the folded words of the query (made once per query, used for every hit). */
export function matchNeedles(query: string): string[] {
  return [
    ...new Set(
      foldText(query)
        .split(' ')
        .flatMap((part) => words(part, false)),
    ),
  ].filter((n) => n.length > 0);
}

/**
 * `text` folded as `foldText` folds it, but character for character: whitespace stays (as
 * spaces), nothing is collapsed or trimmed, so a position in the result is a position in
 * `text`. Null when folding would change the number of characters (a decomposing ligature).
 */
export function foldAligned(text: string): string | null {
  const count = [...text].length;
  if ([...text.normalize('NFKC').toLowerCase()].length !== count) return null;
  // Whitespace is stood in for by a control character, which folding neither collapses nor trims.
  const folded = foldText(text.replace(/\s/g, KEEP_SPACE));
  return [...folded].length === count ? folded.replaceAll(KEEP_SPACE, ' ') : null;
}

/**
 * `matchRanges` with the needles made by `matchNeedles`; `aligned` may bring `text` already
 * folded by `foldAligned` (stored at indexing), which saves folding it again.
 */
export function matchRangesOf(text: string, needles: readonly string[], aligned?: string | null): { start: number; end: number }[] {
  if (needles.length === 0) return [];
  // Positions in the folded text must be positions in `text`: fold it whole when that keeps
  // every character in place (the usual case, and far cheaper), else character by character.
  const chars = [...text];
  const given = aligned ? [...aligned] : null;
  const whole = given && given.length === chars.length ? given : [...(foldAligned(text) ?? '')];
  const folded = whole.length === chars.length ? whole : chars.map((char) => [...(foldText(char) || ' ')][0] ?? ' ');
  const offsets: number[] = [];
  let at = 0;
  for (const char of chars) {
    offsets.push(at);
    at += char.length;
  }
  offsets.push(at);
  const haystack = folded.join('');
  const ranges: { start: number; end: number }[] = [];
  for (const needle of needles) {
    const length = [...needle].length;
    const charIndex = (unitIndex: number) => [...haystack.slice(0, unitIndex)].length;
    for (let from = haystack.indexOf(needle); from >= 0; from = haystack.indexOf(needle, from + needle.length)) {
      const first = charIndex(from);
      ranges.push({ start: offsets[first]!, end: offsets[first + length]! });
    }
  }
  ranges.sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** About `width` characters of `text` around its first match, with the ranges moved to fit. */
export function snippetAround(
  text: string,
  ranges: { start: number; end: number }[],
  width = 160,
): { snippet: string; highlights: { start: number; end: number }[] } {
  const first = ranges[0]?.start ?? 0;
  const start = Math.max(0, first - Math.floor(width / 3));
  const end = Math.min(text.length, start + width);
  const prefix = start > 0 ? '…' : '';
  const snippet = prefix + text.slice(start, end) + (end < text.length ? '…' : '');
  const highlights = ranges
    .filter((r) => r.start >= start && r.end <= end)
    .map((r) => ({ start: r.start - start + prefix.length, end: r.end - start + prefix.length }));
  return { snippet, highlights };
}
