import {
  MAX_ALLOWED_PHRASES,
  MAX_FILTER_WORDS,
  type AddAllowedPhrasesResult,
  type AddFilterWordsResult,
  type AllowedPhrase,
  type CheckTextResult,
  type FilterAction,
  type FilterCategory,
  type FilterList,
  type FilterWord,
  type FilterWordList,
  type ImportFilterWordsResult,
} from '@hearth/contracts';
import type { Platform } from '../../app/platform.js';
import { withTransaction, type Tx } from '../../db/database.js';
import { toIso } from '../../platform/clock.js';
import { AppError, notFound, refused } from '../../platform/errors/app-error.js';
import type { Actor } from '../../platform/http/actor.js';
import { FilterCache } from './filter-cache.js';
import { BUILT_IN_LURES } from './lures.js';
import * as repo from './moderation.repository.js';
import { wordKey } from './normalize.js';
import { WordFilter, type FilterEntry } from './word-filter.js';
import { examineWord, importLines } from './word-rules.js';

export interface WordInput {
  word: string;
  action: FilterAction;
  category: FilterCategory;
}

const MAX_REPORTED_INVALID = 50;

const toWord = (row: repo.WordRow): FilterWord => ({
  id: row.id,
  word: row.word,
  action: row.action,
  category: row.category,
  createdAt: toIso(Number(row.createdAt)),
});
const toPhrase = (row: repo.AllowedPhraseRow): AllowedPhrase => ({
  id: row.id,
  phrase: row.phrase,
  createdAt: toIso(Number(row.createdAt)),
});

/**
 * The word filter: the lists admins keep (words per action and category, the allow-list)
 * and the compiled matcher every write path asks before it commits. Every change bumps the
 * lists' version in its transaction, so each node rebuilds its matcher (filter-cache.ts).
 */
export class ModerationService {
  private readonly cache: FilterCache;

  constructor(private readonly platform: Platform) {
    this.cache = new FilterCache(platform.bus, platform.clock, {
      version: () => repo.filterVersion(platform.db),
      build: async () => {
        const version = await repo.filterVersion(platform.db);
        const [words, allowed] = await Promise.all([repo.listWords(platform.db), repo.listAllowedPhrases(platform.db)]);
        return { version, filter: compileFilter(words, allowed) };
      },
    });
  }

  async listen(): Promise<void> {
    await this.cache.listen();
  }

  /**
   * What the word filter decides for a text: `block` when a block word is in it, `review`
   * for a review word, else `allow` (mask and tag words do not stop it). Each reason gives
   * the word and where it was found (UTF-16 offsets into `text`); `masked` is the text with
   * mask words replaced by ***. Call it before the write commits. Never throws for any text.
   */
  async check(text: string): Promise<CheckTextResult> {
    return (await this.cache.current()).check(text);
  }

  /** `text` with every mask word replaced by *** (what to store and show when check() allowed it). */
  async mask(text: string): Promise<string> {
    return (await this.cache.current()).mask(text);
  }

  /** The listed words (optionally one action, category or a folded substring), and the built-in lures. */
  async listWords(query: {
    action?: FilterAction | undefined;
    category?: FilterCategory | undefined;
    q?: string | undefined;
  }): Promise<FilterWordList> {
    const [rows, version] = await Promise.all([
      repo.listWords(this.platform.db, {
        ...(query.action ? { action: query.action } : {}),
        ...(query.category ? { category: query.category } : {}),
      }),
      repo.filterVersion(this.platform.db),
    ]);
    const needle = query.q ? wordKey(query.q) : '';
    const words = (needle ? rows.filter((row) => row.wordKey.includes(needle)) : rows).map(toWord);
    const builtIns = BUILT_IN_LURES.filter(
      (lure) => (!query.action || lure.action === query.action) && (!query.category || query.category === 'ads'),
    )
      .filter((lure) => !needle || wordKey(lure.word).includes(needle))
      .map((lure) => ({ word: lure.word, action: lure.action, category: 'ads' as const }));
    return { words, builtIns, version };
  }

  /**
   * Replaces every listed word (the allow-list stays).
   * @throws invalid_input (a word that cannot be listed, or two that the filter cannot tell apart)
   */
  async replaceWords(actor: Actor, words: WordInput[]): Promise<FilterWordList> {
    const seen = new Set<string>();
    const errors: { path: string; code: string }[] = [];
    const rows: repo.WordRow[] = [];
    words.forEach((input, i) => {
      const examined = examineWord(input.word);
      const problem = 'problem' in examined ? examined.problem : seen.has(examined.key) ? 'duplicate' : null;
      if (problem) errors.push({ path: `words.${i}.word`, code: problem });
      else if (!('problem' in examined)) {
        seen.add(examined.key);
        rows.push(this.wordRow(actor, examined, input));
      }
    });
    if (errors.length > 0) throw new AppError('invalid_input', 400, {}, errors);
    const version = await withTransaction(this.platform.db, async (tx) => {
      const before = (await repo.wordKeys(tx)).size;
      await repo.deleteAllWords(tx);
      await repo.insertWords(tx, rows);
      await this.audited(tx, actor.memberId, 'filter.words.replace', { count: before }, { count: rows.length, words: sample(rows) });
      return repo.bumpFilterVersion(tx, this.platform.clock.now());
    });
    await this.cache.changed(version);
    return this.listWords({});
  }

