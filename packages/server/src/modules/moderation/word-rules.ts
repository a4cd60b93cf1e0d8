import { isWellFormedText, MAX_FILTER_WORD_LENGTH, type ImportInvalidReason } from '@hearth/contracts';
import { wordKey } from './normalize.js';

export type ExaminedWord = { word: string; key: string } | { problem: ImportInvalidReason };

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
const HAN = /^\p{Script=Han}$/u;

/**
 * Whether a word (or allowed phrase) can be listed, and the key it is listed under. Every
 * character is literal — `*`, `.`, `(` and `\` are characters, not patterns — so a list
 * copied from elsewhere can never turn into a slow regular expression. Refused: longer than
 * 60 characters, control characters or broken Unicode, nothing left to match once
 * punctuation and emoji are removed (`***`), or a single letter or digit (it would match
 * every "a" that stands alone; a single Chinese character is fine: 苏).
 */
export function examineWord(raw: string): ExaminedWord {
  const word = raw.trim();
  if ([...word].length > MAX_FILTER_WORD_LENGTH) return { problem: 'too_long' };
  if (CONTROL.test(word)) return { problem: 'control_characters' };
  if (!isWellFormedText(word)) return { problem: 'invalid_unicode' };
  const key = wordKey(word);
  if (key.length === 0) return { problem: 'nothing_to_match' };
  const keyChars = [...key];
  if (keyChars.length === 1 && !HAN.test(keyChars[0]!)) return { problem: 'too_short' };
  return { word, key };
}

/** An import's lines: the text split at line breaks (a leading byte-order mark dropped), or the lines given. */
export function importLines(source: { text?: string | undefined; lines?: string[] | undefined }): string[] {
  if (source.lines) return source.lines;
  return (source.text ?? '').replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
}
