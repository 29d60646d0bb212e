import { describe, expect, it } from 'vitest';
import { receiverAccess } from './receiver-access.js';
import type { ReferralStatus } from './referral.js';
import {
  CASE_DATA,
  CONSENTS,
  current,
  fxReferrals,
  REFERRAL_STATUSES,
  referralIn,
} from './referral-test-kit.js';
import { referralFor, sideOf } from './referral-view.js';

const bundle = fxReferrals();
const AT = '2025-03-04T05:00:00.000Z';
const UNDER_WAY: ReferralStatus[] = ['requested', 'received', 'accepted', 'in_progress', 'on_hold'];

describe('a receiver opening the current shared data', () => {
  it.each(REFERRAL_STATUSES)('is allowed only while the referral is under way: %s', (status) => {
    const access = receiverAccess(bundle, current(referralIn(status)), CASE_DATA, CONSENTS, { at: AT });
    expect(access.ok ? 'ok' : access.blockedBy.map((b) => b.code)).toEqual(
      UNDER_WAY.includes(status) ? 'ok' : ['not_shared'],
    );
  });

  it('logs an access disclosure with the user, under the consent in force', () => {
    const access = receiverAccess(bundle, current(referralIn('accepted')), CASE_DATA, CONSENTS, {
      at: AT,
      userId: 'u-7',
    });
    expect(access.ok ? access.entry : null).toEqual({
      at: AT,
      personId: 'person-1',
      recipientPartner: 'employment',
      recipientUser: 'u-7',
      purpose: 'share-employment',
      consentId: 'consent-share-employment',
      fields: [
        'registration/firstName',
        'registration/lastName',
        'registration/birthDate',
        'registration/address',
        'assessment/disabilityGroup',
        'assessment/skills',
        'assessment/da',
        'assessment/members',
      ],
      reason: 'access',
      referralId: 'ref-1',
    });
    expect(access.ok ? Object.keys(access.shared.data) : null).toEqual(['registration', 'assessment']);
  });

  it('is refused once the consent expired', () => {
    const access = receiverAccess(bundle, current(referralIn('accepted')), CASE_DATA, CONSENTS, {
      at: '2026-03-02T05:00:00.000Z',
    });
    expect(access.ok ? [] : access.blockedBy.map((b) => b.code)).toEqual(['consent_expired']);
  });
});

describe('what each agency sees of the referral', () => {
  const referral = current(referralIn('accepted'));

  it.each([
    ['hub', 'sender'],
    ['employment', 'receiver'],
    ['ngo', 'none'],
  ])('%s is on the %s side', (partner, side) => {
    expect(sideOf(referral, partner)).toBe(side);
  });

  it('shows the sender everything', () => {
    expect(referralFor(referral, 'hub')).toBe(referral);
  });

  it('shows the receiver the process without the sender’s internals', () => {
    const seen = referralFor(referral, 'employment');
    expect(seen).not.toHaveProperty('planStep');
    expect(seen).not.toHaveProperty('consentId');
    expect(seen).toMatchObject({
      status: 'accepted',
      responsibility: 'shared',
      responseDue: referral.responseDue,
    });
    expect(seen?.history).toEqual(referral.history);
  });

  it('shows other partners nothing', () => {
    expect(referralFor(referral, 'ngo')).toBeNull();
  });
});
