import { ROLE_RANK, type Appeal, type AppealQueuePage } from '@hearth/contracts';
import type { z } from 'zod';
import type { AppealQueueQuery } from '@hearth/contracts';
import type { Platform } from '../../../app/platform.js';
import { withTransaction, type Tx } from '../../../db/database.js';
import { AppError, conflict, notFound } from '../../../platform/errors/app-error.js';
import type { Actor } from '../../../platform/http/actor.js';
import { decodeCursor, toPage } from '../../../platform/pagination.js';
import type { HoldsService } from '../holds.service.js';
import type { PenaltyDeps } from './penalty-deps.js';
import { ModerationNotice } from './penalty-notices.js';
import * as repo from './penalties.repository.js';
import type { PenaltiesService } from './penalties.service.js';
import { toAppeal } from './penalty-views.js';

/**
 * Appeals: the member appeals a penalty once, with their words; a moderator other than the
 * one who acted decides. Overturning reverses it all: the mute or ban ends, removed content
 * comes back, points taken are returned; either outcome is notified.
 */
export class AppealsService {
  constructor(
    private readonly platform: Platform,
    private readonly deps: PenaltyDeps,
    private readonly penalties: PenaltiesService,
    private readonly holds: HoldsService,
  ) {}

  /** @throws not_found (not the caller's penalty), appeal_exists (409), penalty_not_appealable (409: overturned already) */
  async submit(actor: Actor, penaltyId: string, text: string): Promise<Appeal> {
    const penalty = await repo.findPenalty(this.platform.db, penaltyId);
    if (!penalty || penalty.memberId !== actor.memberId) throw notFound();
    if (penalty.liftKind === 'overturned') throw conflict('penalty_not_appealable');
    const id = this.platform.ids.next();
    const now = this.platform.clock.now();
    await withTransaction(this.platform.db, async (tx) => {
      if ((await repo.appealsOf(tx, [penaltyId])).size > 0) throw conflict('appeal_exists');
      await repo.insertAppeal(tx, {
        id,
        penaltyId,
        memberId: actor.memberId,
        text,
        status: 'pending',
        decidedBy: null,
        decisionReason: null,
        decidedAt: null,
        createdAt: now,
      });
      await this.platform.audit.record(tx, {
        actorId: actor.memberId,
        action: 'appeal.submit',
        targetKind: 'penalty',
        targetId: penaltyId,
        reason: text,
        after: { appealId: id, status: 'pending' },
      });
    });
    return this.appeal(id);
  }

  /** Appeals of a status with their penalties, oldest first. */
  async queue(query: z.output<typeof AppealQueueQuery>): Promise<AppealQueuePage> {
    const rows = await repo.appealPage(this.platform.db, query.status, decodeCursor(query.cursor), query.limit);
    const penalties = await repo.penaltiesByIds(
      this.platform.db,
      rows.map((r) => r.penaltyId),
    );
    const views = new Map((await this.penalties.views([...penalties.values()], this.platform.clock.now())).map((p) => [p.id, p]));
    return toPage(
      rows,
      query.limit,
      (r) => ({ at: r.createdAt, id: r.id }),
      (r) => ({ appeal: views.get(r.penaltyId)!.appeal!, penalty: views.get(r.penaltyId)! }),
    );
  }

  /**
   * Decides an appeal. Overturning ends the penalty, restores the held content removed with
   * it and returns the points taken with it.
   * @throws not_found, appeal_decided (409), appeal_same_moderator (403), penalty_self / penalty_outranked (403)
   */
  async decide(actor: Actor, appealId: string, outcome: 'uphold' | 'overturn', reason: string): Promise<Appeal> {
    const appeal = await repo.findAppeal(this.platform.db, appealId);
    if (!appeal) throw notFound();
    if (appeal.status !== 'pending') throw conflict('appeal_decided');
    const penalty = (await repo.findPenalty(this.platform.db, appeal.penaltyId))!;
    if (penalty.moderatorId === actor.memberId) throw new AppError('appeal_same_moderator', 403);
    if (penalty.memberId === actor.memberId) throw new AppError('penalty_self', 403);
    const member = await this.deps.members.find(penalty.memberId);
    if (member && ROLE_RANK[member.role] >= ROLE_RANK[actor.role]) throw new AppError('penalty_outranked', 403, { role: member.role });

    const now = this.platform.clock.now();
    const status = outcome === 'uphold' ? 'upheld' : 'overturned';
    const decide = async (tx: Tx) => {
      if (!(await repo.decideAppealRow(tx, appealId, { status, decidedBy: actor.memberId, decisionReason: reason, decidedAt: now })))
        throw conflict('appeal_decided');
      await this.platform.audit.record(tx, {
        actorId: actor.memberId,
        action: `appeal.${outcome}`,
        targetKind: 'penalty',
        targetId: penalty.id,
        reason,
        before: { appealId, status: 'pending' },
        after: { appealId, status },
      });
      await this.platform.events.emit(tx, ModerationNotice, {
        memberId: penalty.memberId,
        penaltyId: penalty.id,
        what: outcome === 'uphold' ? 'appeal_upheld' : 'appeal_overturned',
        at: now,
      });
    };
    if (outcome === 'uphold') await withTransaction(this.platform.db, decide);
    else {
      // Content first (its own decision, conditional on still being removed), then the penalty and the appeal together.
      if (penalty.holdId) await this.holds.restore(actor, penalty.holdId, reason);
      await this.penalties.end(penalty.id, 'overturned', actor.memberId, reason, decide);
    }
    return this.appeal(appealId);
  }

  private async appeal(id: string): Promise<Appeal> {
    const row = (await repo.findAppeal(this.platform.db, id))!;
    return toAppeal(row, await this.deps.members.refs(row.decidedBy ? [row.decidedBy] : []));
  }
}