  /**
   * Adds words; a word already listed (under any action, in any spelling the filter folds
   * together) or given twice is reported in `duplicates` and left as it was.
   * @throws invalid_input (a word that cannot be listed) · word_list_full
   */
  async addWords(actor: Actor, words: WordInput[]): Promise<AddFilterWordsResult> {
    const errors: { path: string; code: string }[] = [];
    const examined = words.map((input, i) => {
      const result = examineWord(input.word);
      if ('problem' in result) errors.push({ path: `words.${i}.word`, code: result.problem });
      return { input, result };
    });
    if (errors.length > 0) throw new AppError('invalid_input', 400, {}, errors);
    const { added, duplicates, version } = await withTransaction(this.platform.db, async (tx) => {
      const keys = await repo.wordKeys(tx);
      const rows: repo.WordRow[] = [];
      const duplicates: string[] = [];
      for (const { input, result } of examined) {
        if ('problem' in result) continue;
        if (keys.has(result.key)) {
          duplicates.push(result.word);
        } else {
          keys.add(result.key);
          rows.push(this.wordRow(actor, result, input));
        }
      }
      if (keys.size > MAX_FILTER_WORDS) throw refused('word_list_full', { maximum: MAX_FILTER_WORDS });
      if (rows.length === 0) return { added: rows, duplicates, version: await repo.filterVersion(tx) };
      await repo.insertWords(tx, rows);
      await this.audited(tx, actor.memberId, 'filter.words.add', null, { count: rows.length, words: sample(rows) });
      return { added: rows, duplicates, version: await repo.bumpFilterVersion(tx, this.platform.clock.now()) };
    });
    if (added.length > 0) await this.cache.changed(version);
    return { added: added.map(toWord), duplicates, version };
  }

  /** @throws not_found */
  async removeWord(actor: Actor, id: string): Promise<void> {
    const version = await withTransaction(this.platform.db, async (tx) => {
      const word = await tx.selectFrom('moderationWord').select(['word', 'action', 'category']).where('id', '=', id).executeTakeFirst();
      if (!word || !(await repo.deleteWord(tx, id))) throw notFound();
      await this.audited(tx, actor.memberId, 'filter.words.remove', { ...word }, null, id);
      return repo.bumpFilterVersion(tx, this.platform.clock.now());
    });
    await this.cache.changed(version);
  }

  /**
   * Imports one word per line into a list: blank lines are skipped, lines already listed (or
   * repeated) are counted as duplicates, lines that cannot be listed are counted as invalid
   * (the first 50 with their line number and reason); every character is literal.
   * @throws word_list_full · allow_list_full (and then nothing is imported)
   */
  async importList(
    actor: Actor,
    body: { list: FilterList; category: FilterCategory; text?: string | undefined; lines?: string[] | undefined },
  ): Promise<ImportFilterWordsResult> {
    const isAllow = body.list === 'allow';
    const candidates: { word: string; key: string }[] = [];
    const invalidLines: ImportFilterWordsResult['invalidLines'] = [];
    let invalid = 0;
    importLines(body).forEach((line, index) => {
      if (line.trim() === '') return;
      const examined = examineWord(line);
      if ('problem' in examined) {
        invalid++;
        if (invalidLines.length < MAX_REPORTED_INVALID)
          invalidLines.push({ line: index + 1, text: line.slice(0, 100), reason: examined.problem });
      } else candidates.push(examined);
    });
    const outcome = await withTransaction(this.platform.db, async (tx) => {
      const keys = isAllow ? await repo.allowedKeys(tx) : await repo.wordKeys(tx);
      const fresh = candidates.filter((c) => {
        if (keys.has(c.key)) return false;
        keys.add(c.key);
        return true;
      });
      const maximum = isAllow ? MAX_ALLOWED_PHRASES : MAX_FILTER_WORDS;
      if (keys.size > maximum) throw refused(isAllow ? 'allow_list_full' : 'word_list_full', { maximum });
      if (fresh.length === 0) return { added: 0, version: await repo.filterVersion(tx) };
      if (isAllow)
        await repo.insertAllowedPhrases(
          tx,
          fresh.map((c) => this.phraseRow(actor, c)),
        );
      else
        await repo.insertWords(
          tx,
          fresh.map((c) => this.wordRow(actor, c, { action: body.list as FilterAction, category: body.category })),
        );
      await this.audited(tx, actor.memberId, 'filter.import', null, { list: body.list, category: body.category, added: fresh.length });
      return { added: fresh.length, version: await repo.bumpFilterVersion(tx, this.platform.clock.now()) };
    });
    if (outcome.added > 0) await this.cache.changed(outcome.version);
    return { added: outcome.added, duplicates: candidates.length - outcome.added, invalid, invalidLines, version: outcome.version };
  }

