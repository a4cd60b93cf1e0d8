import type { SpamModelStatus } from '@hearth/contracts';
import type { Platform } from '../../../app/platform.js';
import { toIso } from '../../../platform/clock.js';
import { blend, train, type SpamModel } from './classifier.js';
import { SEED_MODEL } from './seed-model.js';
import * as repo from './spam.repository.js';

/** A community's own decision counts this many times a seed example: its spam is what matters here. */
const COMMUNITY_WEIGHT = 3;
/** The most recent decisions learned from. */
const MAX_DECISIONS = 5_000;
/** How often a node asks whether another node retrained. */
const CHECK_MS = 30_000;

/**
 * The classifier in use: the seed model until the first retrain, then the seed blended with
 * this community's review decisions (approved = ham, removed = spam), as stored by the last
 * retrain. Each node reloads it when it sees a newer training time.
 */
export class SpamModelStore {
  private model: SpamModel = SEED_MODEL;
  private trainedAt: number | null = null;
  private checkedAt = -Infinity;

  constructor(private readonly platform: Platform) {}

  async current(): Promise<SpamModel> {
    const now = this.platform.clock.now();
    if (now - this.checkedAt < CHECK_MS) return this.model;
    this.checkedAt = now;
    const trainedAt = await repo.findModelTrainedAt(this.platform.db);
    if (trainedAt !== null && trainedAt !== this.trainedAt) {
      const row = await repo.findModel(this.platform.db);
      if (row) {
        this.model = JSON.parse(row.model) as SpamModel;
        this.trainedAt = Number(row.trainedAt);
      }
    }
    return this.model;
  }

  async status(): Promise<SpamModelStatus> {
    const row = await repo.findModel(this.platform.db);
    return row
      ? { hamDecisions: Number(row.hamDecisions), spamDecisions: Number(row.spamDecisions), trainedAt: toIso(Number(row.trainedAt)) }
      : { hamDecisions: 0, spamDecisions: 0, trainedAt: null };
  }

  /** Trains the seed plus the decisions, stores it and uses it on this node at once. Idempotent. */
  async retrain(): Promise<SpamModelStatus> {
    const decisions = await repo.decidedHolds(this.platform.db, MAX_DECISIONS);
    const local = train(decisions.map((d) => ({ text: d.title ? `${d.title}\n${d.body}` : d.body, spam: d.spam })));
    const model = blend(SEED_MODEL, local, COMMUNITY_WEIGHT);
    const trainedAt = this.platform.clock.now();
    const spamDecisions = decisions.filter((d) => d.spam).length;
    await repo.saveModel(this.platform.db, {
      model: JSON.stringify(model),
      hamDecisions: decisions.length - spamDecisions,
      spamDecisions,
      trainedAt,
    });
    this.model = model;
    this.trainedAt = trainedAt;
    this.checkedAt = trainedAt;
    return this.status();
  }

  async trainedAtOrNull(): Promise<number | null> {
    return repo.findModelTrainedAt(this.platform.db);
  }
}
