/** Shared set-up of the chip tests: a community, members, and helpers that prove nothing moved. */
import assert from 'node:assert/strict';
import { assertProblem, memberWithRole, startCommunity } from '../../../../test/community.js';
import { snapshotDb } from '../../../../test/db-snapshot.js';
import type { ApiClient, TestApp } from '../../../../test/harness.js';

export type Who = { client: ApiClient; id: string };
type Res = { status: number; body: any; headers: Headers };

let counter = 0;
export const key = () => ({ 'idempotency-key': `chip-test-${++counter}-${Math.random().toString(36).slice(2, 8)}` });

export async function chipCommunity() {
  const { app, owner } = await startCommunity();
  const make = (role: 'member' | 'moderator' | 'admin', name: string) => memberWithRole(app, owner, role, { displayName: name });
  const people = {
    alice: await make('member', 'Alice'),
    bob: await make('member', 'Bob'),
    carol: await make('member', 'Carol'),
    mod: await make('moderator', 'Mo'),
    admin: await make('admin', 'Ada'),
  };
  const ownerId = (await owner.get('/api/me')).body.member.id as string;
  return { app, owner, ownerId, ...people };
}

export function chipHelpers(app: TestApp) {
  const db = app.hearth.platform.db;
  const ledger = app.hearth.modules.ledger.service;
  const transferCount = async () =>
    Number(
      (
        await db
          .selectFrom('transfer')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const balance = async (memberId: string, assetId: string) => (await ledger.walletOf(db, memberId, assetId)).balance;

  /** The request is refused with status/code and a translated reason, and no row anywhere changed. */
  async function refusedUnchanged(send: () => Promise<Res>, status: number, code: string): Promise<Res> {
    const ignore = ['session', 'idempotency_key', 'member'];
    const [snapshot, count] = await Promise.all([snapshotDb(db, ignore), transferCount()]);
    const res = await send();
    assertProblem(res, status, code);
    assert.ok(typeof res.body.detail === 'string' && res.body.detail.length > 0, 'a translated reason');
    assert.equal(await transferCount(), count, `${code}: a transfer was written`);
    assert.equal(await snapshotDb(db, ignore), snapshot, `${code}: rows changed`);
    return res;
  }

  async function auditOk(): Promise<void> {
    const audit = await ledger.audit();
    assert.equal(audit.ok, true, JSON.stringify(audit.mismatches));
  }

  return { db, ledger, transferCount, balance, refusedUnchanged, auditOk };
}
