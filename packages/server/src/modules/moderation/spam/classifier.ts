import { textFeatures } from './features.js';

/**
 * A multinomial naive Bayes spam classifier over textFeatures. Chosen over logistic
 * regression because training is one counting pass (a retrain over every moderation
 * decision takes milliseconds), counts from different sources add up (the seed model and a
 * community's own decisions blend by weighted addition), and the model is its counts.
 */
export interface SpamModel {
  /** Format version of this object. */
  format: 1;
  /** Documents seen per class: [ham, spam]. */
  docs: [number, number];
  /** Feature occurrences per class: [ham, spam]. */
  totals: [number, number];
  /** Feature → [ham count, spam count]. */
  counts: Record<string, [number, number]>;
}

export interface LabelledText {
  text: string;
  spam: boolean;
}

/** Laplace smoothing: an unseen feature counts as half an occurrence in each class. */
const ALPHA = 0.5;

export function emptyModel(): SpamModel {
  return { format: 1, docs: [0, 0], totals: [0, 0], counts: {} };
}

/** Counts `examples` into a new model (`weight` scales each example, for blending sources). */
export function train(examples: readonly LabelledText[], weight = 1, into: SpamModel = emptyModel()): SpamModel {
  const model: SpamModel = { format: 1, docs: [...into.docs], totals: [...into.totals], counts: { ...into.counts } };
  for (const { text, spam } of examples) {
    const c = spam ? 1 : 0;
    model.docs[c] += weight;
    // Each feature once per document (binarised NB): a line repeating 记得看群公告 five
    // times is not five times as much evidence.
    for (const feature of new Set(textFeatures(text))) {
      const pair = model.counts[feature] ? ([...model.counts[feature]] as [number, number]) : ([0, 0] as [number, number]);
      pair[c] += weight;
      model.counts[feature] = pair;
      model.totals[c] += weight;
    }
  }
  return model;
}

/** The model with rare features dropped (seen less than `minCount` times in all): what is shipped. */
export function prune(model: SpamModel, minCount: number): SpamModel {
  const counts: SpamModel['counts'] = {};
  const totals: [number, number] = [0, 0];
  for (const [feature, pair] of Object.entries(model.counts)) {
    if (pair[0] + pair[1] < minCount) continue;
    const rounded: [number, number] = [round(pair[0]), round(pair[1])];
    counts[feature] = rounded;
    totals[0] += rounded[0];
    totals[1] += rounded[1];
  }
  return { format: 1, docs: [round(model.docs[0]), round(model.docs[1])], totals, counts };
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Adds `b` (scaled by `weight`) to `a`: the seed model blended with a community's decisions. */
export function blend(a: SpamModel, b: SpamModel, weight: number): SpamModel {
  const counts: SpamModel['counts'] = { ...a.counts };
  for (const [feature, pair] of Object.entries(b.counts)) {
    const base = counts[feature] ?? [0, 0];
    counts[feature] = [base[0] + pair[0] * weight, base[1] + pair[1] * weight];
  }
  return {
    format: 1,
    docs: [a.docs[0] + b.docs[0] * weight, a.docs[1] + b.docs[1] * weight],
    totals: [a.totals[0] + b.totals[0] * weight, a.totals[1] + b.totals[1] * weight],
    counts,
  };
}

/**
 * The probability that `text` is spam, 0–1: the prior odds times the likelihood ratio of
 * each known feature. Features the model never saw say nothing either way.
 */
export function spamProbability(model: SpamModel, text: string): number {
  if (model.docs[0] === 0 || model.docs[1] === 0) return 0;
  const features = [...new Set(textFeatures(text))];
  if (features.length === 0) return 0;
  const vocabulary = vocabularySize(model);
  const denomHam = model.totals[0] + ALPHA * vocabulary;
  const denomSpam = model.totals[1] + ALPHA * vocabulary;
  let ratio = 0;
  for (const feature of features) {
    const pair = model.counts[feature];
    if (!pair) continue;
    ratio += Math.log((pair[1] + ALPHA) / denomSpam) - Math.log((pair[0] + ALPHA) / denomHam);
  }
  const logOdds = Math.log(model.docs[1] / model.docs[0]) + ratio;
  return 1 / (1 + Math.exp(-logOdds));
}

/** Models are immutable once built: their vocabulary size is counted once. */
const vocabularies = new WeakMap<SpamModel, number>();
function vocabularySize(model: SpamModel): number {
  let size = vocabularies.get(model);
  if (size === undefined) {
    size = Object.keys(model.counts).length + 1;
    vocabularies.set(model, size);
  }
  return size;
}
