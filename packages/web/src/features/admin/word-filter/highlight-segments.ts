import type { FilterAction, FilterReason } from '@hearth/contracts';

export interface TextSegment {
  text: string;
  /** The matches covering this piece (empty for plain text). */
  reasons: FilterReason[];
  /** The strictest action among them, for the colour. */
  action: FilterAction | null;
}

const RANK: Record<FilterAction, number> = { tag: 0, mask: 1, review: 2, block: 3 };

/**
 * Cuts a text into plain and matched pieces from the reasons' UTF-16 ranges (as the server
 * reports them). Overlapping or touching matches (加V and V信 in 加V信) become one marked
 * stretch that names every word, coloured by the strictest.
 */
export function highlightSegments(text: string, reasons: readonly FilterReason[]): TextSegment[] {
  const cuts = new Set<number>([0, text.length]);
  for (const reason of reasons) {
    cuts.add(Math.max(0, Math.min(text.length, reason.start)));
    cuts.add(Math.max(0, Math.min(text.length, reason.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const covering = reasons.filter((reason) => reason.start <= from && to <= reason.end);
    const previous = segments[segments.length - 1];
    if (previous && previous.reasons.length > 0 === covering.length > 0) {
      previous.text += text.slice(from, to);
      for (const reason of covering) if (!previous.reasons.includes(reason)) previous.reasons.push(reason);
      previous.action = strictest(previous.reasons);
    } else segments.push({ text: text.slice(from, to), reasons: covering, action: strictest(covering) });
  }
  return segments;
}

function strictest(reasons: readonly FilterReason[]): FilterAction | null {
  return reasons.reduce<FilterAction | null>((worst, r) => (!worst || RANK[r.action] > RANK[worst] ? r.action : worst), null);
}
