/** Shared steps of the earning tests: a community with rules on, clock moves, balances. */
import assert from 'node:assert/strict';
import type { ManualClock } from '../../../platform/clock.js';
import type { ApiClient, TestApp } from '../../../../test/harness.js';

export type Who = { client: ApiClient; id: string };

let keyCounter = 0;
export const idem = () => ({ 'idempotency-key': `earn-${++keyCounter}-${Math.random().toString(36).slice(2, 8)}` });

export const clockOf = (app: TestApp) => app.clock as unknown as ManualClock;

/** Runs every due job until none is left (events, settle jobs, notifications). */
export async function drain(app: TestApp): Promise<void> {
  for (let i = 0; i < 50; i++) if ((await app.hearth.platform.jobs.runDue(500)) === 0) return;
}

export async function pointsOf(app: TestApp, memberId: string): Promise<number> {
  const ledger = app.hearth.modules.ledger.service;
  const points = await ledger.ensurePointsAsset(app.hearth.platform.db);
  return (await ledger.walletOf(app.hearth.platform.db, memberId, points.id)).balance;
}

export async function pendingOf(who: Who): Promise<number> {
  const res = await who.client.get('/api/earning/me');
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body.pending as number;
}

export async function awardsOf(app: TestApp, memberId: string, rule?: string) {
  let q = app.hearth.platform.db.selectFrom('pointsAward').selectAll().where('memberId', '=', memberId);
  if (rule) q = q.where('rule', '=', rule);
  return q.orderBy('createdAt').orderBy('id').execute();
}

export async function assertAuditOk(app: TestApp): Promise<void> {
  const audit = await app.hearth.modules.ledger.service.audit();
  assert.equal(audit.ok, true, JSON.stringify(audit.mismatches));
}

/** Moves past the review window and lets the settle jobs run. */
export async function passWindow(app: TestApp, seconds: number): Promise<void> {
  clockOf(app).advance(seconds * 1000 + 1);
  await drain(app);
}
