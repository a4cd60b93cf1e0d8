/** fastscan ships no types: the part bench/word-filter.bench.ts uses. */
declare module 'fastscan' {
  export default class FastScanner {
    constructor(words: string[]);
    /** `[position, word]` for every occurrence. */
    search(content: string, options?: { quick?: boolean; longest?: boolean }): [number, string][];
  }
}
