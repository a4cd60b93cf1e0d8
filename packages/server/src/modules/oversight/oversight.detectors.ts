import type { FlagKind } from '@hearth/contracts';
import { DAY_MS } from '../../platform/clock.js';
import type { MemberFlow } from '../ledger/index.js';

/** One pattern found: who, which transfers, how strong (0–100). `fingerprint` makes a rerun raise it once. */
export interface Finding {
  kind: FlagKind;
  assetId: string;
  memberIds: string[];
  transferIds: string[];
  amount: number;
  score: number;
  fingerprint: string;
}

/**
 * The thresholds, chosen so everyday giving (one member tipping another, a popular member
 * tipped by many established members, a thank-you tip of a different size back) stays quiet.
 */
export const DETECTOR_RULES = {
  /** A→B then B→A counts as a round trip within this time … */
  roundTripWindowMs: DAY_MS,
  /** … when the two amounts differ by at most this share of the larger. */
  similarShare: 0.1,
  /** Every leg of a cycle (A→B→C→A) follows the previous within this time, of a similar amount (cycleShare). */
  cycleWindowMs: 2 * DAY_MS,
  cycleShare: 0.2,
  cycleMaxLength: 4,
  /** Concentration: a member whose inflow (at least minInflow) came mostly (topShare) from one sender over at least minTransfers. */
  minInflow: 500,
  topShare: 0.8,
  minTransfers: 5,
  /** Many-to-one: at least manySenders accounts new (wallet younger than newAccountMs at their first payment) … */
  manySenders: 5,
  newAccountMs: 7 * DAY_MS,
  /** … each paying the receiver most of what it ever paid (senderLoyalty), together at least manyShare of the receiver's inflow. */
  senderLoyalty: 0.8,
  manyShare: 0.5,
  manyMinInflow: 100,
} as const;

const CYCLE_STEP_BUDGET = 200_000;
const similar = (a: number, b: number, share: number) => Math.abs(a - b) <= share * Math.max(a, b);
const clampScore = (n: number) => Math.max(1, Math.min(100, Math.round(n)));
const byAsset = (flows: readonly MemberFlow[]) => {
  const out = new Map<string, MemberFlow[]>();
  for (const f of flows) (out.get(f.assetId) ?? out.set(f.assetId, []).get(f.assetId)!).push(f);
  return out;
};

/** A→B then B→A of a similar value within a day; one finding per pair of members, per episode (its first transfer). */
export function findRoundTrips(flows: readonly MemberFlow[]): Finding[] {
  const findings: Finding[] = [];
  for (const [assetId, list] of byAsset(flows)) {
    const pairs = new Map<string, { legs: Set<MemberFlow>; first: MemberFlow }>();
    const sent = new Map<string, MemberFlow[]>();
    for (const f of list) {
      const back = sent.get(`${f.toMemberId}>${f.fromMemberId}`) ?? [];
      const match = back.find(
        (o) => f.createdAt - o.createdAt <= DETECTOR_RULES.roundTripWindowMs && similar(o.amount, f.amount, DETECTOR_RULES.similarShare),
      );
      if (match) {
        const key = [f.fromMemberId, f.toMemberId].sort().join('|');
        const pair = pairs.get(key) ?? pairs.set(key, { legs: new Set(), first: match }).get(key)!;
        pair.legs.add(match).add(f);
        back.splice(back.indexOf(match), 1);
      } else {
        const k = `${f.fromMemberId}>${f.toMemberId}`;
        (sent.get(k) ?? sent.set(k, []).get(k)!).push(f);
      }
    }
    for (const [key, { legs, first }] of pairs) {
      const ordered = [...legs].sort((a, b) => a.seq - b.seq);
      const amount = ordered.reduce((s, f) => s + f.amount, 0);
      const trips = ordered.length / 2;
      findings.push({
        kind: 'round_trip',
        assetId,
        memberIds: key.split('|'),
        transferIds: ordered.map((f) => f.id),
        amount,
        score: clampScore(40 + 15 * (trips - 1) + Math.log10(amount + 1) * 8),
        fingerprint: `round_trip:${assetId}:${key}:${first.id}`,
      });
    }
  }
  return findings;
}

