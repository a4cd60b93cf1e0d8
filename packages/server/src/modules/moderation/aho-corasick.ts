/**
 * An Aho-Corasick automaton over code points, built once per word-list version and kept in
 * typed arrays (ARCHITECTURE: no per-node objects, so 20,000 words with their pinyin forms
 * stay a few megabytes and the garbage collector never walks them).
 *
 * - Code points are renumbered densely (the alphabet); a code point that is in no pattern
 *   maps to 0 and sends the scan straight back to the root, which is most of a text.
 * - States are numbered breadth-first, so a state's children have consecutive numbers and
 *   its edges are the slice `edgeStart[s] … edgeStart[s + 1]` of one symbol array, the child
 *   on edge `e` being state `e + 1` (no target array). The shallow states a scan spends its
 *   time in are then the first few kilobytes of every array, which stay in the CPU cache.
 * - The root's transitions are one dense row; other states' slices are searched linearly
 *   when short and by bisection when long.
 * - Failure links and dictionary-suffix links are computed in state order (breadth-first); a
 *   state's outputs are a linked list of pattern ids.
 *
 * The trie is built from the patterns in sorted order, so each state's children are created
 * in symbol order and no hash map is needed at any point.
 */
export class AhoCorasick {
  /** Symbol of each BMP code point (16 bits: half the cache footprint of 32). */
  private readonly alphabetBmp: Uint16Array | Int32Array;
  private readonly alphabetAstral = new Map<number, number>();
  private readonly rootNext: Int32Array;
  private readonly edgeStart: Int32Array;
  private readonly edgeSymbol: Int32Array;
  private readonly fail: Int32Array;
  /** First pattern ending at each state, or -1. */
  private readonly outHead: Int32Array;
  /** Next pattern ending at the same state, or -1. */
  private readonly outNext: Int32Array;
  /** Nearest state on the failure chain that has outputs, or 0. */
  private readonly dictLink: Int32Array;
  readonly stateCount: number;

  constructor(patterns: readonly Int32Array[]) {
    const seenSymbols = new Set<number>();
    for (const pattern of patterns) for (const c of pattern) seenSymbols.add(c);
    const symbols = [...seenSymbols].sort((a, b) => a - b);
    this.alphabetBmp = symbols.length < 0xffff ? new Uint16Array(0x10000) : new Int32Array(0x10000);
    symbols.forEach((codePoint, index) => {
      if (codePoint < 0x10000) this.alphabetBmp[codePoint] = index + 1;
      else this.alphabetAstral.set(codePoint, index + 1);
    });
    const encoded = patterns.map((pattern) => {
      const symbolsOf = new Int32Array(pattern.length);
      for (let i = 0; i < pattern.length; i++) symbolsOf[i] = this.symbolOf(pattern[i]!);
      return symbolsOf;
    });
    const sorted = sortedOrder(encoded, symbols.length);

    // Trie: walk the sorted patterns, sharing the prefix with the previous one.
    let totalLength = 0;
    for (const pattern of encoded) totalLength += pattern.length;
    const parent = new Int32Array(totalLength + 1);
    const symbol = new Int32Array(totalLength + 1);
    const terminal = new Int32Array(patterns.length);
    let count = 1;
    const path: number[] = [0];
    let previous = new Int32Array(0);
    for (const id of sorted) {
      const pattern = encoded[id]!;
      let shared = 0;
      while (shared < pattern.length && shared < previous.length && pattern[shared] === previous[shared]) shared++;
      path.length = shared + 1;
      for (let i = shared; i < pattern.length; i++) {
        const state = count++;
        parent[state] = path[i]!;
        symbol[state] = pattern[i]!;
        path.push(state);
      }
      terminal[id] = path[pattern.length]!;
      previous = pattern;
    }
    this.stateCount = count;

    // Children of each state (creation numbering), grouped by parent; creation order keeps
    // each group sorted by symbol.
    const childStart = new Int32Array(count + 1);
    for (let s = 1; s < count; s++) childStart[parent[s]! + 1]!++;
    for (let s = 0; s < count; s++) childStart[s + 1]! += childStart[s]!;
    const children = new Int32Array(Math.max(count - 1, 0));
    const fill = childStart.slice(0, count);
    for (let s = 1; s < count; s++) children[fill[parent[s]!]!++] = s;

    // Breadth-first renumbering: `order[new] = old`.
    const order = new Int32Array(count);
    const renumbered = new Int32Array(count);
    let next = 1;
    for (let i = 0; i < next; i++) {
      const old = order[i]!;
      for (let e = childStart[old]!; e < childStart[old + 1]!; e++) {
        renumbered[children[e]!] = next;
        order[next++] = children[e]!;
      }
    }
    this.edgeStart = new Int32Array(count + 1);
    for (let i = 0; i < count; i++) this.edgeStart[i + 1] = this.edgeStart[i]! + childStart[order[i]! + 1]! - childStart[order[i]!]!;
    this.edgeSymbol = new Int32Array(Math.max(count - 1, 0));
    for (let i = 1; i < count; i++) this.edgeSymbol[i - 1] = symbol[order[i]!]!;
    this.rootNext = new Int32Array(symbols.length + 1);
    for (let i = 1; i <= this.edgeStart[1]!; i++) this.rootNext[this.edgeSymbol[i - 1]!] = i;

    this.outHead = new Int32Array(count).fill(-1);
    this.outNext = new Int32Array(patterns.length).fill(-1);
    for (let id = patterns.length - 1; id >= 0; id--) {
      if (encoded[id]!.length === 0) continue;
      const state = renumbered[terminal[id]!]!;
      this.outNext[id] = this.outHead[state]!;
      this.outHead[state] = id;
    }

    // Failure links in state order, which is breadth-first: a parent's link is always known.
    this.fail = new Int32Array(count);
    this.dictLink = new Int32Array(count);
    for (let state = this.edgeStart[1]! + 1; state < count; state++) {
      const up = renumbered[parent[order[state]!]!]!;
      const sym = this.edgeSymbol[state - 1]!;
      let f = this.fail[up]!;
      let target = 0;
      for (;;) {
        const found = this.step(f, sym);
        if (found > 0) {
          target = found;
          break;
        }
        if (f === 0) break;
        f = this.fail[f]!;
      }
      this.fail[state] = target;
      this.dictLink[state] = this.outHead[target]! >= 0 ? target : this.dictLink[target]!;
    }
  }

