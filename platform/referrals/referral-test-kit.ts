/*
 * Shared set-up for the referral tests (imported by `*.test.ts` only): the `fx-referrals` and
 * `fx-site` fixture sites, a client with consents and case data, actors, and a driver that steps
 * one referral while keeping its state and the clock.
 */

import { type FixtureFiles, fixtureResolver } from '../../test/support/fixture-sites.js';
import { checkSite } from '../definitions/check-site.js';
import type { SiteBundle } from '../definitions/site-bundle.js';
import { type ManualClock, manualClock } from '../kernel/clock.js';
import type { JsonObject } from '../kernel/json.js';
import type { ConsentRecord } from './consent.js';
import type { Referral, ReferralStatus } from './referral.js';
import type { ReferralActor, ReferralContext } from './referral-context.js';
import type { ReferralEffect } from './referral-effect.js';
import type { ReferralEvent } from './referral-event.js';
import { referralStep } from './referral-step.js';
import type { ReferralStepResult } from './referral-step-result.js';
import type { CaseData } from './shared-view.js';

/** Checks a fixture site (after `change` edits its files) and returns its bundle; throws on problems. */
export function fixtureBundle(site: string, change?: (files: FixtureFiles) => void): SiteBundle {
  const result = checkSite(site, fixtureResolver(change));
  if (result.bundle === undefined)
    throw new Error(result.problems.map((p) => `${p.file}${p.pointer} ${p.code}: ${p.message}`).join('\n'));
  return result.bundle;
}

let shared: SiteBundle | undefined;
export const fxReferrals = (): SiteBundle => {
  shared ??= fixtureBundle('fx-referrals');
  return shared;
};

/** Monday 3 March 2025, 09:00 in Tashkent (UTC+5). */
export const MONDAY = '2025-03-03T04:00:00.000Z';

/** An actor holding `roleId` at `partnerId` with the role's permissions from the site. */
export function actor(
  bundle: SiteBundle,
  partnerId: string,
  roleId: string,
  userId = `${roleId}-1`,
): ReferralActor {
  const role = bundle.site.roles.find((r) => r.id === roleId);
  return { userId, partnerId, roleId, permissions: new Set(role?.permissions ?? []) };
}

export const PERSON: JsonObject = {
  firstName: 'Aziza',
  lastName: 'Karimova',
  birthDate: '1990-05-01',
  language: 'ru',
  phone: '+998 90 123 45 67',
  nationalId: '12345678',
  address: { city: 'Tashkent', street: 'Navoi 1', flat: '12' },
  unknownField: 'never shared',
};

export const ASSESSMENT: JsonObject = {
  disabilityGroup: 'II',
  diagnosis: 'F20',
  skills: ['sewing', 'cooking'],
  notes: 'private notes',
  da: { group: 'II', decision: 'employable', doctor: 'Dr Usmonov', secret: 'x' },
  members: [
    { name: 'Ali', school: 'School 5', health: 'asthma' },
    { name: 'Vali', school: 'School 7' },
  ],
};

export const CASE_DATA: CaseData = { person: PERSON, forms: { assessment: ASSESSMENT } };

export const CASE_FACTS = {
  person: PERSON,
  forms: { assessment: ASSESSMENT },
  settings: { min_age: 18 },
  today: '2025-03-03',
};

/** A consent record given on `givenAt` (default 1 March 2025) for `purpose` to `recipients`. */
export function consent(
  purpose: string,
  recipients: string[],
  extra: Partial<ConsentRecord> = {},
): ConsentRecord {
  return {
    id: `consent-${purpose}`,
    personId: 'person-1',
    purpose,
    recipients,
    givenBy: 'client',
    mode: 'written',
    evidence: 'scan-1',
    givenAt: '2025-03-01T05:00:00.000Z',
    expiresAt: '2026-03-01T18:59:59.999Z',
    ...extra,
  };
}

export const CONSENTS: ConsentRecord[] = [
  consent('share-employment', ['employment']),
  consent('share-commission', ['commission']),
  consent('share-ngo', ['ngo'], { mode: 'verbal', evidence: undefined, expiresAt: null }),
  consent('share-interpreting', ['service:interpreting'], { expiresAt: null }),
];

export const REFERRAL_FORMS = {
  'referral-request': { details: 'Looking for sewing work', clientSigned: true },
  'commission-request': { question: 'Group review', clientSignature: 'data:image/png;base64,AAAA' },
  feedback: { outcome: 'Placed in a job' },
};

type ContextData = Omit<ReferralContext, 'bundle' | 'actor'>;

