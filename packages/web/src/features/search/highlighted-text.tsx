import type { MatchRange } from '@hearth/contracts';
import { Fragment } from 'react';

/** Plain text with the server's match ranges marked; never HTML from the server. */
export function HighlightedText({ text, ranges }: { text: string; ranges: readonly MatchRange[] }) {
  const parts: { text: string; isMatch: boolean }[] = [];
  let at = 0;
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    if (range.start < at || range.end > text.length || range.end <= range.start) continue;
    if (range.start > at) parts.push({ text: text.slice(at, range.start), isMatch: false });
    parts.push({ text: text.slice(range.start, range.end), isMatch: true });
    at = range.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), isMatch: false });
  return (
    <>
      {parts.map((part, index) =>
        part.isMatch ? (
          <mark key={index} className="rounded-sm bg-accent-soft px-0.5 text-text">
            {part.text}
          </mark>
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}
