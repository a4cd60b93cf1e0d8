/** Helpers shared by the members module's HTTP tests. */
import { sql } from 'kysely';
import type { TestApp } from '../../../test/harness.js';

export { assertProblem, memberWithRole, startCommunity } from '../../../test/community.js';

const TABLES = ['member', 'member_name_gram', 'member_change', 'tier', 'topic', 'invite', 'mail'] as const;

/** Every row of the members module's tables (and the outbox), to prove a refusal changed nothing. */
export async function snapshot(app: TestApp): Promise<string> {
  const parts: string[] = [];
  for (const table of TABLES) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(app.hearth.platform.db);
    parts.push(table, ...rows.map((row) => JSON.stringify(Object.entries(row).sort(([a], [b]) => a.localeCompare(b)))).sort());
  }
  return parts.join('\n');
}
