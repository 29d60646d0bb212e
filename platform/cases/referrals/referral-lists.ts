import { requirePermission } from '../../access/actor.js';
import { requireCaseWork } from '../../access/case-work.js';
import { referralScope } from '../../access/referral-scope.js';
import type { LocalizedText } from '../../kernel/localized-text.js';
import type { Referral, ReferralStatus, SharedView } from '../../referrals/index.js';
import type { PageRequest } from '../case-store.js';
import { loadCase } from '../load-case.js';
import type { OperationContext } from '../operation-context.js';
import type { Page } from '../records.js';
import type { ReferralListRecord } from './referral-records.js';
import { sentSnapshots } from './sent-snapshot.js';

/**
 * A referral in a list: the process as both sides see it, and the snapshot of shared fields that
 * was sent (all a receiver knows of the client). `caseId` only for the sending side.
 */
export type ReferralSummary = {
  readonly id: string;
  readonly side: 'sender' | 'receiver';
  readonly caseId: string | null;
  readonly protocolId: string;
  readonly protocolName: LocalizedText | null;
  readonly status: ReferralStatus;
  readonly senderPartner: string;
  readonly receiverPartner: string | null;
  readonly receiverService: string | null;
  /** The action-plan step the referral carries out (`planLink`); sending side only. */
  readonly planStep: number | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly sentAt: string | null;
  readonly responseDue: Referral['responseDue'];
  readonly completionDue: Referral['completionDue'];
  readonly overdue: Referral['overdue'];
  readonly version: number;
  readonly shared: SharedView | null;
};

async function summaries(
  ctx: OperationContext,
  records: readonly ReferralListRecord[],
): Promise<ReferralSummary[]> {
  const ids = records.map((r) => r.id);
  const sent = sentSnapshots(await ctx.store.disclosuresOfReferrals(ctx.version.siteId, ids));
  return records.map((r) => ({
    id: r.id,
    side: r.outgoing ? 'sender' : 'receiver',
    caseId: r.outgoing ? r.caseId : null,
    protocolId: r.protocolId,
    protocolName: ctx.version.bundle.referrals[r.protocolId]?.name ?? null,
    status: r.status,
    senderPartner: r.senderPartner,
    receiverPartner: r.receiverPartner,
    receiverService: r.receiverService,
    planStep: r.outgoing ? (r.state.planStep ?? null) : null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    sentAt: r.state.sentAt,
    responseDue: r.state.responseDue,
    completionDue: r.state.completionDue,
    overdue: r.state.overdue,
    version: r.version,
    shared: sent.get(r.id)?.shared ?? null,
  }));
}

/**
 * The actor's referrals, most recently changed first: `incoming` (sent to their agency),
 * `outgoing` (sent by it, on cases they see) or both; filtered in SQL by the access module's
 * referral scope. Roles without case work (boards, M&E) are refused (403).
 */
export async function listReferrals(
  ctx: OperationContext,
  filter: { readonly box?: 'incoming' | 'outgoing'; readonly status?: readonly ReferralStatus[] },
  page: PageRequest,
): Promise<Page<ReferralSummary>> {
  requireCaseWork(ctx.actor);
  const result = await ctx.store.listReferrals(
    ctx.version.siteId,
    { scope: referralScope(ctx.actor, ctx.clock.now()), ...filter },
    page,
  );
  return { items: await summaries(ctx, result.items), next: result.next };
}

/** The referrals of a case the actor sees, oldest first. */
export async function caseReferrals(ctx: OperationContext, caseId: string): Promise<ReferralSummary[]> {
  requirePermission(ctx.actor, 'case.read');
  const loaded = await loadCase(ctx, caseId, ctx.store, 'read');
  const records = await ctx.store.referralsOfCase(loaded.record.siteId, caseId);
  return summaries(
    ctx,
    records.map((r) => ({ ...r, outgoing: true })),
  );
}
