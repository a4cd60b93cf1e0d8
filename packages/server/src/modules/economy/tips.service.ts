import type { TipAllowance, TipBody, TipResult, TipSummary, TipTarget } from '@hearth/contracts';
import { TipTarget as TipTargetSchema } from '@hearth/contracts';
import { withTransaction } from '../../db/database.js';
import { toIso } from '../../platform/clock.js';
import { AppError, refused } from '../../platform/errors/app-error.js';
import type { Actor } from '../../platform/http/actor.js';
import { toAssetViews } from './asset-views.js';
import type { EconomyDeps } from './economy.deps.js';
import { TipSent } from './economy.events.js';
import type { EconomySettingsStore } from './economy-settings.js';
import { addToTally, insertTip, supportersOf, tallyOf, tippedToday, totalsOf } from './tips.repository.js';

const DAY_MS = 86_400_000;
const TOP_SUPPORTERS = 5;

interface ResolvedTarget {
  authorId: string;
  postId: string | null;
  conversationId: string | null;
  spaceId: string | null;
  title: string;
}

/** Tips (打賞): points or a chip from a reader to the author of a post, comment or chat message. */
export class TipsService {
  constructor(
    private readonly deps: EconomyDeps,
    private readonly settings: EconomySettingsStore,
  ) {}

  /**
   * Moves `amount` of the asset from the caller's wallet to the target's author, records the
   * tip beside its transfer and tells the author, all in one transaction. Refused (nothing
   * moves): the target unreadable (not_found); tipping oneself (tip_self); a block either way
   * (tip_blocked); a banned or frozen recipient (tip_recipient_unavailable,
   * tip_recipient_frozen); the caller's wallet frozen (tip_wallet_frozen); beyond the day's
   * caps (tip_daily_cap_reached, tip_pair_cap_reached); and the ledger's own refusals
   * (insufficient_balance, unknown_asset); a frozen chip (chip_frozen).
   */
  async tip(actor: Actor, body: TipBody): Promise<TipResult> {
    const { ledger, members, people, platform } = this.deps;
    if (actor.status !== 'active' && actor.status !== 'muted') throw new AppError('forbidden', 403);
    // A mute or ban in force refuses every write (member_muted, with until when and why).
    await platform.restrictions.assertMayWrite(actor.memberId);
    const target = await this.resolve(actor, body.target);
    if (target.authorId === actor.memberId) throw refused('tip_self');
    if (await people.blockedEither(actor.memberId, target.authorId)) throw refused('tip_blocked');
    const recipient = await members.findById(platform.db, target.authorId);
    if (!recipient || (recipient.status !== 'active' && recipient.status !== 'muted')) throw refused('tip_recipient_unavailable');
    const asset = await ledger.getAsset(platform.db, body.assetId);
    // Said before the caps are counted; the ledger refuses a frozen asset too (asset_frozen).
    if (asset.frozen) throw refused('chip_frozen');
    const caps = await this.settings.get();
    const now = platform.clock.now();
    const day = Math.floor(now / DAY_MS);

    return withTransaction(platform.db, async (tx) => {
      // Frozen wallets get their own reasons: the ledger's `account_frozen` would not say whose.
      if ((await ledger.walletOf(tx, actor.memberId, asset.id)).frozen) throw refused('tip_wallet_frozen');
      if ((await ledger.walletOf(tx, recipient.id, asset.id)).frozen) throw refused('tip_recipient_frozen');
      const key = { tipperId: actor.memberId, assetId: asset.id, day };
      if (!(await addToTally(tx, { ...key, recipientKey: '*' }, body.amount, caps.tipDailyCap))) {
        const used = await tallyOf(tx, { ...key, recipientKey: '*' });
        throw refused('tip_daily_cap_reached', { cap: caps.tipDailyCap, remaining: Math.max(caps.tipDailyCap - used, 0) });
      }
      if (!(await addToTally(tx, { ...key, recipientKey: recipient.id }, body.amount, caps.tipPairDailyCap))) {
        const used = await tallyOf(tx, { ...key, recipientKey: recipient.id });
        throw refused('tip_pair_cap_reached', { cap: caps.tipPairDailyCap, remaining: Math.max(caps.tipPairDailyCap - used, 0) });
      }
      const transfer = await ledger.transfer(tx, {
        assetId: asset.id,
        from: { memberId: actor.memberId },
        to: { memberId: recipient.id },
        amount: body.amount,
        kind: 'tip',
        initiatorId: actor.memberId,
      });
      const tipId = platform.ids.next();
      await insertTip(tx, {
        id: tipId,
        transferId: transfer.id,
        targetKind: body.target.kind,
        targetId: body.target.id,
        postId: target.postId,
        conversationId: target.conversationId,
        tipperId: actor.memberId,
        recipientId: recipient.id,
        assetId: asset.id,
        amount: body.amount,
        createdAt: now,
      });
      await platform.events.emit(tx, TipSent, {
        tipId,
        tipperId: actor.memberId,
        recipientId: recipient.id,
        targetKind: body.target.kind,
        targetId: body.target.id,
        postId: target.postId,
        conversationId: target.conversationId,
        spaceId: target.spaceId,
        title: target.title,
        amount: body.amount,
        assetName: asset.name,
        at: now,
      });
      return {
        tip: { id: tipId, target: body.target, assetId: asset.id, amount: body.amount, recipientId: recipient.id, createdAt: toIso(now) },
        transfer: { id: transfer.id, amount: transfer.amount },
      };
    });
  }

