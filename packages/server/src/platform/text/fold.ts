import * as OpenCC from 'opencc-js';

// Traditional (any region) → Simplified, so 張 and 张 fold to the same key.
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/**
 * Folds text for matching: NFKC (full-width → half-width), lower case, Traditional →
 * Simplified, whitespace collapsed. The same fold is applied to what is stored and to
 * queries, so 繁/简 and Ｆｕｌｌ/full-width forms match each other.
 */
export function foldText(text: string): string {
  return toSimplified(text.normalize('NFKC').toLowerCase()).replace(/\s+/g, ' ').trim();
}

/**
 * The 1- and 2-character grams of a folded name, the index that makes partial-name search
 * an index lookup instead of a table scan (Chinese names are 2–4 characters, so trigram
 * indexes would miss most queries).
 */
export function nameGrams(folded: string): string[] {
  const chars = [...folded.replace(/\s+/g, '')];
  const grams = new Set<string>();
  for (let i = 0; i < chars.length; i++) {
    grams.add(chars[i]!);
    if (i + 1 < chars.length) grams.add(chars[i]! + chars[i + 1]!);
  }
  return [...grams];
}

/** The grams a query must all match: its bigrams, or the single character of a 1-char query. */
export function queryGrams(folded: string): string[] {
  const chars = [...folded.replace(/\s+/g, '')];
  if (chars.length === 0) return [];
  if (chars.length === 1) return [chars[0]!];
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
  return [...grams];
}
