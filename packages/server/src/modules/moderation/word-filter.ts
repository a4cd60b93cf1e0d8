import type { CheckTextResult, FilterAction, FilterCategory, FilterReason, FilterVerdict } from '@hearth/contracts';
import { AhoCorasick } from './aho-corasick.js';
import { BREAK_BEFORE, GAP_BEFORE, LATIN, normalizeText, type NormalizedText } from './normalize.js';
import { wordVariants } from './variants.js';

/** A word the filter looks for. */
export interface FilterEntry {
  word: string;
  action: FilterAction;
  category: FilterCategory;
  builtIn: boolean;
}

export interface WordFilterInput {
  words: readonly FilterEntry[];
  /** Phrases that silence the matches they overlap. */
  allowed: readonly string[];
}

/** One occurrence of a listed word: which entry, and where in the original text (UTF-16 offsets). */
export interface FoundWord {
  entry: FilterEntry;
  start: number;
  end: number;
}

interface Pattern {
  /** Index into `entries`, or -1 for an allowed phrase. */
  entry: number;
  length: number;
  latinStart: boolean;
  latinEnd: boolean;
  /** Minimum repeat count per character when the word itself has doubled letters (ass, 哈哈); else null. */
  runs: Uint16Array | null;
}

const ACTION_RANK: Record<FilterAction, number> = { tag: 0, mask: 1, review: 2, block: 3 };
const VERDICT_OF: Record<FilterAction, FilterVerdict> = { tag: 'allow', mask: 'allow', review: 'review', block: 'block' };

/**
 * The compiled filter of one word-list version: every listed word with its pinyin, initials
 * and split-character forms, the built-in lures and the allow-list, all in one Aho-Corasick
 * automaton over normalised text. Matching is one pass over the normalised text; each hit is
 * then checked for what the automaton cannot see — Latin word boundaries (so "class" never
 * trips "ass"), doubled letters the word requires, and overlapping allowed phrases — and
 * mapped back to the original text through the normaliser's position map.
 */
export class WordFilter {
  private readonly entries: FilterEntry[];
  private readonly patterns: Pattern[] = [];
  private readonly automaton: AhoCorasick;

  constructor(input: WordFilterInput) {
    this.entries = [...input.words];
    const codes: Int32Array[] = [];
    const add = (form: string, entry: number, seen: Set<string>, collapse = true) => {
      const normalized = normalizeText(form, { collapse });
      if (normalized.length === 0) return;
      const chars = normalized.chars.slice(0, normalized.length);
      let runs: Uint16Array | null = null;
      let hasLatinRun = false;
      for (let i = 0; i < normalized.length; i++) {
        if (normalized.runs[i]! > 1) runs ??= new Uint16Array(normalized.length).fill(1);
        if (runs) runs[i] = Math.min(normalized.runs[i]!, 2);
        if (normalized.runs[i]! > 1 && normalized.flags[i]! & LATIN) hasLatinRun = true;
      }
      // Spaced-out letters do not collapse ("bad dog" keeps both d's), so "a s s" needs the uncollapsed form of "ass".
      if (hasLatinRun) add(form, entry, seen, false);
      const key = `${String.fromCodePoint(...chars)}\u0000${runs?.join('') ?? ''}`;
      if (seen.has(key)) return;
      seen.add(key);
      codes.push(chars);
      this.patterns.push({
        entry,
        length: normalized.length,
        latinStart: (normalized.flags[0]! & LATIN) !== 0,
        latinEnd: (normalized.flags[normalized.length - 1]! & LATIN) !== 0,
        runs,
      });
    };
    this.entries.forEach((entry, index) => {
      const seen = new Set<string>();
      for (const form of [entry.word, ...wordVariants(entry.word)]) add(form, index, seen);
    });
    const allowSeen = new Set<string>();
    for (const phrase of input.allowed) add(phrase, -1, allowSeen);
    this.automaton = new AhoCorasick(codes);
  }

  get patternCount(): number {
    return this.patterns.length;
  }

  get stateCount(): number {
    return this.automaton.stateCount;
  }

