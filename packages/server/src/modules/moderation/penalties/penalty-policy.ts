import { PenaltyPolicy, type LadderStep } from '@hearth/contracts';
import type { DbOrTx } from '../../../db/database.js';
import { DAY_MS } from '../../../platform/clock.js';

/** The default ladder of issue 5: warn → mute 1 day → 7 days → 15 days → permanent ban, counting a year back. */
export const DEFAULT_PENALTY_POLICY: PenaltyPolicy = {
  ladder: [
    { kind: 'warn', days: null },
    { kind: 'mute', days: 1 },
    { kind: 'mute', days: 7 },
    { kind: 'mute', days: 15 },
    { kind: 'ban', days: null },
  ],
  lookbackDays: 365,
  templates: [
    { id: 'spam', label: 'Spam or advertising' },
    { id: 'abuse', label: 'Abuse or harassment' },
    { id: 'off-topic', label: 'Off-topic or disruptive' },
    { id: 'adult', label: 'Adult content' },
  ],
};

/** The owner's policy, or the default until they save one. */
export async function readPolicy(db: DbOrTx): Promise<PenaltyPolicy> {
  const row = await db.selectFrom('moderationPenaltyPolicy').select('policy').where('id', '=', 1).executeTakeFirst();
  return row ? PenaltyPolicy.parse(JSON.parse(row.policy)) : DEFAULT_PENALTY_POLICY;
}

export async function writePolicy(db: DbOrTx, policy: PenaltyPolicy, at: number): Promise<void> {
  const text = JSON.stringify(policy);
  await db
    .insertInto('moderationPenaltyPolicy')
    .values({ id: 1, policy: text, updatedAt: at })
    .onConflict((oc) => oc.column('id').doUpdateSet({ policy: text, updatedAt: at }))
    .execute();
}

/**
 * The ladder's next step for a member with `priorCount` upheld penalties inside the
 * lookback: the step after the last one they reached, staying on the top step once there.
 */
export function nextStep(policy: PenaltyPolicy, priorCount: number): LadderStep & { step: number } {
  const index = Math.min(priorCount, policy.ladder.length - 1);
  return { ...policy.ladder[index]!, step: index + 1 };
}

export const lookbackStart = (policy: PenaltyPolicy, now: number): number => now - policy.lookbackDays * DAY_MS;
