import type { Leaderboard, LeaderboardMetric, LeaderboardPeriod, LeaderboardVisibility } from '@hearth/contracts';
import { toIso } from '../../../platform/clock.js';
import type { Actor } from '../../../platform/http/actor.js';
import type { EconomyDeps } from '../economy.deps.js';
import type { EarningSettingsStore } from '../earning/index.js';
import { windowDates, windowOf } from './leaderboard-windows.js';
import { isOptedOut, optedOutIds, scoresIn, setOptedOut, type Score } from './leaderboards.repository.js';

/** How long one node reuses a computed board: a live sum over a large community is not free. */
export const SNAPSHOT_MS = 60_000;

interface Snapshot {
  key: string;
  computedAt: number;
  /** Members who can take part, highest score first. */
  scores: Score[];
}

/**
 * Leaderboards (排行榜): points earned, tips received and accepted answers this week, this
 * month and all time. Each board is a read-only sum (see the repository), kept per node as a
 * short-lived snapshot. Ranks are competition ranks (ties share a rank, the next rank skips:
 * 1, 2, 2, 4) among members who take part: members who opted out are left out and ranked
 * around, as are members who left or were banned. Members blocked either way with the viewer
 * are not shown to them, but keep their rank, so every viewer sees the same rank for a member.
 */
export class LeaderboardsService {
  private readonly snapshots = new Map<string, Snapshot>();

  constructor(
    private readonly deps: EconomyDeps,
    private readonly settings: EarningSettingsStore,
  ) {}

  /** One board with the viewer's own place. */
  async board(actor: Actor, metric: LeaderboardMetric, period: LeaderboardPeriod, limit: number): Promise<Leaderboard> {
    const { platform, people, members } = this.deps;
    const { timeZone } = await this.settings.get();
    const window = windowOf(period, platform.clock.now(), timeZone);
    const snapshot = await this.snapshot(`${metric}:${period}:${window.fromDay ?? 'all'}`, () => scoresIn(platform.db, metric, window));
    const [optedOut, hidden] = await Promise.all([optedOutIds(platform.db), people.hiddenAuthorIds(actor.memberId)]);
    const shown: { memberId: string; score: number; rank: number }[] = [];
    let me: Leaderboard['me'] = null;
    let place = 0;
    let rank = 0;
    let previous: number | null = null;
    for (const entry of snapshot.scores) {
      if (optedOut.has(entry.memberId)) continue;
      place += 1;
      if (entry.score !== previous) rank = place;
      previous = entry.score;
      if (entry.memberId === actor.memberId) me = { rank, score: entry.score };
      if (shown.length < limit && !hidden.has(entry.memberId)) shown.push({ ...entry, rank });
      if (shown.length >= limit && me) break;
    }
    const refs = await members.refs(shown.map((s) => s.memberId));
    return {
      metric,
      period,
      ...windowDates(window),
      items: shown.filter((s) => refs.has(s.memberId)).map((s) => ({ rank: s.rank, member: refs.get(s.memberId)!, score: s.score })),
      me,
      isHidden: optedOut.has(actor.memberId),
      computedAt: toIso(snapshot.computedAt),
    };
  }

  async visibility(actor: Actor): Promise<LeaderboardVisibility> {
    return { isHidden: await isOptedOut(this.deps.platform.db, actor.memberId) };
  }

  /** Keeps the caller off the boards (or returns them); takes effect on the next read. */
  async setVisibility(actor: Actor, isHidden: boolean): Promise<LeaderboardVisibility> {
    await setOptedOut(this.deps.platform.db, actor.memberId, isHidden, this.deps.platform.clock.now());
    return { isHidden };
  }

  private async snapshot(key: string, compute: () => Promise<Score[]>): Promise<Snapshot> {
    const now = this.deps.platform.clock.now();
    const cached = this.snapshots.get(key);
    if (cached && now - cached.computedAt < SNAPSHOT_MS && now >= cached.computedAt) return cached;
    const scores = await compute();
    // Members who left or were banned take no place.
    const present = new Set<string>();
    for (let i = 0; i < scores.length; i += 500) {
      for (const id of await this.deps.members.existingMemberIds(scores.slice(i, i + 500).map((s) => s.memberId))) present.add(id);
    }
    const snapshot = { key, computedAt: now, scores: scores.filter((s) => present.has(s.memberId)) };
    // Windows move on: drop snapshots of other windows of the same board.
    for (const k of this.snapshots.keys())
      if (k.split(':').slice(0, 2).join(':') === key.split(':').slice(0, 2).join(':')) this.snapshots.delete(k);
    this.snapshots.set(key, snapshot);
    return snapshot;
  }
}