export type Driver = {
  readonly bundle: SiteBundle;
  readonly clock: ManualClock;
  referral: Referral | null;
  /** Effects of the last accepted step. */
  effects: ReferralEffect[];
  /** What the runtime would load; tests change it between steps. */
  data: ContextData;
  sender: ReferralActor;
  receiver: ReferralActor;
  /** Applies an event as `by` (default: the sender for sender events, else the receiver). */
  step(event: ReferralEvent, by?: ReferralActor | null): ReferralStepResult;
  /** Like `step`, throwing when refused (for set-up steps). */
  must(event: ReferralEvent, by?: ReferralActor | null): ReferralEffect[];
  at(instant: string): Driver;
};

const SENDER_EVENTS = new Set(['create', 'send', 'cancel', 'record_answer']);

export function drive(
  options: {
    bundle?: SiteBundle;
    sender?: ReferralActor;
    receiver?: ReferralActor;
    start?: string;
    data?: ContextData;
  } = {},
): Driver {
  const bundle = options.bundle ?? fxReferrals();
  const d: Driver = {
    bundle,
    clock: manualClock(options.start ?? MONDAY),
    referral: null,
    effects: [],
    data: options.data ?? {
      consents: CONSENTS,
      caseFacts: CASE_FACTS,
      caseData: CASE_DATA,
      referralForms: REFERRAL_FORMS,
    },
    sender: options.sender ?? actor(bundle, 'hub', 'case_manager'),
    receiver: options.receiver ?? actor(bundle, 'employment', 'counsellor'),
    step(event, by) {
      const who =
        by !== undefined
          ? by
          : event.type === 'tick'
            ? null
            : SENDER_EVENTS.has(event.type)
              ? d.sender
              : d.receiver;
      const result = referralStep({ bundle, actor: who, ...d.data }, d.referral, event, d.clock);
      if (result.ok) {
        d.referral = result.referral;
        d.effects = result.effects;
      }
      return result;
    },
    must(event, by) {
      const result = d.step(event, by);
      if (!result.ok) throw new Error(`${event.type} refused: ${codes(result).join(', ')}`);
      return result.effects;
    },
    at(instant) {
      d.clock.set(instant);
      return d;
    },
  };
  return d;
}

/** The codes of a refused result (empty when accepted). */
export const codes = (result: ReferralStepResult): string[] =>
  result.ok ? [] : result.blockedBy.map((b) => b.code);

/** A `create` event for `protocol` with the fixture's case and person. */
export function create(
  protocol: string,
  extra: Partial<Extract<ReferralEvent, { type: 'create' }>> = {},
): ReferralEvent {
  return { type: 'create', id: 'ref-1', caseId: 'case-1', personId: 'person-1', protocol, ...extra };
}

/** The types of effects, in order. */
export const effectTypes = (effects: readonly ReferralEffect[]): string[] => effects.map((e) => e.type);

export const REFERRAL_STATUSES: ReferralStatus[] = [
  'draft',
  'requested',
  'received',
  'accepted',
  'rejected',
  'in_progress',
  'on_hold',
  'completed',
  'cancelled',
  'failed',
];

/** The events that lead from a fresh referral to each state, by the fixture's default actors. */
export const PATHS: Record<ReferralStatus, ReferralEvent[]> = {
  draft: [],
  requested: [{ type: 'send' }],
  received: [{ type: 'send' }, { type: 'receive' }],
  accepted: [{ type: 'send' }, { type: 'accept' }],
  rejected: [{ type: 'send' }, { type: 'decline', reason: 'no_places' }],
  in_progress: [{ type: 'send' }, { type: 'accept' }, { type: 'start' }],
  on_hold: [{ type: 'send' }, { type: 'accept' }, { type: 'start' }, { type: 'hold' }],
  completed: [{ type: 'send' }, { type: 'accept' }, { type: 'start' }, { type: 'complete' }],
  cancelled: [{ type: 'cancel' }],
  failed: [{ type: 'send' }, { type: 'accept' }, { type: 'fail', reason: 'no_show' }],
};

/** A referral under `to-employment` (plan step 0) brought to `status` by the default actors. */
export function referralIn(status: ReferralStatus, d: Driver = drive()): Driver {
  d.must(create('to-employment', { reason: 'job_search', planStep: 0 }));
  for (const event of PATHS[status]) d.must(event);
  return d;
}

/** The driver's referral, which the test expects to exist. */
export function current(d: Driver): Referral {
  if (d.referral === null) throw new Error('no referral yet');
  return d.referral;
}