  /** The dense symbol of a code point; 0 when no pattern contains it. */
  symbolOf(codePoint: number): number {
    return codePoint < 0x10000 ? this.alphabetBmp[codePoint]! : (this.alphabetAstral.get(codePoint) ?? 0);
  }

  /** The child of `state` on `symbol`, or 0 when there is none. */
  private step(state: number, sym: number): number {
    if (state === 0) return this.rootNext[sym]!;
    let lo = this.edgeStart[state]!;
    let hi = this.edgeStart[state + 1]!;
    if (hi - lo <= 8) {
      for (; lo < hi; lo++) if (this.edgeSymbol[lo] === sym) return lo + 1;
      return 0;
    }
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const at = this.edgeSymbol[mid]!;
      if (at === sym) return mid + 1;
      if (at < sym) lo = mid + 1;
      else hi = mid;
    }
    return 0;
  }

  /** Calls `onMatch(patternId, endIndex)` for every occurrence of every pattern in `chars[0, length)` (end inclusive). */
  scan(chars: Int32Array, length: number, onMatch: (patternId: number, end: number) => void): void {
    // The hot loop of the filter: everything it touches is a local typed array.
    const { alphabetBmp, alphabetAstral, rootNext, edgeStart, edgeSymbol, fail, outHead, outNext, dictLink } = this;
    let state = 0;
    for (let i = 0; i < length; i++) {
      const c = chars[i]!;
      const sym = c < 0x10000 ? alphabetBmp[c]! : (alphabetAstral.get(c) ?? 0);
      if (sym === 0) {
        state = 0;
        continue;
      }
      for (;;) {
        if (state === 0) {
          state = rootNext[sym]!;
          break;
        }
        let next = 0;
        let lo = edgeStart[state]!;
        const hi = edgeStart[state + 1]!;
        if (hi - lo <= 8) {
          for (; lo < hi; lo++) {
            if (edgeSymbol[lo] === sym) {
              next = lo + 1;
              break;
            }
          }
        } else {
          let top = hi;
          while (lo < top) {
            const mid = (lo + top) >>> 1;
            const at = edgeSymbol[mid]!;
            if (at === sym) {
              next = mid + 1;
              break;
            }
            if (at < sym) lo = mid + 1;
            else top = mid;
          }
        }
        if (next > 0) {
          state = next;
          break;
        }
        state = fail[state]!;
      }
      if (state === 0) continue;
      let out = outHead[state]! >= 0 ? state : dictLink[state]!;
      while (out > 0) {
        for (let id = outHead[out]!; id >= 0; id = outNext[id]!) onMatch(id, i);
        out = dictLink[out]!;
      }
    }
  }
}

/**
 * Pattern ids in lexicographic order of their symbols. Symbols fit in UTF-16 code units for
 * any realistic alphabet, so the patterns sort as strings (the engine's native sort); beyond
 * 65,535 distinct characters it falls back to comparing arrays.
 */
function sortedOrder(encoded: Int32Array[], alphabetSize: number): number[] {
  const ids = encoded.map((_, i) => i);
  if (alphabetSize >= 0xd800) return ids.sort((a, b) => compare(encoded[a]!, encoded[b]!));
  const keys = encoded.map((pattern) => String.fromCharCode(...pattern));
  return ids.sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0));
}

function compare(a: Int32Array, b: Int32Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}