  /**
   * Totals per asset and the top five supporters of each listed target, for those the caller
   * may read (others are left out, never revealed). Supporters the caller blocked, or who
   * blocked them, are left out of the list (their amounts still count in the totals).
   * @throws invalid_input (query.targets)
   */
  async summaries(actor: Actor, raw: string): Promise<{ items: TipSummary[] }> {
    const targets = parseTargets(raw);
    const readable: TipTarget[] = [];
    for (const target of targets) {
      try {
        await this.resolve(actor, target);
        readable.push(target);
      } catch (error) {
        if (!(error instanceof AppError && error.status === 404)) throw error;
      }
    }
    const db = this.deps.platform.db;
    const byKind = (kind: TipTarget['kind']) => readable.filter((t) => t.kind === kind).map((t) => t.id);
    const kinds = ['post', 'comment', 'message'] as const;
    const totals = (
      await Promise.all(kinds.map((k) => totalsOf(db, k, byKind(k)).then((rows) => rows.map((r) => ({ ...r, kind: k })))))
    ).flat();
    const supporters = (
      await Promise.all(kinds.map((k) => supportersOf(db, k, byKind(k)).then((rows) => rows.map((r) => ({ ...r, kind: k })))))
    ).flat();
    const [assets, refs, hidden] = await Promise.all([
      this.deps.ledger.assetsByIds(
        db,
        totals.map((t) => t.assetId),
      ),
      this.deps.members.refs(supporters.map((s) => s.tipperId!)),
      this.deps.people.hiddenAuthorIds(actor.memberId),
    ]);
    const views = await toAssetViews(this.deps, assets);
    const items = readable.map((target): TipSummary => {
      const mine = totals.filter((t) => t.kind === target.kind && t.targetId === target.id);
      const top = supporters
        .filter((s) => s.kind === target.kind && s.targetId === target.id && !hidden.has(s.tipperId!) && refs.has(s.tipperId!))
        .map((s) => ({ member: refs.get(s.tipperId!)!, amount: Number(s.amount) }))
        .sort((a, b) => b.amount - a.amount)
        .slice(0, TOP_SUPPORTERS);
      return {
        target,
        totals: mine.map((t) => ({ asset: views.get(t.assetId)!, amount: Number(t.amount) })).sort((a, b) => b.amount - a.amount),
        topSupporters: top,
        tipCount: mine.reduce((sum, t) => sum + Number(t.count), 0),
      };
    });
    return { items };
  }

  /** The caps and what the caller tipped today per asset. */
  async allowance(actor: Actor): Promise<TipAllowance> {
    const day = Math.floor(this.deps.platform.clock.now() / DAY_MS);
    const [caps, used] = await Promise.all([this.settings.get(), tippedToday(this.deps.platform.db, actor.memberId, day)]);
    return { caps, usedToday: used.map((u) => ({ assetId: u.assetId, amount: Number(u.amount) })) };
  }

  /** The target's author and place, by the owning module's reading rules. @throws not_found */
  private async resolve(actor: Actor, target: TipTarget): Promise<ResolvedTarget> {
    if (target.kind === 'message') {
      const message = await this.deps.chat.tipTarget(actor, target.id);
      return { ...message, postId: null, title: '' };
    }
    const content = await this.deps.posts.tipTarget(actor, target.kind, target.id);
    return { authorId: content.authorId, postId: content.postId, conversationId: null, spaceId: content.spaceId, title: content.title };
  }
}

/** `kind:id,kind:id` → targets (1–100, duplicates dropped). @throws invalid_input */
function parseTargets(raw: string): TipTarget[] {
  const seen = new Set<string>();
  const out: TipTarget[] = [];
  for (const part of raw.split(',')) {
    if (part === '' || seen.has(part)) continue;
    seen.add(part);
    const [kind, id, extra] = part.split(':');
    const parsed = TipTargetSchema.safeParse({ kind, id });
    if (!parsed.success || extra !== undefined)
      throw new AppError('invalid_input', 400, {}, [{ path: 'query.targets', code: 'invalid_format' }]);
    out.push(parsed.data);
  }
  if (out.length === 0 || out.length > 100)
    throw new AppError('invalid_input', 400, {}, [{ path: 'query.targets', code: 'invalid_format' }]);
  return out;
}
