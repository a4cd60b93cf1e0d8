/**
 * Loaders of the qq-group-ads dataset copied here (see qq-group-ads/README.md; MIT, its
 * LICENSE.txt stays beside the data). Used by the seed-model generator and by the
 * classifier's evaluation test — never at run time, which uses the generated seed model.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LabelledText } from '../classifier.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'qq-group-ads');
const lines = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8').split(/\r?\n/);

/** `<text>==<label>` lines (split on the last `==`); unlabelled continuation lines and empty texts are skipped. */
function labelled(file: string): LabelledText[] {
  return lines(file).flatMap((line) => {
    const at = line.lastIndexOf('==');
    if (at < 0) return [];
    const text = line.slice(0, at);
    const label = line.slice(at + 2).trim();
    if (text.trim() === '' || (label !== '0' && label !== '1')) return [];
    return [{ text, spam: label === '1' }];
  });
}

const unlabelled = (file: string, spam: boolean): LabelledText[] =>
  lines(file)
    .filter((line) => line.trim() !== '')
    .map((text) => ({ text, spam }));

/** The upstream training split plus the extra ads and chat lines (all trained on). */
export function trainingSet(): LabelledText[] {
  return [...labelled('train.txt'), ...unlabelled('extra_ads.txt', true), ...unlabelled('extra_chatting.txt', false)];
}

/** The upstream test split without the lines that also occur in training (upstream's split shares 59). */
export function testSet(): LabelledText[] {
  const seen = new Set(trainingSet().map((e) => e.text));
  return labelled('test.txt').filter((e) => !seen.has(e.text));
}
