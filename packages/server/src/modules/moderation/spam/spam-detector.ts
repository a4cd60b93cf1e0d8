import type { SpamSignal } from '@hearth/contracts';
import type { Platform } from '../../../app/platform.js';
import { spamProbability } from './classifier.js';
import { contentSignals } from './signals.js';
import { hammingDistance, NEAR_DUPLICATE_BITS, simhashOf } from './simhash.js';
import * as repo from './spam.repository.js';
import type { SpamModelStore } from './spam-model.js';
import type { SpamSettingsStore } from './spam-settings.js';
import { isEstablishedAuthor } from './trust.js';

export type SpamDecision = 'allow' | 'hold' | 'block';

export interface SpamAssessment {
  decision: SpamDecision;
  score: number;
  signals: SpamSignal[];
}

const MINUTE = 60_000;
const DAY = 1_440 * MINUTE;
/** Repeats are looked for among this many most recent traces of the last day. */
const TRACE_WINDOW = 500;
/**
 * The classifier adds up to this many points, from a probability of 0.7 up (where its
 * precision on the seed test split is 0.85). Below the default hold score on its own: a
 * learned guess holds a post only together with a rule that fired.
 */
const CLASSIFIER_MAX = 30;
const CLASSIFIER_FROM = 0.7;
/** Four Chinese characters, not necessarily adjacent. */
const CJK = /(?:\p{Script=Han}[^\p{Script=Han}]*){4}/u;
const SCORES = { repeatOwn: 25, repeatOthers: 25, velocity: 15, velocityHigh: 30, linkBurst: 20 };

/**
 * Ad/spam detection for one write: content signals (signals.ts) and the classifier for
 * everyone; repeats, link bursts and velocity from the recent writes of members below the
 * trust threshold. Below it, the sum holds at the hold score; everyone is refused at the block
 * score (an established account posting a flagrant ad is more likely taken over than reformed).
 */
export class SpamDetector {
  private traced = 0;

  constructor(
    private readonly platform: Platform,
    private readonly settings: SpamSettingsStore,
    private readonly model: SpamModelStore,
    /** The author's trust level (modules/trust, bound late; staff 4); null for an unknown member. */
    private readonly trustLevel: (memberId: string) => Promise<number | null>,
  ) {}

  /**
   * Scores one write. `behaviour` (threads and replies) adds repeats, bursts and velocity:
   * chat is fast and repetitive by nature ("ok", "哈哈", five lines a minute), so messages and
   * profiles are judged by their content only.
   */
  async assess(authorId: string, text: string, behaviour: boolean): Promise<SpamAssessment> {
    const settings = await this.settings.get();
    if (!settings.enabled || text.trim() === '') return { decision: 'allow', score: 0, signals: [] };
    const now = this.platform.clock.now();
    const level = await this.trustLevel(authorId);
    const established = level !== null && isEstablishedAuthor(level, settings);
    const { signals, links } = contentSignals(text);
    // The seed model learned Chinese chat, where Latin words are mostly cheat names: on text
    // with little Chinese it is out of its depth, so it only speaks where there is some.
    const probability = CJK.test(text) ? spamProbability(await this.model.current(), text) : 0;
    if (probability >= CLASSIFIER_FROM)
      signals.push({ kind: 'classifier', score: Math.round(probability * CLASSIFIER_MAX), detail: `p=${probability.toFixed(2)}` });
    if (!established && behaviour) signals.push(...(await this.behaviour(authorId, text, links, signals, now)));
    const score = signals.reduce((sum, s) => sum + s.score, 0);
    const decision: SpamDecision = score >= settings.blockScore ? 'block' : score >= settings.holdScore && !established ? 'hold' : 'allow';
    return { decision, score, signals };
  }

  /** Repeats, link bursts and velocity against recent traces; records this write's trace. */
  private async behaviour(authorId: string, text: string, links: number, found: SpamSignal[], now: number): Promise<SpamSignal[]> {
    const db = this.platform.db;
    const hash = simhashOf(text);
    const traces = await repo.recentTraces(db, now - DAY, TRACE_WINDOW);
    const signals: SpamSignal[] = [];
    if (hash) {
      const near = traces.filter((t) => (t.high !== 0 || t.low !== 0) && hammingDistance(t, hash) <= NEAR_DUPLICATE_BITS);
      const own = near.filter((t) => t.authorId === authorId).length;
      const others = new Set(near.filter((t) => t.authorId !== authorId).map((t) => t.authorId)).size;
      if (own > 0) signals.push({ kind: 'repeat_own', score: SCORES.repeatOwn, detail: String(own) });
      if (others > 0) signals.push({ kind: 'repeat_others', score: SCORES.repeatOthers, detail: String(others) });
    }
    const lastTen = traces.filter((t) => t.authorId === authorId && t.createdAt >= now - 10 * MINUTE);
    // A lively discussion is a reply a minute; twice that for ten minutes is a bot or a spammer.
    if (lastTen.length >= 19) signals.push({ kind: 'velocity', score: SCORES.velocityHigh, detail: String(lastTen.length + 1) });
    else if (lastTen.length >= 9) signals.push({ kind: 'velocity', score: SCORES.velocity, detail: String(lastTen.length + 1) });
    const recentLinks = lastTen.reduce((sum, t) => sum + t.links, 0) + links;
    if (links > 0 && recentLinks >= 5 && !found.some((s) => s.kind === 'link_burst'))
      signals.push({ kind: 'link_burst', score: SCORES.linkBurst, detail: String(recentLinks) });
    await repo.insertTrace(db, this.platform.ids.next(), { authorId, high: hash?.high ?? 0, low: hash?.low ?? 0, links, createdAt: now });
    // Traces matter for a day; every 200th write on a node sweeps the older ones.
    if (++this.traced % 200 === 0) await repo.deleteTracesBefore(db, now - DAY);
    return signals;
  }
}
