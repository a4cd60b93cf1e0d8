import { normalizedString, normalizeText } from '../normalize.js';

/**
 * A 64-bit simhash of a text's normalised character 3-grams, as two unsigned 32-bit halves
 * (numbers that fit any SQL integer column). Near-identical texts — the same ad with a word
 * swapped, a number changed or symbols sprinkled in — have hashes a few bits apart.
 */
export interface Simhash {
  high: number;
  low: number;
}

/** Texts shorter than this (normalised) are too short to call repeats ("好的", "+1"). */
export const MIN_REPEAT_CHARS = 12;
/** At most this many differing bits of 64 count as the same text. */
export const NEAR_DUPLICATE_BITS = 6;

export function simhashOf(text: string): Simhash | null {
  const chars = [...normalizedString(normalizeText(text.slice(0, 4000)))];
  if (chars.length < MIN_REPEAT_CHARS) return null;
  const weights = new Int32Array(64);
  for (let i = 0; i + 3 <= chars.length; i++) {
    const gram = chars[i]! + chars[i + 1]! + chars[i + 2]!;
    const a = fnv1a(gram, 0x811c9dc5);
    const b = fnv1a(gram, 0x01000193 ^ 0x5bd1e995);
    for (let bit = 0; bit < 32; bit++) {
      weights[bit]! += (a >>> bit) & 1 ? 1 : -1;
      weights[bit + 32]! += (b >>> bit) & 1 ? 1 : -1;
    }
  }
  let high = 0;
  let low = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (weights[bit]! > 0) low |= 1 << bit;
    if (weights[bit + 32]! > 0) high |= 1 << bit;
  }
  return { high: high >>> 0, low: low >>> 0 };
}

/** Differing bits between two hashes (0–64). */
export function hammingDistance(a: Simhash, b: Simhash): number {
  return popcount((a.high ^ b.high) >>> 0) + popcount((a.low ^ b.low) >>> 0);
}

function popcount(n: number): number {
  let count = 0;
  for (let v = n; v !== 0; v &= v - 1) count++;
  return count;
}

function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