  /** A list as text, one word per line, oldest first (what importList takes back). */
  async exportList(query: { list: FilterList; category?: FilterCategory | undefined }): Promise<string> {
    const words =
      query.list === 'allow'
        ? (await repo.listAllowedPhrases(this.platform.db)).map((row) => row.phrase)
        : (await repo.listWords(this.platform.db, { action: query.list, ...(query.category ? { category: query.category } : {}) })).map(
            (row) => row.word,
          );
    return words.length > 0 ? `${words.join('\n')}\n` : '';
  }

  async listAllowed(): Promise<{ items: AllowedPhrase[]; version: number }> {
    const [rows, version] = await Promise.all([repo.listAllowedPhrases(this.platform.db), repo.filterVersion(this.platform.db)]);
    return { items: rows.map(toPhrase), version };
  }

  /**
   * Adds phrases to the allow-list (those already on it are reported in `duplicates`).
   * @throws invalid_input · allow_list_full
   */
  async addAllowed(actor: Actor, phrases: string[]): Promise<AddAllowedPhrasesResult> {
    const errors: { path: string; code: string }[] = [];
    const examined = phrases.map((phrase, i) => {
      const result = examineWord(phrase);
      if ('problem' in result) errors.push({ path: `phrases.${i}`, code: result.problem });
      return result;
    });
    if (errors.length > 0) throw new AppError('invalid_input', 400, {}, errors);
    const { rows, duplicates, version } = await withTransaction(this.platform.db, async (tx) => {
      const keys = await repo.allowedKeys(tx);
      const rows: repo.AllowedPhraseRow[] = [];
      const duplicates: string[] = [];
      for (const result of examined) {
        if ('problem' in result) continue;
        if (keys.has(result.key)) {
          duplicates.push(result.word);
        } else {
          keys.add(result.key);
          rows.push(this.phraseRow(actor, result));
        }
      }
      if (keys.size > MAX_ALLOWED_PHRASES) throw refused('allow_list_full', { maximum: MAX_ALLOWED_PHRASES });
      if (rows.length === 0) return { rows, duplicates, version: await repo.filterVersion(tx) };
      await repo.insertAllowedPhrases(tx, rows);
      await this.audited(tx, actor.memberId, 'filter.allowed.add', null, {
        count: rows.length,
        phrases: rows.slice(0, 50).map((r) => r.phrase),
      });
      return { rows, duplicates, version: await repo.bumpFilterVersion(tx, this.platform.clock.now()) };
    });
    if (rows.length > 0) await this.cache.changed(version);
    return { added: rows.map(toPhrase), duplicates, version };
  }

  /** @throws not_found */
  async removeAllowed(actor: Actor, id: string): Promise<void> {
    const version = await withTransaction(this.platform.db, async (tx) => {
      const phrase = await tx.selectFrom('moderationAllowedPhrase').select('phrase').where('id', '=', id).executeTakeFirst();
      if (!phrase || !(await repo.deleteAllowedPhrase(tx, id))) throw notFound();
      await this.audited(tx, actor.memberId, 'filter.allowed.remove', { phrase: phrase.phrase }, null, id);
      return repo.bumpFilterVersion(tx, this.platform.clock.now());
    });
    await this.cache.changed(version);
  }

  private wordRow(
    actor: Actor,
    word: { word: string; key: string },
    input: { action: FilterAction; category: FilterCategory },
  ): repo.WordRow {
    return {
      id: this.platform.ids.next(),
      word: word.word,
      wordKey: word.key,
      action: input.action,
      category: input.category,
      createdBy: actor.memberId,
      createdAt: this.platform.clock.now(),
    };
  }

  private phraseRow(actor: Actor, phrase: { word: string; key: string }): repo.AllowedPhraseRow {
    return {
      id: this.platform.ids.next(),
      phrase: phrase.word,
      phraseKey: phrase.key,
      createdBy: actor.memberId,
      createdAt: this.platform.clock.now(),
    };
  }

  /** Records a change of the lists in the audit log, in its transaction. */
  private async audited(
    tx: Tx,
    actorId: string,
    action: string,
    before: Record<string, unknown> | null,
    after: Record<string, unknown> | null,
    targetId: string | null = null,
  ): Promise<void> {
    await this.platform.audit.record(tx, { actorId, action, targetKind: 'word_filter', targetId, before, after });
  }
}

/** The filter of these lists: the community's words, then the built-in lures it has not listed itself. */
export function compileFilter(words: readonly repo.WordRow[], allowed: readonly repo.AllowedPhraseRow[]): WordFilter {
  const entries: FilterEntry[] = words.map((row) => ({ word: row.word, action: row.action, category: row.category, builtIn: false }));
  const listed = new Set(words.map((row) => row.wordKey));
  for (const lure of BUILT_IN_LURES) {
    if (!listed.has(wordKey(lure.word))) entries.push({ word: lure.word, action: lure.action, category: 'ads', builtIn: true });
  }
  return new WordFilter({ words: entries, allowed: allowed.map((row) => row.phrase) });
}

/** The first words of a change, for the audit log (a list can hold thousands). */
const sample = (rows: readonly { word: string; action: string; category: string }[]) =>
  rows.slice(0, 50).map((r) => ({ word: r.word, action: r.action, category: r.category }));
