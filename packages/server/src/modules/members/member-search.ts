import { sql } from 'kysely';
import type { DbOrTx } from '../../db/database.js';
import { preparedQuery } from '../../db/prepared-query.js';
import { olderThan, type Keyset } from '../../platform/pagination.js';
import { foldText, queryGrams } from '../../platform/text/fold.js';
import { SUMMARY_COLUMNS, type MemberSummaryRow } from './members.repository.js';

/** How far we count a gram's postings when choosing which gram drives a search. */
export const GRAM_PROBE_CAP = 2000;

/**
 * Grams checked by index besides the driving one. Past the rarest few, another probe
 * narrows almost nothing; the substring check at the end keeps the result exact.
 */
const MAX_CHECKED_GRAMS = 3;

/**
 * Listed members newest first, optionally matching a folded name fragment. Both shapes are
 * one ordered index walk that stops after `limit + 1` rows: without a query over
 * member(listed, created_at, id); with one over the postings of its rarest gram, checking
 * (when that gram is common) the next rarest grams by primary key, and the exact substring.
 */
export async function searchListedMembers(
  db: DbOrTx,
  options: { q: string; cursor: Keyset | null; limit: number },
): Promise<MemberSummaryRow[]> {
  const { cursor, limit } = options;
  const { grams, like } = searchTerms(options.q);
  const page = { limit: limit + 1, cursorAt: cursor?.at ?? 0, cursorId: cursor?.id ?? '' };
  if (grams.length === 0) return listQuery(cursor !== null).execute(db, page);

  const [driving, ...others] = grams.length > 1 ? await byRarity(db, grams) : grams.map((gram) => ({ gram, n: 0 }));
  // A driving gram counted to the end has few postings: walking them all with the substring
  // check is cheap. Past the probe cap the walk may be long, and probing the next rarest
  // grams by index rejects most candidates before their member row is read.
  const checked = driving!.n >= GRAM_PROBE_CAP ? others.slice(0, MAX_CHECKED_GRAMS).map((o) => o.gram) : [];
  const params = { ...page, driving: driving!.gram, others: checked, like };
  return gramQuery(checked.length, grams.length > 1, cursor !== null).execute(db, params);
}

/**
 * What a query string searches for, remembered for recent queries: a search box sends the
 * same few prefixes again and again, and folding (NFKC, 繁→简) costs more than looking up.
 */
const termsCache = new Map<string, { grams: string[]; like: string }>();
function searchTerms(q: string): { grams: string[]; like: string } {
  let terms = termsCache.get(q);
  if (!terms) {
    const folded = foldText(q);
    terms = { grams: folded ? queryGrams(folded) : [], like: `%${escapeLike(folded)}%` };
    if (termsCache.size >= 1000) termsCache.clear();
    termsCache.set(q, terms);
  }
  return terms;
}

type PageParams = { limit: number; cursorAt: number; cursorId: string };
type GramParams = PageParams & { driving: string; others: string[]; like: string };

const listQueries = new Map<boolean, ReturnType<typeof buildListQuery>>();
function listQuery(paged: boolean) {
  let query = listQueries.get(paged);
  if (!query) listQueries.set(paged, (query = buildListQuery(paged)));
  return query;
}

function buildListQuery(paged: boolean) {
  return preparedQuery<PageParams>()((db, p) => {
    let query = db
      .selectFrom('member')
      .innerJoin('tier', 'tier.id', 'member.tierId')
      .select([...SUMMARY_COLUMNS, 'tier.name as tierName', 'tier.rank as tierRank'])
      .where('member.listed', '=', 1);
    if (paged) query = query.where(olderThan({ at: p.cursorAt, id: p.cursorId }, 'member.createdAt', 'member.id'));
    return query.orderBy('member.createdAt', 'desc').orderBy('member.id', 'desc').limit(p.limit);
  });
}

/** One prepared query per shape: how many extra grams are checked, substring check, paged. */
const gramQueries = new Map<string, ReturnType<typeof buildGramQuery>>();
function gramQuery(checkedGrams: number, substring: boolean, paged: boolean) {
  const shape = `${checkedGrams}:${substring}:${paged}`;
  let query = gramQueries.get(shape);
  if (!query) gramQueries.set(shape, (query = buildGramQuery(checkedGrams, substring, paged)));
  return query;
}

/** Slot names for the extra grams: a prepared query binds named scalars, not array items. */
type IndexedGrams = Record<`other${number}`, string>;

function buildGramQuery(checkedGrams: number, substring: boolean, paged: boolean) {
  const prepared = preparedQuery<PageParams & IndexedGrams & { driving: string; like: string }>()((db, p) => {
    let query = db
      .selectFrom('memberNameGram as g')
      .innerJoin('member', 'member.id', 'g.memberId')
      .innerJoin('tier', 'tier.id', 'member.tierId')
      .select([...SUMMARY_COLUMNS, 'tier.name as tierName', 'tier.rank as tierRank'])
      .where('g.gram', '=', p.driving)
      .where('member.listed', '=', 1);
    for (let i = 0; i < checkedGrams; i++) {
      query = query.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('memberNameGram as o')
            .select(sql`1`.as('one'))
            .where('o.gram', '=', p[`other${i}`]!)
            .whereRef('o.createdAt', '=', 'g.createdAt')
            .whereRef('o.memberId', '=', 'g.memberId'),
        ),
      );
    }
    // Grams say "these pairs occur"; the substring check says "in this order, adjacent".
    if (substring) query = query.where(sql<boolean>`${sql.ref('member.nameFolded')} like ${p.like} escape '\\'`);
    if (paged) query = query.where(olderThan({ at: p.cursorAt, id: p.cursorId }, 'g.createdAt', 'g.memberId'));
    return query.orderBy('g.createdAt', 'desc').orderBy('g.memberId', 'desc').limit(p.limit);
  });
  return {
    execute(db: DbOrTx, params: GramParams) {
      const { others, ...rest } = params;
      const indexed: IndexedGrams = {};
      others.forEach((gram, i) => (indexed[`other${i}`] = gram));
      return prepared.execute(db, { ...rest, ...indexed });
    },
  };
}

/**
 * Approximate posting counts per gram, remembered for a minute: which gram is rarest hardly
 * changes, and re-counting on every keystroke of a search would cost more than the search.
 */
const rarityCache = new Map<string, { n: number; at: number }>();
const RARITY_TTL_MS = 60_000;

const gramPostings = preparedQuery<{ gram: string }>()((db, p) =>
  db
    .selectFrom((eb) => eb.selectFrom('memberNameGram').select('memberId').where('gram', '=', p.gram).limit(GRAM_PROBE_CAP).as('p'))
    .select((eb) => eb.fn.countAll<number>().as('n')),
);

/** Grams with their posting counts, rarest first, counting each at most GRAM_PROBE_CAP deep. */
async function byRarity(db: DbOrTx, grams: string[]): Promise<{ gram: string; n: number }[]> {
  const now = Date.now();
  const counts = await Promise.all(
    grams.map(async (gram) => {
      const cached = rarityCache.get(gram);
      if (cached && now - cached.at < RARITY_TTL_MS) return { gram, n: cached.n };
      const row = await gramPostings.executeTakeFirst(db, { gram });
      const n = Number(row?.n ?? 0);
      if (rarityCache.size > 10_000) rarityCache.clear();
      rarityCache.set(gram, { n, at: now });
      return { gram, n };
    }),
  );
  return counts.sort((a, b) => a.n - b.n);
}

/** Escapes LIKE wildcards in user text (the query is a literal substring). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
