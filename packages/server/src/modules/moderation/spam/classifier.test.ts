import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blend, emptyModel, spamProbability, train } from './classifier.js';
import { testSet } from './dataset/dataset.js';
import { buildSeedModel, SEED_MODEL } from './seed-model.js';

/** Share of test lines the seed model calls spam at this probability (what the spam signal scores from). */
const THRESHOLD = 0.5;

describe('spam classifier', () => {
  it('the seed model, on the qq-group-ads test split (deduplicated against training), prints and meets its floor', () => {
    const test = testSet();
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { text, spam } of test) {
      const said = spamProbability(SEED_MODEL, text) >= THRESHOLD;
      if (said && spam) tp++;
      else if (said) fp++;
      else if (spam) fn++;
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    const f1 = (2 * precision * recall) / (precision + recall);
    console.log(
      `spam classifier (seed) on qq-group-ads test: n=${test.length} ads=${tp + fn} ` +
        `precision=${precision.toFixed(3)} recall=${recall.toFixed(3)} F1=${f1.toFixed(3)}`,
    );
    // Measured 0.80 / 0.72 / 0.76: the labels are single-annotator chat lines, some of
    // which no text model can call ("哥给张卡吧" is labelled an ad, "thanks" is not).
    assert.ok(precision >= 0.75, `precision ${precision}`);
    assert.ok(recall >= 0.65, `recall ${recall}`);
    assert.ok(f1 >= 0.72, `F1 ${f1}`);
  });

  it('the shipped seed-model.json is what generate-seed.ts builds from the data', async () => {
    assert.deepEqual(SEED_MODEL, await buildSeedModel());
  });

  it('learns from decisions, and blends them with the seed', () => {
    const local = train([
      { text: '本群出售 金币 价格优惠 找 阿明', spam: true },
      { text: '出售金币 便宜 找阿明', spam: true },
      { text: '今天的聚会几点开始？', spam: false },
      { text: '我明天带点心来', spam: false },
    ]);
    assert.ok(spamProbability(local, '金币出售 找阿明') > 0.9);
    assert.ok(spamProbability(local, '聚会我带点心') < 0.1);
    const blended = blend(SEED_MODEL, local, 5);
    assert.ok(spamProbability(blended, '金币出售 找阿明') > spamProbability(SEED_MODEL, '金币出售 找阿明'));
    assert.equal(blended.docs[1], SEED_MODEL.docs[1] + 2 * 5);
  });

  it('an empty or one-sided model says nothing', () => {
    assert.equal(spamProbability(emptyModel(), '加我微信'), 0);
    assert.equal(spamProbability(train([{ text: 'a', spam: true }]), '加我微信'), 0);
    assert.ok(spamProbability(SEED_MODEL, '') < 0.05, 'an empty text is not spam');
  });
});
