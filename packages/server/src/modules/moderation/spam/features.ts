import { normalizedString, normalizeText } from '../normalize.js';

/**
 * The features the spam classifier sees in a text: character 1-, 2- and 3-grams of the word
 * filter's normalised form (so 加薇信, 加 薇 信 and 加薇信 with Traditional or full-width
 * letters are the same features), with every digit run replaced by a token of its length
 * class — a QQ number is spam evidence because it is a long number, not because of which one.
 * Chinese has no spaces, so character n-grams stand in for words without a segmenter.
 */
export function textFeatures(text: string): string[] {
  const folded = collapseDigits(normalizedString(normalizeText(text.slice(0, MAX_CHARS))));
  const chars = [...folded];
  const features: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    features.push(chars[i]!);
    if (i + 1 < chars.length) features.push(chars[i]! + chars[i + 1]!);
    if (i + 2 < chars.length) features.push(chars[i]! + chars[i + 1]! + chars[i + 2]!);
  }
  if (chars.length <= 4) features.push(SHORT);
  return features;
}

/** Longer texts add nothing a post's first 2,000 characters do not say, and cost time. */
const MAX_CHARS = 2000;
/** A marker of very short texts ("ok", "哈哈"), which are almost never ads. */
const SHORT = '\u0001short';

/**
 * Digit runs become one private-use character per length class: 1–4 digits (prices,
 * years), 5–8, 9–11 (QQ and phone numbers), 12+ (card or order numbers).
 */
function collapseDigits(text: string): string {
  return text.replace(/[0-9]+/g, (run) =>
    run.length <= 4 ? '\ue001' : run.length <= 8 ? '\ue002' : run.length <= 11 ? '\ue003' : '\ue004',
  );
}
