/** Helpers for the ledger's tests: a set-up community, members made directly, audit checks. */
import assert from 'node:assert/strict';
import { startCommunity } from '../../../test/community.js';
import type { TestApp } from '../../../test/harness.js';
import { AppError } from '../../platform/errors/app-error.js';
import type { Asset, LedgerService } from './index.js';

export interface LedgerFixture {
  app: TestApp;
  ledger: LedgerService;
  points: Asset;
  ownerId: string;
  /** A new active member; returns their id. */
  member(name?: string): Promise<string>;
  /** Asserts the audit passes, showing its mismatches when it does not. */
  assertAudit(): Promise<void>;
  close(): Promise<void>;
}

let counter = 0;

export async function startLedger(): Promise<LedgerFixture> {
  const { app, ownerId } = await startCommunity();
  const ledger = app.hearth.modules.ledger.service;
  const points = await ledger.ensurePointsAsset();
  return {
    app,
    ledger,
    points,
    ownerId,
    async member(name = 'Ledger member') {
      counter += 1;
      const member = await app.hearth.modules.members.service.createMember(app.hearth.platform.db, {
        email: `ledger-${counter}-${Math.random().toString(36).slice(2, 8)}@example.com`,
        displayName: `${name} ${counter}`,
        role: 'member',
        status: 'active',
        locale: 'en',
        timeZone: 'UTC',
      });
      return member.id;
    },
    async assertAudit() {
      const audit = await ledger.audit();
      assert.ok(audit.ok, `audit failed: ${JSON.stringify(audit.mismatches)}`);
    },
    close: () => app.close(),
  };
}

/** Awaits `promise` and asserts it was refused with this AppError code (and status, when given). */
export async function assertRefused(promise: Promise<unknown>, code: string, status?: number): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof AppError, `expected AppError ${code}, got ${String(error)}`);
    const fieldCodes = error.fieldErrors?.map((f) => f.code) ?? [];
    assert.ok(error.code === code || fieldCodes.includes(code), `expected ${code}, got ${error.code} ${JSON.stringify(error.fieldErrors)}`);
    if (status !== undefined) assert.equal(error.status, status);
    return error;
  }
  assert.fail(`expected ${code}, but it succeeded`);
}
