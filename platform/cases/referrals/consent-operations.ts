import { requirePermission } from '../../access/actor.js';
import { PlatformError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import type { JsonObject } from '../../kernel/json.js';
import {
  type ConsentInput,
  type ConsentProblem,
  type ConsentRecord,
  recordConsent,
  withdrawConsent,
} from '../../referrals/index.js';
import type { OperationContext } from '../operation-context.js';
import { visiblePerson } from '../visible-person.js';
import type { ConsentRow } from './referral-records.js';

/** Where in the request each consent problem points, and what it says. */
const PROBLEMS: Readonly<Record<string, readonly [string, string]>> = {
  unknown_purpose: ['/purpose', 'The site has no such consent purpose.'],
  recipients_missing: ['/recipients', 'Name at least one recipient.'],
  unknown_recipient: ['/recipients', 'Not a partner, nor a service of an outside organisation.'],
  invalid_given_by: ['/givenBy', 'One of client, parent_or_guardian, family_member, legal_representative.'],
  invalid_mode: ['/mode', 'verbal or written.'],
  written_required: ['/mode', 'This purpose needs written consent.'],
  evidence_required: ['/evidence', 'Say where the signed consent is kept.'],
  invalid_date: ['/at', 'Not a date and time.'],
  future_date: ['/at', 'Cannot lie in the future.'],
  before_given: ['/at', 'Cannot be before the consent was given.'],
  already_withdrawn: ['', 'The consent was already withdrawn.'],
};

function invalid(problems: readonly ConsentProblem[], dateField: string): PlatformError {
  const fields = problems.map((p) => {
    const [pointer = '', message = p.code] = PROBLEMS[p.code.split(':')[0] ?? p.code] ?? [];
    return { pointer: pointer === '/at' ? dateField : pointer, code: p.code, message };
  });
  return new PlatformError('validation_failed', fields.map((f) => f.message).join(' '), { fields });
}

/** A consent record with whether it is in force now (`active`, `expired`, `withdrawn`). */
export type ConsentView = ConsentRecord & {
  readonly state: 'active' | 'expired' | 'withdrawn';
  version: number;
};

function viewOf(row: ConsentRow, now: string): ConsentView {
  const r = row.record;
  const state =
    r.withdrawnAt !== undefined
      ? 'withdrawn'
      : r.expiresAt !== null && r.expiresAt < now
        ? 'expired'
        : 'active';
  return { ...r, state, version: row.version };
}

/**
 * A person's consent registry, oldest first, each record with whether it is in force. Like every
 * consent operation, only for clients within the actor's person scope (others are "not found").
 */
export async function personConsents(ctx: OperationContext, personId: string): Promise<ConsentView[]> {
  requirePermission(ctx.actor, 'person.read');
  await visiblePerson(ctx, personId);
  const now = ctx.clock.now().toISOString();
  return (await ctx.store.consentsOf(ctx.version.siteId, personId)).map((row) => viewOf(row, now));
}

/**
 * Records a consent the client (or someone entitled to decide for them) gave: purpose, recipients
 * (default: the purpose's), giver, mode, evidence; the expiry follows from the purpose. Checked by
 * the consent engine (422 with pointers), stored with its event in the person's history.
 */
export async function recordPersonConsent(
  ctx: OperationContext,
  personId: string,
  input: Omit<ConsentInput, 'id' | 'personId'>,
): Promise<ConsentView> {
  requirePermission(ctx.actor, 'consent.record');
  await visiblePerson(ctx, personId);
  const result = recordConsent(ctx.version.bundle, { ...input, id: newId(), personId }, ctx.clock);
  if (!result.ok) throw invalid(result.problems, '/givenAt');
  const { record } = result;
  const row: ConsentRow = {
    id: record.id,
    siteId: ctx.version.siteId,
    personId,
    purpose: record.purpose,
    record,
    givenAt: new Date(record.givenAt),
    withdrawnAt: null,
    version: 1,
  };
  await ctx.store.transaction(async (tx) => {
    await tx.insertConsent(row);
    const purpose = ctx.version.bundle.site.consentPurposes?.find((p) => p.id === record.purpose);
    if (purpose?.jointCasework === true) await tx.renewTeamConsent(row);
    await tx.appendEvent(consentEvent(ctx, row, 'consent.recorded'));
  });
  return viewOf(row, ctx.clock.now().toISOString());
}

function consentEvent(ctx: OperationContext, row: ConsentRow, type: string) {
  return {
    siteId: row.siteId,
    streamType: 'person' as const,
    streamId: row.personId,
    type,
    actorUserId: ctx.actor.userId,
    actorPartner: ctx.actor.partnerId,
    at: ctx.clock.now(),
    payload: { consent: row.record as unknown as JsonObject },
  };
}

/**
 * Withdraws a consent at once (or at `at`, when recorded late): from then on no new disclosure
 * happens under it — sending referrals and receivers opening current data are refused — while
 * referrals already sent continue. Version-checked; recorded in the person's history.
 */
export async function withdrawPersonConsent(
  ctx: OperationContext,
  personId: string,
  consentId: string,
  input: { readonly by: ConsentInput['givenBy']; readonly at?: string; readonly version?: number },
): Promise<ConsentView> {
  requirePermission(ctx.actor, 'consent.withdraw');
  await visiblePerson(ctx, personId);
  return ctx.store.transaction(async (tx) => {
    const row = await tx.consentById(ctx.version.siteId, consentId);
    if (row === undefined || row.personId !== personId)
      throw new PlatformError('not_found', 'No such consent.');
    const result = withdrawConsent(
      row.record,
      { by: input.by, ...(input.at ? { at: input.at } : {}) },
      ctx.clock,
    );
    if (!result.ok) throw invalid(result.problems, '/at');
    const key = { siteId: row.siteId, id: row.id, version: input.version ?? row.version };
    const withdrawnAt = new Date(result.record.withdrawnAt ?? ctx.clock.now().toISOString());
    const updated = await tx.updateConsent(key, { record: result.record, withdrawnAt });
    await tx.appendEvent(consentEvent(ctx, updated, 'consent.withdrawn'));
    return viewOf(updated, ctx.clock.now().toISOString());
  });
}
