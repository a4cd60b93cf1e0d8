import type { EconomyFlag, FlagPage, FlagStatus, Locale } from '@hearth/contracts';
import { z } from 'zod';
import { withTransaction } from '../../db/database.js';
import { AppError, conflict } from '../../platform/errors/app-error.js';
import { toIso } from '../../platform/clock.js';
import type { Actor } from '../../platform/http/actor.js';
import { decodeCursor, toPage } from '../../platform/pagination.js';
import { detectAll } from './oversight.detectors.js';
import type { OversightDeps } from './oversight.deps.js';
import { decideFlag, findFlag, flagPage, insertFindings, type FlagRow } from './oversight.flags.repository.js';

/** The detectors' periodic run; each run schedules the next. */
export const DETECT_JOB = 'oversight.detect';
export const DETECT_EVERY_MS = 60 * 60_000;
/** How far back each run looks: long enough for weekly rings, short enough to stay one query. */
export const DETECT_WINDOW_MS = 7 * 24 * 60 * 60_000;
const MAX_FLOWS = 50_000;

const NOTICE_TITLES: Record<Locale, (n: number) => string> = {
  en: (n) => `Economy: ${n} new flagged ${n === 1 ? 'pattern' : 'patterns'}`,
  'zh-TW': (n) => `經濟：${n} 個新標記的異常模式`,
  'zh-CN': (n) => `经济：${n} 个新标记的异常模式`,
};
const asLocale = (l: string): Locale => (l === 'zh-TW' || l === 'zh-CN' ? l : 'en');

/**
 * Wash-trade and abuse detection over every member-to-member movement of the ledger (tips,
 * transfers, marketplace and order fills): findings become flags, never silent — each run
 * that raises any tells every admin — and admins dismiss or action them with a reason.
 */
export class OversightFlagsService {
  constructor(private readonly deps: OversightDeps) {
    deps.platform.jobs.define({
      name: DETECT_JOB,
      payload: z.object({}),
      maxAttempts: 3,
      handle: async () => {
        await this.scan();
        await this.schedule(this.deps.platform.clock.now() + DETECT_EVERY_MS);
      },
    });
  }

  /** Makes sure one run is queued (at boot on cron nodes, and after each run). */
  async schedule(runAt = this.deps.platform.clock.now() + DETECT_EVERY_MS): Promise<void> {
    const { db, jobs, clock } = this.deps.platform;
    const queued = await db
      .selectFrom('job')
      .select('id')
      .where('name', '=', DETECT_JOB)
      .where('doneAt', 'is', null)
      .where('runAt', '>', clock.now())
      .executeTakeFirst();
    if (!queued) await jobs.enqueue(db, DETECT_JOB, {}, { runAt });
  }

  /** Runs every detector over the last week of movements; returns how many were read and how many new flags raised. */
  async scan(): Promise<{ scanned: number; raised: number }> {
    const { ledger, platform } = this.deps;
    const now = platform.clock.now();
    const flows = await ledger.console.memberFlows(platform.db, now - DETECT_WINDOW_MS, MAX_FLOWS);
    const created = await ledger.console.walletsCreatedAt(platform.db, [...new Set(flows.map((f) => f.fromMemberId))]);
    const findings = detectAll(flows, created);
    const inserted = await withTransaction(platform.db, (tx) => insertFindings(tx, findings, () => platform.ids.next(), now));
    if (inserted.length > 0) await this.tellAdmins(inserted.length, inserted[0]!.id);
    return { scanned: flows.length, raised: inserted.length };
  }

  /** Newest first. @throws invalid_input (cursor) */
  async list(query: { status: FlagStatus; limit: number; cursor?: string | undefined }): Promise<FlagPage> {
    const rows = await flagPage(this.deps.platform.db, query.status, decodeCursor(query.cursor), query.limit);
    const views = await this.views(rows.slice(0, query.limit));
    return toPage(
      rows,
      query.limit,
      (r) => ({ at: r.createdAt, id: r.id }),
      (r) => views.get(r.id)!,
    );
  }

  /**
   * Dismisses a flag or marks it actioned, with the reason in the audit log. Two admins
   * deciding at once: the first wins, the second gets flag_decided.
   * @throws unknown_flag (404), flag_decided (409)
   */
  async decide(actor: Actor, flagId: string, body: { status: 'dismissed' | 'actioned'; reason: string }): Promise<{ flag: EconomyFlag }> {
    const { platform } = this.deps;
    await withTransaction(platform.db, async (tx) => {
      const flag = await findFlag(tx, flagId);
      if (!flag) throw new AppError('unknown_flag', 404);
      const decided = await decideFlag(tx, flagId, {
        status: body.status,
        by: actor.memberId,
        reason: body.reason,
        at: platform.clock.now(),
      });
      if (!decided) throw conflict('flag_decided');
      await platform.audit.record(tx, {
        actorId: actor.memberId,
        action: `economy.flag.${body.status === 'dismissed' ? 'dismiss' : 'action'}`,
        targetKind: 'economy_flag',
        targetId: flagId,
        reason: body.reason,
        before: { status: 'open' },
        after: { status: body.status, kind: flag.kind },
      });
    });
    const row = (await findFlag(platform.db, flagId))!;
    return { flag: (await this.views([row])).get(flagId)! };
  }

  private async tellAdmins(count: number, subjectId: string): Promise<void> {
    for (const admin of await this.deps.members.admins()) {
      const locale = asLocale(admin.locale);
      await this.deps.notify({
        recipientId: admin.id,
        subjectId,
        title: NOTICE_TITLES[locale](count),
        url: '/admin/economy#flags',
        locale,
      });
    }
  }

  private async views(rows: readonly FlagRow[]): Promise<Map<string, EconomyFlag>> {
    const parse = (text: string) => z.array(z.string()).parse(JSON.parse(text));
    const memberIds = rows.flatMap((r) => [...parse(r.memberIds), ...(r.decidedBy ? [r.decidedBy] : [])]);
    const [refs, assets] = await Promise.all([
      this.deps.members.refs([...new Set(memberIds)]),
      this.deps.ledger.assetsByIds(this.deps.platform.db, [...new Set(rows.map((r) => r.assetId))]),
    ]);
    const codes = new Map(assets.map((a) => [a.id, a.code]));
    const ref = (id: string) => refs.get(id) ?? { id, displayName: '', avatarUrl: null };
    return new Map(
      rows.map((r) => [
        r.id,
        {
          id: r.id,
          kind: r.kind,
          assetId: r.assetId,
          assetCode: codes.get(r.assetId) ?? '',
          score: Number(r.score),
          status: r.status,
          members: parse(r.memberIds).map(ref),
          transferIds: parse(r.transferIds),
          amount: Number(r.amount),
          createdAt: toIso(Number(r.createdAt)),
          decidedAt: r.decidedAt === null ? null : toIso(Number(r.decidedAt)),
          decidedBy: r.decidedBy ? ref(r.decidedBy) : null,
          reason: r.reason,
        },
      ]),
    );
  }
}
