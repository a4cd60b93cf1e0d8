/**
 * Random JSON at every route (as the owner and anonymously): the server never answers 500,
 * always answers problem+json for errors, and a rejected request changes no row.
 *
 * The routes are fuzzed in two halves, by two test files (fuzz-1/fuzz-2.test.ts): each half
 * stays well inside the per-file time limit on PostgreSQL, and the halves run in parallel.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import type { RouteContract } from '@hearth/contracts';
import { z } from 'zod';
import { setUpCommunity, startTestApp, type TestApp } from './harness.js';
import { snapshotDb } from './db-snapshot.js';
import { fillPath, freshSessionClient, routeEntries } from './routes-util.js';

/** Routes whose success legitimately ends the session or needs no body: fuzzed on their body only. */
const RUNS = Number(process.env.HEARTH_FUZZ_RUNS ?? 12);

function fieldNames(schema: z.ZodType | undefined): string[] {
  const unwrapped = schema instanceof z.ZodOptional ? schema.unwrap() : schema;
  if (unwrapped instanceof z.ZodObject) return Object.keys(unwrapped.shape);
  return [];
}

function bodyArbitrary(route: RouteContract) {
  const names = fieldNames(route.body as z.ZodType | undefined);
  const keyed = names.length
    ? fc.dictionary(fc.constantFrom(...names, 'extra'), fc.jsonValue({ maxDepth: 2 }), { maxKeys: names.length + 1 })
    : fc.constant({});
  return fc.oneof(
    keyed,
    fc.jsonValue({ maxDepth: 3 }),
    fc.string({ maxLength: 40 }).map((s) => ({ [s]: s })),
  );
}

function queryArbitrary(route: RouteContract) {
  const names = route.query ? Object.keys(route.query.shape) : ['q'];
  return fc.dictionary(
    fc.constantFrom(...names, 'junk'),
    fc.oneof(fc.string({ maxLength: 30 }), fc.integer().map(String), fc.constant('-1'), fc.constant('1e309')),
    { maxKeys: 4 },
  );
}

/** Fuzzes every `of`-th route starting at `part` (0-based), with a community of its own. */
export function fuzzRoutes(part: number, of: number): void {
  describe(`fuzzing every route with random input (part ${part + 1} of ${of})`, () => {
    let app: TestApp;
    let ownerId: string;
    before(async () => {
      app = await startTestApp({ env: { HEARTH_RATE_LIMIT: 'false' } });
      const owner = await setUpCommunity(app, { demo: true });
      ownerId = (await owner.get('/api/me')).body.member.id;
    });
    after(() => app.close());

    for (const [name, route] of routeEntries.filter((_, index) => index % of === part)) {
      it(`${route.method} ${route.path} (${name}) never fails with 500 and rejects without side effects`, async () => {
        await fc.assert(
          fc.asyncProperty(
            bodyArbitrary(route),
            queryArbitrary(route),
            fc.boolean(),
            fc.string({ maxLength: 12 }),
            async (body, query, signedIn, param) => {
              const client = signedIn ? await freshSessionClient(app, ownerId) : app.client();
              const path = fillPath(route, { id: param || 'x', code: param || 'x', step: param || 'x', key: param || 'x' });
              const search = new URLSearchParams(query as Record<string, string>).toString();
              const before = await snapshotDb(app.hearth.platform.db);
              const res = await client.request(
                route.method,
                search ? `${path}?${search}` : path,
                route.method === 'GET' ? undefined : body,
              );
              assert.ok(res.status < 500, `${res.status} for ${JSON.stringify(body)} ${search}: ${JSON.stringify(res.body)}`);
              if (res.status >= 400) {
                assert.match(res.headers.get('content-type') ?? '', /application\/problem\+json/);
                assert.equal(typeof res.body.title, 'string');
                assert.equal(await snapshotDb(app.hearth.platform.db), before, `rejected ${res.status} ${res.body.code} changed rows`);
              }
            },
          ),
          { numRuns: RUNS },
        );
      });
    }
  });
}