  /** Every listed word in `text`, in order of position; allowed phrases have silenced the ones they overlap. */
  find(text: string): FoundWord[] {
    const normalized = normalizeText(text);
    const hits: number[] = [];
    const allowedRanges: number[] = [];
    this.automaton.scan(normalized.chars, normalized.length, (id, end) => {
      const pattern = this.patterns[id]!;
      const start = end - pattern.length + 1;
      if (!this.fits(pattern, normalized, start, end)) return;
      if (pattern.entry < 0) allowedRanges.push(start, end);
      else hits.push(pattern.entry, start, end);
    });
    if (hits.length === 0) return [];
    const kept: { entry: number; start: number; end: number }[] = [];
    for (let i = 0; i < hits.length; i += 3) {
      const start = hits[i + 1]!;
      const end = hits[i + 2]!;
      if (!overlapsAny(allowedRanges, start, end)) kept.push({ entry: hits[i]!, start, end });
    }
    kept.sort((a, b) => a.start - b.start || b.end - a.end);
    // One report per word and place: a shorter form inside a longer one of the same word is the same hit.
    const reachOf = new Map<number, number>();
    const found: FoundWord[] = [];
    for (const hit of kept) {
      const reach = reachOf.get(hit.entry) ?? -1;
      if (hit.end <= reach) continue;
      reachOf.set(hit.entry, hit.end);
      found.push({ entry: this.entries[hit.entry]!, start: normalized.from[hit.start]!, end: normalized.to[hit.end]! });
    }
    return found;
  }

  /** The verdict for `text`, the reasons, the text with `mask` words masked, and the categories found. */
  check(text: string): CheckTextResult {
    const found = this.find(text);
    let worst: FilterAction | null = null;
    const tags = new Set<FilterCategory>();
    const reasons: FilterReason[] = found.map(({ entry, start, end }) => {
      if (!worst || ACTION_RANK[entry.action] > ACTION_RANK[worst]) worst = entry.action;
      tags.add(entry.category);
      return {
        kind: 'word',
        match: text.slice(start, end),
        start,
        end,
        word: entry.word,
        action: entry.action,
        category: entry.category,
        builtIn: entry.builtIn,
      };
    });
    return {
      verdict: worst ? VERDICT_OF[worst] : 'allow',
      reasons,
      masked: maskRanges(
        text,
        found.filter((hit) => hit.entry.action === 'mask'),
      ),
      tags: [...tags].sort(),
    };
  }

  /** `text` with every `mask` word replaced by ***. */
  mask(text: string): string {
    return maskRanges(
      text,
      this.find(text).filter((hit) => hit.entry.action === 'mask'),
    );
  }

  /** Whether a raw hit at normalised [start, end] stands: no clause break inside, word boundaries for Latin ends, required repeats. */
  private fits(pattern: Pattern, text: NormalizedText, start: number, end: number): boolean {
    const { flags } = text;
    if (pattern.latinStart && start > 0 && (flags[start]! & GAP_BEFORE) === 0 && (flags[start - 1]! & LATIN) !== 0) return false;
    if (pattern.latinEnd && end + 1 < text.length && (flags[end + 1]! & GAP_BEFORE) === 0 && (flags[end + 1]! & LATIN) !== 0) {
      return false;
    }
    for (let k = start + 1; k <= end; k++) if (flags[k]! & BREAK_BEFORE) return false;
    if (pattern.runs) {
      for (let k = 0; k < pattern.length; k++) if (text.runs[start + k]! < pattern.runs[k]!) return false;
    }
    return true;
  }
}

function overlapsAny(ranges: number[], start: number, end: number): boolean {
  for (let i = 0; i < ranges.length; i += 2) if (ranges[i]! <= end && start <= ranges[i + 1]!) return true;
  return false;
}

function maskRanges(text: string, hits: readonly FoundWord[]): string {
  if (hits.length === 0) return text;
  let out = '';
  let at = 0;
  for (const { start, end } of hits) {
    if (end <= at) continue;
    out += text.slice(at, Math.max(at, start)) + (start >= at ? '***' : '');
    at = end;
  }
  return out + text.slice(at);
}
