import { formAccessLevel } from '../../access/form-access.js';
import { newId } from '../../kernel/ids.js';
import type { JsonObject } from '../../kernel/json.js';
import type { LocalizedText } from '../../kernel/localized-text.js';
import {
  type ReceiverReferral,
  type Referral,
  receiverAccess,
  type SharedView,
  sharedView,
} from '../../referrals/index.js';
import type { CaseQueries, CaseWrites } from '../case-store.js';
import type { OperationContext } from '../operation-context.js';
import { type LoadedReferral, loadReferral } from './load-referral.js';
import { caseDataOf } from './referral-engine-context.js';
import { referralEvent } from './referral-history.js';
import { referralRefusal } from './referral-refusal.js';
import { sentSnapshot } from './sent-snapshot.js';

/** A referral form as a side sees it: its latest submitted data. */
export type ReferralFormView = { readonly data: JsonObject; readonly submittedAt: string | null };

/**
 * A referral as one agency sees it. The sender (whoever sees the case) gets the whole referral;
 * the receiver its process without the sender's internals (`referralFor`: no plan link, no
 * consent id; nor the case and person ids) and, of the client, only `shared` — the snapshot of the fields the protocol shares,
 * as they were sent — or, when asked while the referral runs and consent holds, `current`.
 */
export type ReferralView = {
  readonly side: 'sender' | 'receiver';
  readonly version: number;
  readonly referral: Referral | ReceiverPart;
  readonly protocol: {
    readonly id: string;
    readonly name: LocalizedText | null;
    readonly form: string | null;
    readonly feedbackForm: string | null;
  };
  readonly shared: SharedView | null;
  readonly sharedAt: string | null;
  readonly current: SharedView | null;
  /** The referral's own forms (referral form, counter-referral) the actor's role may read. */
  readonly forms: Readonly<Record<string, ReferralFormView>>;
  /** Whether a printable referral letter goes with it (a receiver not on the system). */
  readonly letter: boolean;
};

type Tx = CaseQueries & CaseWrites;

/** The process of a referral as its receiver sees it, without the sender's internal ids. */
export type ReceiverPart = Omit<ReceiverReferral, 'caseId' | 'personId'>;

/**
 * The receiver's part of the referral: what `referralFor` gives the receiving agency, less the
 * ids of the sender's case and client record, which it has no use for and may not open.
 */
function receiverPart(referral: Referral): ReceiverPart {
  const { planStep: _plan, consentId: _consent, caseId: _case, personId: _person, ...visible } = referral;
  return visible;
}

async function formsOf(ctx: OperationContext, tx: Tx, lr: LoadedReferral) {
  const forms: Record<string, ReferralFormView> = {};
  for (const s of await tx.referralSubmissions(lr.record.siteId, lr.record.id)) {
    if (s.status !== 'submitted' || forms[s.formId] !== undefined) continue;
    if (formAccessLevel(ctx.actor, s.formId) === 'none') continue;
    forms[s.formId] = { data: s.data, submittedAt: s.submittedAt?.toISOString() ?? null };
  }
  return forms;
}

/**
 * The case's current shared data for this referral. The case's own staff see it as it is; a
 * receiver opening it is a new disclosure: `receiverAccess` decides (refused once consent is
 * withdrawn or expired, or the referral is over — a readable 422), and the entry goes into the
 * client's disclosure log with its event.
 */
async function currentData(ctx: OperationContext, tx: Tx, lr: LoadedReferral): Promise<SharedView | null> {
  const { record, loaded } = lr;
  const bundle = loaded.version.bundle;
  const protocol = bundle.referrals[record.protocolId];
  if (protocol === undefined) return null;
  if (lr.access === 'case') return sharedView(bundle, protocol, caseDataOf(loaded));
  const consents = (await tx.consentsOf(record.siteId, record.personId)).map((c) => c.record);
  const at = ctx.clock.now();
  const access = receiverAccess(bundle, record.state, caseDataOf(loaded), consents, {
    at: at.toISOString(),
    userId: ctx.actor.userId,
  });
  if (!access.ok) throw referralRefusal(access.blockedBy, bundle, ctx.actor.locale);
  const { entry } = access;
  await tx.insertDisclosure({
    id: newId(),
    siteId: record.siteId,
    personId: record.personId,
    referralId: record.id,
    recipientPartner: entry.recipientPartner,
    at,
    entry,
    shared: access.shared,
  });
  const event = { siteId: record.siteId, type: 'access', from: record.status, actor: ctx.actor, at };
  await tx.appendEvent(
    referralEvent(record.state, {
      ...event,
      effects: [{ type: 'disclosure', entry, shared: access.shared }],
    }),
  );
  return access.shared;
}

/** One referral as the actor's agency sees it (see {@link ReferralView}); 404 for anyone else. */
export async function getReferralView(
  ctx: OperationContext,
  referralId: string,
  options: { readonly current?: boolean } = {},
): Promise<ReferralView> {
  return ctx.store.transaction(async (tx) => {
    const lr = await loadReferral(ctx, referralId, tx);
    const { record, loaded } = lr;
    const protocol = loaded.version.bundle.referrals[record.protocolId];
    const sent = await sentSnapshot(tx, record);
    return {
      side: lr.access === 'case' ? 'sender' : 'receiver',
      version: record.version,
      referral: lr.access === 'case' ? record.state : receiverPart(record.state),
      protocol: {
        id: record.protocolId,
        name: protocol?.name ?? null,
        form: protocol?.form?.form ?? null,
        feedbackForm: protocol?.feedbackForm?.form ?? null,
      },
      shared: sent?.shared ?? null,
      sharedAt: sent?.at.toISOString() ?? null,
      current: options.current === true ? await currentData(ctx, tx, lr) : null,
      forms: await formsOf(ctx, tx, lr),
      letter: !record.state.receiver.onSystem,
    };
  });
}
