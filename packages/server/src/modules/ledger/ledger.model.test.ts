/**
 * Model-based test (fast-check commands): random sequences of mints, grants, transfers,
 * burns, holds, settles, releases, expiries, reversals, freezes, idempotent retries (same
 * and different bodies) and over-spends run against the service and a plain model. After
 * every step the audit passes and every balance of the run equals the model's; every
 * refusal is one the model predicts (when several rules are broken at once, any of them).
 * HEARTH_LEDGER_MODEL_RUNS sets the number of runs (default 25).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { modelCommands } from './ledger.model-commands.test-support.js';
import { newModelRun } from './ledger.model.test-support.js';
import { startLedger, type LedgerFixture } from './ledger.test-support.js';

const RUNS = Number(process.env.HEARTH_LEDGER_MODEL_RUNS ?? 25);

describe('ledger model test', () => {
  let f: LedgerFixture;
  let run = 0;
  before(async () => {
    f = await startLedger();
  });
  after(() => f.close());

  it(`keeps the ledger equal to a plain model over ${RUNS} random sequences`, async () => {
    const outcome = await fc.check(
      fc.asyncProperty(fc.commands(modelCommands, { maxCommands: 30 }), async (cmds) => {
        run += 1;
        const current = run;
        await fc.asyncModelRun(() => newModelRun(f, current), cmds);
      }),
      { numRuns: RUNS },
    );
    if (outcome.failed) {
      const error = outcome.errorInstance;
      assert.fail(`${fc.defaultReportMessage(outcome)}\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  });
});
