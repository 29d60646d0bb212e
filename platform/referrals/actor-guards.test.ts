import { describe, expect, it } from 'vitest';
import type { ReferralStatus } from './referral.js';
import type { ReferralActor } from './referral-context.js';
import type { ReferralEvent } from './referral-event.js';
import { actor, codes, create, drive, fixtureBundle, fxReferrals, referralIn } from './referral-test-kit.js';

const b = fxReferrals();
const caseManager = actor(b, 'hub', 'case_manager');
const otherCaseManager = actor(b, 'hub', 'case_manager', 'case_manager-2');
const assistant = actor(b, 'hub', 'assistant');
const outreach = actor(b, 'hub', 'outreach');
const counsellor = actor(b, 'employment', 'counsellor');
const registrar = actor(b, 'employment', 'registrar');
const ngoAdvisor = actor(b, 'ngo', 'ngo_advisor');
/** A membership the site does not allow: case managers work at the hub only. */
const strayCaseManager = actor(b, 'employment', 'case_manager');

/** Who may apply which event to a `to-employment` referral (sender roles: case_manager, receiver: employment). */
const GUARDS: [string, ReferralStatus, ReferralEvent, ReferralActor | null, string[]][] = [
  ['send by the creator', 'draft', { type: 'send' }, caseManager, []],
  ['send by a colleague of the sending agency', 'draft', { type: 'send' }, otherCaseManager, []],
  ['send by a role the protocol does not list', 'draft', { type: 'send' }, outreach, ['role_not_allowed']],
  ['send by a role without referral.send', 'draft', { type: 'send' }, assistant, ['role_not_allowed']],
  ['send by the receiver', 'draft', { type: 'send' }, counsellor, ['wrong_agency', 'role_not_allowed']],
  [
    'send by a role held at the wrong agency',
    'draft',
    { type: 'send' },
    strayCaseManager,
    ['role_not_allowed', 'wrong_agency'],
  ],
  ['send by nobody', 'draft', { type: 'send' }, null, ['actor_required']],
  ['cancel by the sender', 'requested', { type: 'cancel' }, caseManager, []],
  [
    'cancel by the receiver',
    'requested',
    { type: 'cancel' },
    counsellor,
    ['wrong_agency', 'role_not_allowed'],
  ],
  ['receive by the receiver', 'requested', { type: 'receive' }, counsellor, []],
  ['receive by a receiver role that only responds', 'requested', { type: 'receive' }, registrar, []],
  ['receive by the sender', 'requested', { type: 'receive' }, caseManager, ['wrong_agency']],
  ['accept by another partner', 'received', { type: 'accept' }, ngoAdvisor, ['wrong_agency']],
  [
    'accept by a role without referral.respond',
    'received',
    { type: 'accept' },
    strayCaseManager,
    ['role_not_allowed'],
  ],
  ['accept by nobody', 'received', { type: 'accept' }, null, ['actor_required']],
  [
    'decline by the sender',
    'received',
    { type: 'decline', reason: 'no_places' },
    caseManager,
    ['wrong_agency'],
  ],
  ['start by a role that only responds', 'accepted', { type: 'start' }, registrar, ['role_not_allowed']],
  ['start by a role that delivers', 'accepted', { type: 'start' }, counsellor, []],
  ['hold by the sender', 'in_progress', { type: 'hold' }, caseManager, ['wrong_agency']],
  [
    'complete by a role that only responds',
    'in_progress',
    { type: 'complete' },
    registrar,
    ['role_not_allowed'],
  ],
  [
    'fail by another partner',
    'in_progress',
    { type: 'fail', reason: 'no_show' },
    ngoAdvisor,
    ['wrong_agency'],
  ],
  [
    'record an answer for a receiver on the system',
    'requested',
    { type: 'record_answer', answer: 'accepted' },
    caseManager,
    ['off_system_only'],
  ],
];

describe('who may do what', () => {
  it.each(GUARDS)('%s', (_, status, event, by, expected) => {
    const d = referralIn(status);
    const before = d.referral;
    expect(codes(d.step(event, by))).toEqual(expected);
    if (expected.length > 0) expect(d.referral).toBe(before);
  });

  it('says which permission is missing', () => {
    const d = referralIn('accepted');
    const result = d.step({ type: 'start' }, registrar);
    expect(result.ok ? null : result.blockedBy[0]?.params).toEqual({
      role: 'registrar',
      permission: 'referral.deliver',
    });
  });

  it('says which agencies and roles the protocol allows', () => {
    const result = drive().step(create('to-employment', { reason: 'job_search' }), counsellor);
    expect(result.ok ? null : result.blockedBy.map((x) => x.params)).toEqual([
      { partner: 'employment', allowed: ['hub'] },
      { role: 'counsellor', allowed: ['case_manager'] },
    ]);
  });

  it.each([
    ['to-employment', 'outreach', ['role_not_allowed']],
    ['to-ngo', 'outreach', []],
    ['to-commission', 'outreach', []],
    ['to-commission', 'assistant', ['role_not_allowed']],
  ] as const)('create %s by the %s', (protocol, role, expected) => {
    const event = create(protocol, protocol === 'to-commission' ? { reason: 'first_assessment' } : {});
    expect(codes(drive().step(event, actor(b, 'hub', role)))).toEqual(expected);
  });

  it('needs referral.send even for a role the protocol lists', () => {
    const bundle = fixtureBundle('fx-referrals', (files) => {
      const json = files.get('fx-referrals/to-employment.referral.json') as { from: { roles: string[] } };
      json.from.roles.push('assistant');
    });
    const result = drive({ bundle }).step(create('to-employment', { reason: 'job_search' }), assistant);
    expect(result.ok ? null : result.blockedBy).toEqual([
      { code: 'role_not_allowed', params: { role: 'assistant', permission: 'referral.send' } },
    ]);
  });

  it.each([
    ['receive', { type: 'receive' }],
    ['accept', { type: 'accept' }],
    ['decline', { type: 'decline', reason: 'busy' }],
  ] as [string, ReferralEvent][])(
    '%s is refused for a receiver not on the system, whoever asks',
    (_, event) => {
      const d = drive();
      d.must(create('to-commission', { reason: 'first_assessment' }));
      d.must({ type: 'send' });
      expect(codes(d.step(event, counsellor))).toEqual(['receiver_off_system']);
      expect(codes(d.step(event, caseManager))).toEqual(['receiver_off_system']);
    },
  );
});
