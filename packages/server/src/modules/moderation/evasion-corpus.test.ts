/**
 * The word filter against its corpus (corpus/): evasions of listed words by every technique
 * issue 5 names (detection must be ≥ 95 %), and clean sentences with tricky substrings
 * (false positives ≤ 1 %). A false positive is a clean sentence the filter would not simply
 * allow (a block or review verdict, or a masked word); tag-only hits change nothing for the
 * author and are printed apart. The figures are printed per technique.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanSentences, corpusFilter, evasionCases } from './corpus/corpus.js';

describe('evasion corpus', () => {
  const filter = corpusFilter();

  it('detects at least 95 % of the evasions, every technique included', () => {
    const cases = evasionCases();
    assert.ok(cases.length >= 300, `only ${cases.length} evasion cases`);
    const byTechnique = new Map<string, { total: number; caught: number }>();
    const missed: string[] = [];
    for (const { technique, text, word } of cases) {
      const caught = filter.find(text).some((hit) => hit.entry.word === word);
      const tally = byTechnique.get(technique) ?? { total: 0, caught: 0 };
      tally.total++;
      if (caught) tally.caught++;
      else missed.push(`${technique}: ${JSON.stringify(text)} (${word})`);
      byTechnique.set(technique, tally);
    }
    const caught = [...byTechnique.values()].reduce((sum, t) => sum + t.caught, 0);
    const rate = caught / cases.length;
    for (const [technique, tally] of [...byTechnique].sort()) console.log(`  ${technique}: ${tally.caught}/${tally.total}`);
    if (missed.length) console.log(`  missed:\n    ${missed.join('\n    ')}`);
    console.log(`evasion detection: ${caught}/${cases.length} = ${(rate * 100).toFixed(1)} %`);
    assert.ok(rate >= 0.95, `detection ${(rate * 100).toFixed(1)} % is below 95 %`);
  });

  it('lets at least 99 % of the clean sentences through untouched', () => {
    const sentences = cleanSentences();
    assert.ok(sentences.length >= 300, `only ${sentences.length} clean sentences`);
    const flagged: string[] = [];
    const tagged: string[] = [];
    for (const sentence of sentences) {
      const result = filter.check(sentence);
      const hits = result.reasons.map((r) => `${r.word}@${JSON.stringify(r.match)}`).join(', ');
      if (result.verdict !== 'allow' || result.masked !== sentence) flagged.push(`${sentence} → ${result.verdict}: ${hits}`);
      else if (result.reasons.length > 0) tagged.push(`${sentence} → ${hits}`);
    }
    const rate = flagged.length / sentences.length;
    if (flagged.length) console.log(`  false positives:\n    ${flagged.join('\n    ')}`);
    if (tagged.length) console.log(`  tagged only (no effect on the author):\n    ${tagged.join('\n    ')}`);
    console.log(`false positives: ${flagged.length}/${sentences.length} = ${(rate * 100).toFixed(2)} %; tagged only: ${tagged.length}`);
    assert.ok(rate <= 0.01, `false positives ${(rate * 100).toFixed(2)} % are above 1 %`);
  });
});
