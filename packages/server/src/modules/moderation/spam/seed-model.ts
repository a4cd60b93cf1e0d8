import { prune, train, type SpamModel } from './classifier.js';
import { SEED_MODEL_JSON } from './seed-model.data.js';

/**
 * The classifier every community starts with, generated from the qq-group-ads dataset's
 * training split into seed-model.data.ts by
 * `npx tsx packages/server/src/modules/moderation/spam/generate-seed.ts`
 * (a test checks the file is what that would write). Training takes ~300 ms and the data
 * would have to ship too, so the counts ship instead: ~115 KB of JSON in a string, which
 * costs the type checker nothing (a JSON import would be typed key by key).
 */
export const SEED_MODEL = JSON.parse(SEED_MODEL_JSON) as SpamModel;

/** Features seen fewer times than this are dropped from the shipped model (a quarter of the size, the same F1 within 0.01). */
export const SEED_MIN_COUNT = 2;

/** What the seed model is, computed from the data (used by the generator and its test). */
export async function buildSeedModel(): Promise<SpamModel> {
  const { trainingSet } = await import('./dataset/dataset.js');
  return prune(train(trainingSet()), SEED_MIN_COUNT);
}
