/**
 * Loaders of the word filter's corpus (this folder): the word list and allow-list it is
 * measured against, the evasion cases and the clean sentences. Used by the corpus test and
 * by bench/word-filter.bench.ts, so both measure the same thing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FilterAction, FilterCategory } from '@hearth/contracts';
import { BUILT_IN_LURES } from '../lures.js';
import { WordFilter, type FilterEntry } from '../word-filter.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const lines = (file: string) =>
  fs
    .readFileSync(path.join(here, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));

export function corpusWords(): FilterEntry[] {
  return lines('word-list.tsv').map((line) => {
    const [word = '', action, category] = line.split('\t');
    return { word, action: action as FilterAction, category: category as FilterCategory, builtIn: false };
  });
}

export const corpusAllowed = (): string[] => lines('allowed.txt');

export const evasionCases = (): { technique: string; text: string; word: string }[] =>
  lines('evasion.tsv').map((line) => {
    const [technique = '', text = '', word = ''] = line.split('\t');
    return { technique, text, word };
  });

export const cleanSentences = (): string[] => lines('clean.txt');

/** The corpus words with the built-in lures, as the filter would see them. */
export function corpusEntries(): FilterEntry[] {
  const lures = BUILT_IN_LURES.map((lure) => ({ word: lure.word, action: lure.action, category: 'ads' as const, builtIn: true }));
  return [...corpusWords(), ...lures];
}

export function corpusFilter(): WordFilter {
  return new WordFilter({ words: corpusEntries(), allowed: corpusAllowed() });
}
