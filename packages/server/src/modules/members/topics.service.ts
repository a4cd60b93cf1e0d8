import type { Topic } from '@hearth/contracts';
import type { TopicsBody } from '@hearth/contracts';
import { z } from 'zod';
import type { Platform } from '../../app/platform.js';
import { withTransaction, type DbOrTx } from '../../db/database.js';
import { AppError } from '../../platform/errors/app-error.js';
import { parseJson } from './members.mappers.js';

const Interests = z.array(z.string());

/** The community's topics: what members pick as interests. */
export class TopicsService {
  constructor(private readonly platform: Platform) {}

  async list(db: DbOrTx = this.platform.db): Promise<Topic[]> {
    return db.selectFrom('topic').select(['slug', 'name']).orderBy('position').execute();
  }

  /**
   * Replaces the list (in the given order). Members' interests that pointed at removed
   * topics are dropped in the same transaction, so no profile refers to a missing topic.
   * @throws invalid_input (duplicate slug)
   */
  async replace(body: z.output<typeof TopicsBody>): Promise<Topic[]> {
    const seen = new Set<string>();
    const duplicates = body.topics.flatMap((t, i) =>
      seen.has(t.slug) ? [{ path: `topics.${i}.slug`, code: 'duplicate' }] : (seen.add(t.slug), []),
    );
    if (duplicates.length > 0) throw new AppError('invalid_input', 400, {}, duplicates);
    return withTransaction(this.platform.db, async (tx) => {
      const before = await this.list(tx);
      const removed = before.map((t) => t.slug).filter((slug) => !seen.has(slug));
      await tx.deleteFrom('topic').execute();
      if (body.topics.length > 0)
        await tx
          .insertInto('topic')
          .values(body.topics.map((t, position) => ({ ...t, position })))
          .execute();
      if (removed.length > 0) await dropInterests(tx, removed);
      return this.list(tx);
    });
  }
}

/** Removes the given slugs from every member's interests (only rows that mention one are read). */
async function dropInterests(tx: DbOrTx, slugs: string[]): Promise<void> {
  const gone = new Set(slugs);
  // Slugs are [a-z0-9-], so they carry no LIKE wildcards; the quotes anchor the JSON string.
  const rows = await tx
    .selectFrom('member')
    .select(['id', 'interests'])
    .where((eb) => eb.or(slugs.map((slug) => eb('interests', 'like', `%"${slug}"%`))))
    .execute();
  for (const row of rows) {
    const kept = parseJson(Interests, row.interests).filter((slug) => !gone.has(slug));
    await tx
      .updateTable('member')
      .set({ interests: JSON.stringify(kept) })
      .where('id', '=', row.id)
      .execute();
  }
}
