import type { SiteBundle } from '../definitions/site-bundle.js';
import type { Clock } from '../kernel/clock.js';
import type { JsonValue } from '../kernel/json.js';
import { deadlineAfter } from '../workflow/index.js';
import {
  CONSENT_GIVERS,
  CONSENT_MODES,
  type ConsentGiver,
  type ConsentMode,
  type ConsentRecord,
} from './consent.js';
import { isRecipientKey } from './receiver.js';
import { instant, siteTime } from './site-time.js';

/** Why a consent (or its withdrawal) cannot be recorded; `code` is stable, `params` explain. */
export type ConsentProblem = { readonly code: string; readonly params: Readonly<Record<string, JsonValue>> };

/** The new or updated record, or every problem found. */
export type ConsentResult =
  | { readonly ok: true; readonly record: ConsentRecord }
  | { readonly ok: false; readonly problems: ConsentProblem[] };

/** What a caseworker records; `recipients` default to the purpose's recipients, `givenAt` to now. */
export type ConsentInput = {
  readonly id: string;
  readonly personId: string;
  readonly purpose: string;
  readonly recipients?: readonly string[];
  readonly givenBy: ConsentGiver;
  readonly mode: ConsentMode;
  readonly evidence?: string;
  readonly givenAt?: string;
};

const problem = (code: string, params: Record<string, JsonValue> = {}): ConsentProblem => ({ code, params });

/** `future_date`/`invalid_date` for an instant that is not a date-time or lies after `now`. */
function dateProblems(at: string, now: string): ConsentProblem[] {
  if (Number.isNaN(instant(at))) return [problem('invalid_date', { at })];
  return instant(at) > instant(now) ? [problem('future_date', { at })] : [];
}

/**
 * Validates a consent and builds its record, with `expiresAt` from the purpose's `validity`
 * (counted from the site-local day it was given; it lapses at the end of the last day).
 * Refuses: `unknown_purpose`, `recipients_missing`, `unknown_recipient:<id>`, `invalid_given_by`,
 * `invalid_mode`, `written_required` (verbal consent for a purpose that requires written),
 * `evidence_required` (written-only purposes need the evidence), `invalid_date`, `future_date`.
 */
export function recordConsent(bundle: SiteBundle, input: ConsentInput, clock: Clock): ConsentResult {
  const now = clock.now().toISOString();
  const purpose = bundle.site.consentPurposes?.find((p) => p.id === input.purpose);
  if (purpose === undefined)
    return { ok: false, problems: [problem('unknown_purpose', { purpose: input.purpose })] };
  const recipients = [...new Set(input.recipients ?? purpose.recipients ?? [])];
  const givenAt = input.givenAt ?? now;
  const problems: ConsentProblem[] = [];
  if (recipients.length === 0) problems.push(problem('recipients_missing', { purpose: purpose.id }));
  for (const key of recipients)
    if (!isRecipientKey(bundle, key)) problems.push(problem(`unknown_recipient:${key}`, { recipient: key }));
  if (!CONSENT_GIVERS.includes(input.givenBy))
    problems.push(problem('invalid_given_by', { givenBy: input.givenBy }));
  if (!CONSENT_MODES.includes(input.mode)) problems.push(problem('invalid_mode', { mode: input.mode }));
  if (purpose.writtenRequired === true && input.mode !== 'written')
    problems.push(problem('written_required', { purpose: purpose.id }));
  if (purpose.writtenRequired === true && (input.evidence ?? '').trim() === '')
    problems.push(problem('evidence_required', { purpose: purpose.id }));
  problems.push(...dateProblems(givenAt, now));
  if (problems.length > 0) return { ok: false, problems };
  const expiresAt =
    purpose.validity === undefined
      ? null
      : deadlineAfter(siteTime(bundle), { instant: givenAt }, purpose.validity).dueAt;
  const record: ConsentRecord = {
    id: input.id,
    personId: input.personId,
    purpose: purpose.id,
    recipients,
    givenBy: input.givenBy,
    mode: input.mode,
    givenAt,
    expiresAt,
  };
  if (input.evidence !== undefined && input.evidence.trim() !== '') record.evidence = input.evidence;
  return { ok: true, record };
}

/**
 * Withdraws a consent at `at` (default now). From that instant {@link activeConsent} stops
 * reporting it, so no new disclosure happens under it; what was shared before stays shared and
 * referrals already sent continue. Refuses: `already_withdrawn`, `invalid_given_by`,
 * `invalid_date`, `future_date`, `before_given`.
 */
export function withdrawConsent(
  record: ConsentRecord,
  input: { readonly by: ConsentGiver; readonly at?: string },
  clock: Clock,
): ConsentResult {
  const now = clock.now().toISOString();
  const at = input.at ?? now;
  const problems: ConsentProblem[] = [];
  if (record.withdrawnAt !== undefined)
    problems.push(problem('already_withdrawn', { consent: record.id, withdrawnAt: record.withdrawnAt }));
  if (!CONSENT_GIVERS.includes(input.by)) problems.push(problem('invalid_given_by', { givenBy: input.by }));
  problems.push(...dateProblems(at, now));
  if (instant(at) < instant(record.givenAt))
    problems.push(problem('before_given', { at, givenAt: record.givenAt }));
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    record: { ...record, recipients: [...record.recipients], withdrawnAt: at, withdrawnBy: input.by },
  };
}