/** A→B→C(→D)→A: value passed around a ring of three or four members and back, each leg soon after the last and of a similar value. */
export function findCycles(flows: readonly MemberFlow[]): Finding[] {
  const findings: Finding[] = [];
  const { cycleWindowMs, cycleShare, cycleMaxLength } = DETECTOR_RULES;
  for (const [assetId, list] of byAsset(flows)) {
    const outOf = new Map<string, MemberFlow[]>();
    for (const f of list) (outOf.get(f.fromMemberId) ?? outOf.set(f.fromMemberId, []).get(f.fromMemberId)!).push(f);
    const seen = new Set<string>();
    const used = new Set<string>();
    // A dense window (one member paying thousands) must not make the search explode: steps are budgeted per asset.
    let budget = CYCLE_STEP_BUDGET;
    const walk = (path: MemberFlow[]): MemberFlow[] | null => {
      if (--budget < 0) return null;
      const last = path[path.length - 1]!;
      const start = path[0]!;
      for (const next of outOf.get(last.toMemberId) ?? []) {
        if (next.seq <= last.seq || next.createdAt < last.createdAt || next.createdAt - last.createdAt > cycleWindowMs || used.has(next.id))
          continue;
        if (!similar(start.amount, next.amount, cycleShare)) continue;
        if (next.toMemberId === start.fromMemberId && path.length >= 2) return [...path, next];
        if (path.length + 1 >= cycleMaxLength || path.some((p) => p.fromMemberId === next.toMemberId)) continue;
        const found = walk([...path, next]);
        if (found) return found;
      }
      return null;
    };
    for (const f of list) {
      if (used.has(f.id)) continue;
      const ring = walk([f]);
      if (!ring) continue;
      const members = ring.map((r) => r.fromMemberId);
      const key = [...members].sort().join('|');
      const fingerprint = `cycle:${assetId}:${key}:${ring[0]!.id}`;
      for (const r of ring) used.add(r.id);
      if (seen.has(key)) continue;
      seen.add(key);
      const amount = ring.reduce((s, r) => s + r.amount, 0);
      findings.push({
        kind: 'cycle',
        assetId,
        memberIds: members,
        transferIds: ring.map((r) => r.id),
        amount,
        score: clampScore(50 + 10 * (ring.length - 3) + Math.log10(amount + 1) * 8),
        fingerprint,
      });
    }
  }
  return findings;
}

/**
 * Counterparty concentration: a member whose inflow came mostly from one sender over many
 * transfers; and many-accounts-to-one: several new accounts that each paid nearly all they
 * ever paid to the same member. `walletAge` gives each sender's wallet creation time.
 */
export function findConcentration(flows: readonly MemberFlow[], walletCreatedAt: ReadonlyMap<string, number>): Finding[] {
  const r = DETECTOR_RULES;
  const findings: Finding[] = [];
  for (const [assetId, list] of byAsset(flows)) {
    const inflow = new Map<string, Map<string, MemberFlow[]>>();
    const outTotal = new Map<string, number>();
    for (const f of list) {
      const senders = inflow.get(f.toMemberId) ?? inflow.set(f.toMemberId, new Map()).get(f.toMemberId)!;
      (senders.get(f.fromMemberId) ?? senders.set(f.fromMemberId, []).get(f.fromMemberId)!).push(f);
      outTotal.set(f.fromMemberId, (outTotal.get(f.fromMemberId) ?? 0) + f.amount);
    }
    for (const [receiver, senders] of inflow) {
      const sum = (fs: readonly MemberFlow[]) => fs.reduce((s, f) => s + f.amount, 0);
      const total = [...senders.values()].reduce((s, fs) => s + sum(fs), 0);
      const [topSender, topFlows] = [...senders].sort((a, b) => sum(b[1]) - sum(a[1]))[0]!;
      const topAmount = sum(topFlows);
      if (total >= r.minInflow && topFlows.length >= r.minTransfers && topAmount / total >= r.topShare) {
        findings.push({
          kind: 'concentration',
          assetId,
          memberIds: [receiver, topSender],
          transferIds: topFlows.map((f) => f.id),
          amount: topAmount,
          score: clampScore((topAmount / total) * 70 + Math.min(30, topFlows.length * 2)),
          fingerprint: `concentration:${assetId}:${receiver}:${topSender}:${topFlows[0]!.id}`,
        });
      }
      const fresh = [...senders].filter(([sender, fs]) => {
        const created = walletCreatedAt.get(sender);
        const first = fs[0]!.createdAt;
        return created !== undefined && first - created <= r.newAccountMs && sum(fs) >= r.senderLoyalty * (outTotal.get(sender) ?? 0);
      });
      const freshAmount = fresh.reduce((s, [, fs]) => s + sum(fs), 0);
      if (fresh.length >= r.manySenders && freshAmount >= r.manyMinInflow && freshAmount / total >= r.manyShare) {
        const transfers = fresh.flatMap(([, fs]) => fs).sort((a, b) => a.seq - b.seq);
        findings.push({
          kind: 'many_to_one',
          assetId,
          memberIds: [receiver, ...fresh.map(([s]) => s)],
          transferIds: transfers.map((f) => f.id),
          amount: freshAmount,
          score: clampScore(40 + fresh.length * 5 + (freshAmount / total) * 20),
          fingerprint: `many_to_one:${assetId}:${receiver}:${transfers[0]!.id}`,
        });
      }
    }
  }
  return findings;
}

/** Every detector over one window of movements. */
export function detectAll(flows: readonly MemberFlow[], walletCreatedAt: ReadonlyMap<string, number>): Finding[] {
  return [...findRoundTrips(flows), ...findCycles(flows), ...findConcentration(flows, walletCreatedAt)];
}
