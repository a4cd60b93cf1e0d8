import { sql } from 'kysely';
import type { DbOrTx } from '../../db/database.js';
import { olderThan, type Keyset } from '../../platform/pagination.js';
import { queryGrams } from '../../platform/text/fold.js';
import { SUMMARY_COLUMNS, type MemberSummaryRow } from './members.repository.js';

/** How far we count a gram's postings when choosing which gram drives a search. */
const GRAM_PROBE_CAP = 2000;

/**
 * Listed members newest first, optionally matching a folded name fragment. Both shapes are
 * one ordered index walk that stops after `limit + 1` rows: without a query over
 * member(listed, created_at, id); with one over the postings of its rarest gram, checking
 * the other grams by primary key and the exact substring last.
 */
export async function searchListedMembers(
  db: DbOrTx,
  options: { folded: string; cursor: Keyset | null; limit: number },
): Promise<MemberSummaryRow[]> {
  const { folded, cursor, limit } = options;
  const grams = folded ? queryGrams(folded) : [];
  if (grams.length === 0) {
    let query = db
      .selectFrom('member')
      .innerJoin('tier', 'tier.id', 'member.tierId')
      .select([...SUMMARY_COLUMNS, 'tier.name as tierName', 'tier.rank as tierRank'])
      .where('member.listed', '=', 1);
    if (cursor) {
      query = query.where(olderThan(cursor, 'member.createdAt', 'member.id'));
    }
    return query
      .orderBy('member.createdAt', 'desc')
      .orderBy('member.id', 'desc')
      .limit(limit + 1)
      .execute();
  }

  const [driving, ...others] = grams.length > 1 ? await byRarity(db, grams) : grams;
  let query = db
    .selectFrom('memberNameGram as g')
    .innerJoin('member', 'member.id', 'g.memberId')
    .innerJoin('tier', 'tier.id', 'member.tierId')
    .select([...SUMMARY_COLUMNS, 'tier.name as tierName', 'tier.rank as tierRank'])
    .where('g.gram', '=', driving!)
    .where('member.listed', '=', 1);
  for (const gram of others) {
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('memberNameGram as o')
          .select(sql`1`.as('one'))
          .where('o.gram', '=', gram)
          .whereRef('o.createdAt', '=', 'g.createdAt')
          .whereRef('o.memberId', '=', 'g.memberId'),
      ),
    );
  }
  // Grams say "these pairs occur"; the substring check says "in this order, adjacent".
  if (grams.length > 1) query = query.where(sql<boolean>`${sql.ref('member.nameFolded')} like ${`%${escapeLike(folded)}%`} escape '\\'`);
  if (cursor) {
    query = query.where(olderThan(cursor, 'g.createdAt', 'g.memberId'));
  }
  return query
    .orderBy('g.createdAt', 'desc')
    .orderBy('g.memberId', 'desc')
    .limit(limit + 1)
    .execute();
}

/**
 * Approximate posting counts per gram, remembered for a minute: which gram is rarest hardly
 * changes, and re-counting on every keystroke of a search would cost more than the search.
 */
const rarityCache = new Map<string, { n: number; at: number }>();
const RARITY_TTL_MS = 60_000;

/** Grams ordered rarest first, counting each at most GRAM_PROBE_CAP postings deep. */
async function byRarity(db: DbOrTx, grams: string[]): Promise<string[]> {
  const now = Date.now();
  const counts = await Promise.all(
    grams.map(async (gram) => {
      const cached = rarityCache.get(gram);
      if (cached && now - cached.at < RARITY_TTL_MS) return { gram, n: cached.n };
      const row = await db
        .selectFrom((eb) => eb.selectFrom('memberNameGram').select('memberId').where('gram', '=', gram).limit(GRAM_PROBE_CAP).as('p'))
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      if (rarityCache.size > 10_000) rarityCache.clear();
      rarityCache.set(gram, { n: Number(row.n), at: now });
      return { gram, n: Number(row.n) };
    }),
  );
  return counts.sort((a, b) => a.n - b.n).map((c) => c.gram);
}

/** Escapes LIKE wildcards in user text (the query is a literal substring). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
